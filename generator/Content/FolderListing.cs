using System.Collections.Concurrent;

namespace OcopShowcase.Content;

/// <summary>
/// The folders one build has read, each read from disk once: every entry with what one <c>lstat</c> told of it.
/// An incremental build walks the content folder for its inputs' fingerprint (<c>BuildPipeline.InputsOf</c>) and then
/// scans its sections: with one listing for both, the scan reads the walk's listings instead of the disk again (at
/// national scale, 20,000 bundle folders read and 51,000 files examined once, not twice). The content a build reads
/// is then the content whose stamps it fingerprinted. In <c>build</c> a listing lives for one build, and leaves a memo of
/// what it listed to the next (<see cref="OnDisk"/>: an unchanged folder is then not read again). <c>serve</c> keeps
/// one from a rebuild to the next and has it forget what its watcher names (<see cref="Forget"/>): a rebuild then reads
/// only the folders that changed, not the 20,000 bundle folders of a national list.
/// </summary>
public sealed partial class FolderListing
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ListedEntry>> _folders;
    private volatile bool _sawLink;

    /// <summary>
    /// The entries of <paramref name="folder"/> in no particular order, read from disk the first time it is asked for;
    /// with a memo (<see cref="OnDisk"/>), taken from it when the folder has not changed, each entry asked again.
    /// </summary>
    public IReadOnlyList<ListedEntry> Entries(string folder) => _folders.GetOrAdd(folder, asked =>
    {
        var entries = _memo is null ? Read(asked) : ReadOrRecall(asked);
        if (entries.Any(e => e.IsLink))
        {
            _sawLink = true;
        }

        return entries;
    });

    /// <summary>Whether <paramref name="folder"/> was read already (and not forgotten since).</summary>
    public bool Holds(string folder) => _folders.ContainsKey(folder);

    /// <summary>
    /// Forgets what changed: the entries of every folder <paramref name="paths"/> names and of the folders holding them
    /// (a watcher names a file saved, added or removed, or a folder), so the next build reads those again and takes the
    /// rest as listed. A listing that saw a link forgets everything: what changes behind a link is named by its
    /// target's path, which the listing may hold under the link's.
    /// </summary>
    public void Forget(IEnumerable<string> paths)
    {
        if (_sawLink)
        {
            Clear();
            return;
        }

        // A named folder is forgotten with everything beneath it (a folder moved in is one event, its contents none);
        // the folder holding a named path only itself.
        var named = new HashSet<string>(StringComparer.Ordinal);
        var holding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = FullPathOf(path);
            named.Add(full);
            if (Path.GetDirectoryName(full) is { Length: > 0 } parent)
            {
                holding.Add(parent);
            }
        }

        if (named.Count == 0)
        {
            return;
        }

        // Folders are listed under the path they were asked by (relative to the working folder, or not).
        foreach (var folder in _folders.Keys)
        {
            var full = FullPathOf(folder);
            if (holding.Contains(full) || IsWithin(full, named))
            {
                _folders.TryRemove(folder, out _);
            }
        }
    }

    /// <summary>
    /// Notes a link the listing's own entries cannot show: a section folder that is itself a link (its entries are
    /// asked for by the link's path, a watcher names them by their target's). <see cref="Forget"/> then forgets everything.
    /// </summary>
    public void SawLink() => _sawLink = true;

    /// <summary>Forgets every folder (the watcher stopped reporting: anything may have changed).</summary>
    public void Clear()
    {
        _folders.Clear();
        _sawLink = false;
    }

    /// <summary>The entries of a folder, read from disk now (no listing).</summary>
    public static IReadOnlyList<ListedEntry> Read(string folder) => InspectAll([.. Directory.EnumerateFileSystemEntries(folder)]);

    /// <summary>The entries of the folder at <paramref name="path"/> with these <paramref name="names"/>, each asked now.</summary>
    private static IReadOnlyList<ListedEntry> Asked(string path, string[] names) => InspectAll(Array.ConvertAll(names, name => Path.Combine(path, name)));

    /// <summary>
    /// Each path's entry, in the paths' order. A large folder's are asked side by side: a national list's certificates
    /// are 20,000 files in one folder, and its catalogue 20,000 bundle folders, each an <c>lstat</c> that a second
    /// core halves (the walk reads a folder's subfolders side by side already, <see cref="ContentTree"/>).
    /// </summary>
    private static ListedEntry[] InspectAll(string[] paths)
    {
        var entries = new ListedEntry[paths.Length];
        if (paths.Length < InspectSideBySideFrom)
        {
            for (var i = 0; i < paths.Length; i++)
            {
                entries[i] = Inspect(paths[i]);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => entries[i] = Inspect(paths[i]));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // As one by one: the callers catch the file system's own exceptions (a file gone on Windows).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }

        return entries;
    }

    /// <summary>Below this many entries (a bundle folder, a commune's sections), a folder's are asked one by one.</summary>
    private const int InspectSideBySideFrom = 512;

    private static bool IsWithin(string folder, HashSet<string> named)
    {
        for (var at = folder; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (named.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A path in full, without a closing separator: the form a watcher names it in.</summary>
    private static string FullPathOf(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static ListedEntry Inspect(string path)
    {
        var (kind, isLink, stamp) = FileKinds.Inspect(path);
        return new ListedEntry(path, kind, isLink, stamp);
    }
}

/// <summary>One entry of a folder: its path, its kind (a link's target's), whether it is a link, a regular file's or a folder's stamp.</summary>
public readonly record struct ListedEntry(string Path, FileKind Kind, bool IsLink, FileStamp? Stamp);
