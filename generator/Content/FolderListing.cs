using System.Collections.Concurrent;

namespace OcopShowcase.Content;

/// <summary>
/// The folders one build has read, each read from disk once: every entry with what one <c>lstat</c> told of it.
/// An incremental build walks the content folder for its inputs' fingerprint (<c>BuildPipeline.InputsOf</c>) and then
/// scans its sections: with one listing for both, the scan reads the walk's listings instead of the disk again (at
/// national scale, 20,000 bundle folders read and 51,000 files examined once, not twice). The content a build reads
/// is then the content whose stamps it fingerprinted. A listing lives for one build: <c>serve</c> starts each rebuild
/// with a new one, or none.
/// </summary>
public sealed class FolderListing
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ListedEntry>> _folders = new(StringComparer.Ordinal);

    /// <summary>The entries of <paramref name="folder"/> in no particular order, read from disk the first time it is asked for.</summary>
    public IReadOnlyList<ListedEntry> Entries(string folder) => _folders.GetOrAdd(folder, Read);

    /// <summary>The entries of a folder, read from disk now (no listing).</summary>
    public static IReadOnlyList<ListedEntry> Read(string folder) => [.. Directory.EnumerateFileSystemEntries(folder).Select(Inspect)];

    private static ListedEntry Inspect(string path)
    {
        var (kind, isLink, stamp) = FileKinds.Inspect(path);
        return new ListedEntry(path, kind, isLink, stamp);
    }
}

/// <summary>One entry of a folder: its path, its kind (a link's target's), whether it is a link, a regular file's stamp.</summary>
public readonly record struct ListedEntry(string Path, FileKind Kind, bool IsLink, FileStamp? Stamp);
