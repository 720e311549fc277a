using System.Runtime.InteropServices;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// The output folder being replaced. Files are written, as the build produces them, into a fresh folder beside the
/// target; <see cref="Commit"/> swaps it in only when every file is there, so a failed or interrupted build never
/// leaves a half-written site: the previous one stays complete until the swap.
/// A file whose bytes equal the previous site's is hard-linked from it, and an immutable cache file is hard-linked
/// from the cache: unchanged files keep their inode and modification time, and nothing is copied twice.
/// The staging folder carries <see cref="OutputFolder.MarkerName"/> from its first moment, so whatever a killed build
/// leaves is recognised as the build's own and removed by the next one. A file that cannot be written (a full disk)
/// stops the build with an error naming it, and the staging folder is removed.
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
        _staging = OutputFolder.StagingPath(target);
        _hasPrevious = Directory.Exists(target);
        if (Path.Exists(_staging))
        {
            // Claiming the output removed every staging folder a build left; this one is someone else's.
            throw new DiagnosticException(DiagnosticCatalogue.OutputHasForeignFiles, _staging, OutputFolder.MarkerName);
        }

        try
        {
            FileSystemFailure.Guard(_staging, () =>
            {
                Directory.CreateDirectory(_staging);
                File.WriteAllBytes(Path.Combine(_staging, OutputFolder.MarkerName), OutputFolder.MarkerBytes);
            });
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Starts the new site of a claimed output folder (checked, locked, repaired).</summary>
    public static StagedSite Begin(OutputFolder output) => new(output.Target);

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

        Interlocked.Increment(ref _count);
        FileSystemFailure.Guard(destination, () => Write(file, destination));
    }

    private void Write(OutputFile file, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
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

    /// <summary>
    /// Puts the new site at the output path. The path holds a whole site at every instant (see <see cref="FolderSwap"/>);
    /// the previous site, now in the staging folder, is deleted afterwards in the background (<see cref="DiscardedSites"/>).
    /// </summary>
    public void Commit()
    {
        FileSystemFailure.Guard(_target, () => FolderSwap.Replace(_staging, _target));
        _committed = true;
        if (Directory.Exists(_staging))
        {
            try
            {
                DiscardedSites.Discard(_staging, _target);
            }
            catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
            {
                // The new site is published; the old one left beside it carries the marker, and the next build removes it.
            }
        }
    }

    /// <summary>
    /// Without a commit (the content had errors, or writing failed: a full disk), the staging folder is removed and
    /// the previous site stays as it was.
    /// </summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            try
            {
                Directory.Delete(_staging, recursive: true);
            }
            catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
            {
                // Throwing here would hide the failure that stopped the build; the next build removes the folder.
            }
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
}
