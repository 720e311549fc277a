using System.Runtime.InteropServices;

namespace OcopShowcase.Output;

/// <summary>
/// The output folder being replaced. Files are written, as the build produces them, into a fresh folder beside the
/// target; <see cref="Commit"/> swaps it in only when every file is there, so a failed or interrupted build never
/// leaves a half-written site: the previous one stays complete until the swap.
/// A file whose bytes equal the previous site's is hard-linked from it, and an immutable cache file is hard-linked
/// from the cache: unchanged files keep their inode and modification time, and nothing is copied twice.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly bool _hasPrevious;
    private int _count;
    private bool _committed;

    private StagedSite(string target)
    {
        _target = target;
        _staging = $"{target}.new-{Environment.ProcessId}";
        _hasPrevious = Directory.Exists(target);
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        Directory.CreateDirectory(_staging);
    }

    public static StagedSite Begin(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        Directory.CreateDirectory(Path.GetDirectoryName(target) ?? ".");
        RecoverInterruptedSwap(target);
        return new StagedSite(target);
    }

    /// <summary>The folder of the site being replaced: where the previous build's files still are.</summary>
    public string Target => _target;

    /// <summary>Files added so far, written or linked.</summary>
    public int Count => _count;

    /// <summary>Adds one file; safe to call from many threads.</summary>
    public void Add(OutputFile file)
    {
        var destination = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!destination.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        Interlocked.Increment(ref _count);
        var previous = Path.Combine(_target, file.Path);
        if (file.Immutable && TryLink(file.CopyFrom!, destination))
        {
            return;
        }

        var bytes = file.ReadBytes();
        if (!(_hasPrevious && SameBytes(previous, bytes) && TryLink(previous, destination)))
        {
            // The staging folder is new: the file cannot exist, so it is created, never truncated.
            using var handle = File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    public void Commit()
    {
        var old = _target + ".old";
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(_staging, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            DeleteTree(old);
        }
    }

    /// <summary>
    /// Deletes a site folder on every core: a national catalogue is over 100,000 files in as many folders (one per
    /// page), and deleting them one by one would cost more than an incremental build itself.
    /// </summary>
    private static void DeleteTree(string root)
    {
        var branches = Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories).ToList();
        Parallel.ForEach(branches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, branch => Directory.Delete(branch, recursive: true));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>Without a commit, the staging folder is removed and the previous site stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static bool TryLink(string source, string destination)
        => OperatingSystem.IsWindows() ? CreateHardLinkW(destination, source, IntPtr.Zero) : link(source, destination) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CreateHardLinkW(string newFileName, string existingFileName, IntPtr securityAttributes);

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
