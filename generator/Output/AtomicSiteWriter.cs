namespace OcopShowcase.Output;

/// <summary>
/// Writes a whole site into a fresh folder beside the target and swaps it in only when every file is written, so a
/// failed or interrupted build never leaves a half-written site: the previous one stays complete until the swap.
/// </summary>
public static class AtomicSiteWriter
{
    public static void Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(target);

        var staging = $"{target}.new-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in files)
            {
                var destination = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!destination.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (file.Bytes is not null)
                {
                    File.WriteAllBytes(destination, file.Bytes);
                }
                else
                {
                    File.Copy(file.CopyFrom!, destination, overwrite: true);
                }
            }
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        Swap(staging, target);
    }

    private static void Swap(string staging, string target)
    {
        var old = target + ".old";
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>A build killed between the two renames leaves only "<c>_site.old</c>": put it back.</summary>
    private static void RecoverInterruptedSwap(string target)
    {
        var old = target + ".old";
        if (!Directory.Exists(target) && Directory.Exists(old))
        {
            Directory.Move(old, target);
        }

        var parent = Path.GetDirectoryName(target)!;
        foreach (var stale in Directory.EnumerateDirectories(parent, Path.GetFileName(target) + ".new-*"))
        {
            Directory.Delete(stale, recursive: true);
        }
    }
}
