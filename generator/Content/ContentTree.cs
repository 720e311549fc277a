namespace OcopShowcase.Content;

/// <summary>
/// Walks a folder tree the way the content may be trusted to be: a symbolic link to a folder is followed at most once,
/// and a link that leads back to a folder already walked (<c>a → .</c>), or to itself, is a loop reported to the
/// caller and not followed. .NET's recursive enumeration follows such links until the system gives up 40 levels down,
/// and two of them in one folder multiply into 2^40 paths. A link to a folder outside <c>within</c> (the content folder)
/// is reported to the caller and never followed: it would publish files from elsewhere on the machine, and a link to
/// <c>/</c> would walk the whole disk.
/// </summary>
public static class ContentTree
{
    /// <summary>
    /// Every entry that is not a folder (files, special files, broken links), in no particular order, each with what one
    /// <c>lstat</c> told of it. <paramref name="realPath"/> is the folder's own path with every link resolved, when the
    /// caller knows it (resolving it costs a call per level of the path); it must be right, or loops go unseen.
    /// <paramref name="within"/>, a real path, bounds where links to folders may lead (<paramref name="outside"/> is told
    /// of each that leads elsewhere). With <paramref name="listing"/>, a folder it has read already is not read again.
    /// <paramref name="listed"/> is told of each folder walked, with its entries, in the order walked.
    /// </summary>
    public static List<TreeEntry> Files(string directory, Action<string>? loop = null, string? realPath = null, string? within = null, Action<string>? outside = null, FolderListing? listing = null, Action<string, IReadOnlyList<ListedEntry>>? listed = null)
    {
        var files = new List<TreeEntry>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if ((realPath ?? RealPath(directory)) is not { } rootReal)
        {
            loop?.Invoke(directory);
            return files;
        }

        visited.Add(rootReal);
        var folders = listing ?? new FolderListing();
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((directory, rootReal));
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            var entries = folders.Entries(folder);
            listed?.Invoke(folder, entries);
            ReadAhead(folders, entries);
            foreach (var (entry, kind, isLink, stamp) in entries)
            {
                switch (kind)
                {
                    case FileKind.Directory:
                        var entryReal = isLink ? RealPath(entry) : Path.Combine(real, Path.GetFileName(entry));
                        if (entryReal is not null && within is not null && !IsWithin(entryReal, within))
                        {
                            outside?.Invoke(entry);
                        }
                        else if (entryReal is null || !visited.Add(entryReal))
                        {
                            loop?.Invoke(entry);
                        }
                        else
                        {
                            pending.Push((entry, entryReal));
                        }

                        break;
                    case FileKind.LinkLoop:
                        loop?.Invoke(entry);
                        break;
                    default:
                        files.Add(new TreeEntry(entry, kind, isLink) { Stamp = stamp });
                        break;
                }
            }
        }

        return files;
    }

    /// <summary>
    /// Reads a large folder's subfolders side by side before the walk goes down into them, one by one and in the same
    /// order as ever: a catalogue folder of a national list holds 20,000 bundle folders, each a system call per entry,
    /// and two cores read them in about half the time. Links are left to the walk, which follows one only once it knows
    /// where it leads; a folder that cannot be read is left to it too, to fail there as it always did.
    /// </summary>
    private static void ReadAhead(FolderListing folders, IReadOnlyList<ListedEntry> entries)
    {
        // A listing kept between rebuilds (serve) holds most of them already.
        var subfolders = entries.Where(e => e.Kind == FileKind.Directory && !e.IsLink && !folders.Holds(e.Path)).Select(e => e.Path).ToList();
        if (subfolders.Count < ReadAheadFrom)
        {
            return;
        }

        Parallel.ForEach(subfolders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, subfolder =>
        {
            try
            {
                folders.Entries(subfolder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Read again, and reported, when the walk gets there.
            }
        });
    }

    /// <summary>Below this many subfolders (a commune's catalogue), a folder's are read as the walk reaches them.</summary>
    private const int ReadAheadFrom = 64;

    /// <summary>Whether a real path is <paramref name="folder"/> or under it.</summary>
    public static bool IsWithin(string real, string folder)
        => real == folder || real.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The folder's path with every link resolved; null when a link loops.</summary>
    public static string? RealPath(string directory)
    {
        try
        {
            // "content/", as a shell completes it, is the folder "content" (its parent is not "content/").
            var info = new DirectoryInfo(Path.TrimEndingDirectorySeparator(directory));
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null)
            {
                return null;
            }

            // The link's target may itself sit under linked folders: resolve the parent too.
            var parent = Path.GetDirectoryName(target.FullName);
            return parent is null || parent == target.FullName ? target.FullName : Path.Combine(RealPath(parent) ?? parent, target.Name);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>A file found by <see cref="ContentTree.Files"/>: its path, its kind (a link's target's) and whether it is a link.</summary>
public readonly record struct TreeEntry(string Path, FileKind Kind, bool IsLink)
{
    /// <summary>A regular file's stamp, from the same <c>lstat</c> (<see cref="FileKinds.Inspect"/>); null when unknown.</summary>
    public FileStamp? Stamp { get; init; }
}
