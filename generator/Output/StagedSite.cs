using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// The output folder being replaced. Files are written, as the build produces them, into a fresh folder beside the
/// target; <see cref="Commit"/> puts them in only when every file is there, so a failed or interrupted build never
/// leaves a half-written site: the previous one stays complete until the commit.
/// <para>A whole new site (a first build, or one without a manifest of the site in place) is swapped in at once: a
/// file whose bytes equal the previous site's is hard-linked from it, and an immutable cache file from the cache, so
/// unchanged files keep their inode and modification time. An incremental build (<see cref="Begin"/> with
/// <c>inPlace</c>) stages only the files that changed and, at the commit, moves each into the site in place (one
/// rename each) and deletes what the new site no longer has: a one-price edit of a national catalogue touches a few
/// dozen files, not 100,000. That commit takes a moment, during which the site mixes old and new files; the page
/// manifest is deleted before it and written after it (<see cref="PreviousPages.Commit"/>), so a build killed there
/// leaves no manifest and the next build makes a whole site and swaps it in.</para>
/// The staging folder carries <see cref="OutputFolder.MarkerName"/> from its first moment, so whatever a killed build
/// leaves is recognised as the build's own and removed by the next one. A file that cannot be written (a full disk)
/// stops the build with an error naming it, and the staging folder is removed.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly bool _hasPrevious;

    /// <summary>
    /// In place: every file of the site as it is, listed while the build reads its content; null for a whole new site
    /// (also when the site in place holds a link to a folder: <see cref="SiteListing"/>).
    /// </summary>
    private readonly Task<SiteListing?>? _listing;

    private SiteListing? Current => _listing?.GetAwaiter().GetResult();

    /// <summary>
    /// In place: every path of the new site, and those staged because they changed. A whole new site with a listing
    /// memo: every path (all staged), recorded once it is swapped in.
    /// </summary>
    private readonly ConcurrentDictionary<string, bool> _next;

    /// <summary>
    /// The staging folders made so far. A site's files share few folders (a language's share cards, its search
    /// shards): each is made once, not asked again per file (a <c>mkdir</c> that finds the folder takes its parent's
    /// lock and is followed by a <c>stat</c>; 4,500 of each in a build of 1,000 products).
    /// </summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>Where the listing's memo of the site is kept (<see cref="SiteListing"/>), and its writing after a whole swap.</summary>
    private readonly string? _listingMemo;
    private Task? _recording;

    private int _count;
    private bool _committed;

    private StagedSite(string target, bool inPlace, string? listingMemo, int expectedFiles)
    {
        // Sized for the files the site is expected to have (130,000 in a national catalogue), not grown a table at a time.
        _next = new(Environment.ProcessorCount, expectedFiles, StringComparer.Ordinal);
        _target = target;
        _listingMemo = listingMemo;
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
            _listing = inPlace && _hasPrevious ? Task.Run(() => FileSystemFailure.Guard(_target, () => SiteListing.Of(_target, _listingMemo))) : null;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Starts the new site of a claimed output folder (checked, locked, repaired).</summary>
    /// <param name="inPlace">
    /// Whether the site in place is the one the page manifest describes (an incremental build): then only what changed
    /// is staged and moved in. A site holding a symbolic link to a folder is never updated in place (a link or anything
    /// else in a file's place is replaced).
    /// </param>
    /// <param name="listingMemo">
    /// Where the folders of the site in place are recorded for the next build's listing (<see cref="SiteListing"/>):
    /// a folder unchanged since is not read again.
    /// </param>
    /// <param name="expectedFiles">About how many files the new site will have (the previous build's count); only sizes a table.</param>
    public static StagedSite Begin(OutputFolder output, bool inPlace = false, string? listingMemo = null, int expectedFiles = 0) => new(output.Target, inPlace, listingMemo, expectedFiles);

    /// <summary>Files added so far, written or linked.</summary>
    public int Count => _count;

    /// <summary>Adds one file: one made of bytes as <see cref="Add(string, ReadOnlyMemory{byte})"/> does, one copied or linked from another file here; safe to call from many threads.</summary>
    public void Add(OutputFile file)
    {
        if (file.Bytes is { } bytes)
        {
            Add(file.Path, bytes);
            return;
        }

        if (Current is { } placed && IsKept(placed, file))
        {
            Interlocked.Increment(ref _count);
            _next[file.Path] = false;
            return;
        }

        var destination = Begin(file.Path);
        if (Current is { } current)
        {
            // A link in the site's place of a file is never taken as the file: it is replaced by it.
            var changed = FileSystemFailure.Guard(destination, () => !current.HoldsFile(file.Path) || !SameFile(file, Path.Combine(_target, file.Path)));
            _next[file.Path] = changed;
            if (!changed)
            {
                return;
            }
        }

        // In place, a file staged here is known to differ from the site's: it is not compared again.
        FileSystemFailure.Guard(destination, () => Write(file, destination, knownChanged: Current is not null));
    }

    /// <summary>
    /// Adds the file at <paramref name="path"/> from <paramref name="bytes"/> that stay the caller's: written (or found
    /// the same as the site's) before this returns, never kept. A page is encoded into a buffer its thread uses again
    /// for the next page, instead of an array of its own (a national catalogue's pages are 1.4 GB). Safe to call from
    /// many threads.
    /// </summary>
    public void Add(string path, ReadOnlyMemory<byte> bytes)
    {
        var destination = Begin(path);
        if (Current is { } current)
        {
            var changed = FileSystemFailure.Guard(destination, () => !current.HoldsFile(path) || !SameBytes(Path.Combine(_target, path), bytes.Span));
            _next[path] = changed;
            if (!changed)
            {
                return;
            }
        }

        FileSystemFailure.Guard(destination, () => WriteBytes(path, destination, bytes.Span, knownChanged: Current is not null));
    }

    /// <summary>Counts a file that is not kept in place, and returns where it is staged (never outside the staging folder).</summary>
    private string Begin(string path)
    {
        var destination = Path.GetFullPath(Path.Combine(_staging, path));
        if (!destination.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
        }

        Interlocked.Increment(ref _count);
        if (_listingMemo is not null && Current is null)
        {
            // A whole site: every path is recorded once it is swapped in.
            _next[path] = true;
        }

        return destination;
    }

    /// <summary>
    /// Whether the site in place holds, at <paramref name="path"/>, the regular file the previous build wrote there with
    /// <paramref name="length"/> bytes. When the site is updated in place, the listing answers and the length is not
    /// asked again: a regular file at that path is taken as the build's own, as a no-op build takes the whole site (a
    /// page edited by hand in the output folder stays until its inputs change or a whole build replaces the site; a
    /// link or a FIFO in its place is never taken). Otherwise one <c>lstat</c> each, length compared. How
    /// <see cref="PreviousPages"/> finds the pages and files it keeps.
    /// </summary>
    public bool Holds(string path, long length)
        => Current is { } current ? current.HoldsFile(path) : PlainFiles.HasLength(Path.Combine(_target, path), length);

    /// <summary>
    /// Whether <paramref name="file"/> is the site's own file at its path, taken from the previous build as it is (a
    /// page <see cref="PreviousPages"/> kept): it stays where it is. Found without making a path for it: an edit build
    /// of a national catalogue keeps 85,000 pages, and their staging, site and full paths were three strings each.
    /// </summary>
    private bool IsKept(SiteListing current, OutputFile file)
    {
        if (file.CopyFrom is not { } source || !current.HoldsFile(file.Path))
        {
            return false;
        }

        // The comparison SameFile makes first, of the source with Path.Combine(_target, file.Path); a path the listing
        // holds is relative, and Path.Join joins it as Combine does.
        var length = _target.Length + file.Path.Length + 1;
        if (source.Length > length)
        {
            return false;
        }

        if (length > JoinedOnStack)
        {
            return source == Path.Combine(_target, file.Path);
        }

        Span<char> site = stackalloc char[length];
        return Path.TryJoin(_target, file.Path, site, out var written) && source.AsSpan().SequenceEqual(site[..written]);
    }

    /// <summary>The longest site path <see cref="IsKept"/> joins on the stack (longer ones are joined as a string).</summary>
    private const int JoinedOnStack = 1024;

    /// <summary>Whether the regular file the site in place has at <paramref name="current"/> already holds <paramref name="file"/>.</summary>
    private static bool SameFile(OutputFile file, string current)
    {
        // A page kept from the previous build, that file itself, is found before (IsKept).
        if (file.NamedByContent)
        {
            return true; // its name carries its content's key: the previous build linked the same cache file there
        }

        if (file.Immutable)
        {
            // A cache file the previous build hard-linked: the same inode, so the same size and modification time.
            return PlainFiles.Status(current) is { } placed && PlainFiles.Status(file.CopyFrom!) is { } cached && placed == cached;
        }

        return SameBytes(current, file.ReadBytes());
    }

    private void Write(OutputFile file, string destination, bool knownChanged)
    {
        if (file.Immutable)
        {
            MakeFolderOf(destination);
            if (TryLink(file.CopyFrom!, destination))
            {
                return;
            }
        }

        WriteBytes(file.Path, destination, file.ReadBytes(), knownChanged);
    }

    private void WriteBytes(string path, string destination, ReadOnlySpan<byte> bytes, bool knownChanged)
    {
        MakeFolderOf(destination);
        var previous = Path.Combine(_target, path);
        if (!(_hasPrevious && !knownChanged && SameBytes(previous, bytes) && TryLink(previous, destination)))
        {
            // The staging folder is new: the file cannot exist, so it is created, never truncated.
            using var handle = File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    private void MakeFolderOf(string destination)
    {
        var folder = Path.GetDirectoryName(destination)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>
    /// Puts the new site at the output path. The path holds a whole site at every instant (see <see cref="FolderSwap"/>);
    /// the previous site, now in the staging folder, is deleted afterwards in the background (<see cref="DiscardedSites"/>).
    /// </summary>
    public void Commit()
    {
        // The memo describes the site before this commit: gone before the site changes, written again after. Each of
        // its folders is checked by its time anyway (SiteListing): a memo left by a build killed in between is safe.
        if (_listingMemo is not null)
        {
            try
            {
                File.Delete(_listingMemo);
            }
            catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
            {
            }
        }

        if (Current is { } current)
        {
            FileSystemFailure.Guard(_target, () => CommitInPlace(current));
            return;
        }

        FileSystemFailure.Guard(_target, () => FolderSwap.Replace(_staging, _target));
        _committed = true;
        if (_listingMemo is not null)
        {
            // Beside the rest of the build's end (a national site's 86,000 folders are asked their time).
            _recording = Task.Run(() => Remember(() => SiteListing.Recorded(_target, _next.Keys)));
        }

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
    /// Updates the site in place: first each changed or new file is moved in, replacing the old one in one rename (an
    /// exchange where the file system has one, which leaves the old file in the staging folder), and only then what
    /// the new site no longer has goes (files, then the folders left empty), so live pages never link to a page not
    /// there yet. The one exception goes first: an old file where a new folder goes, or an old folder (its files) where
    /// a new file goes. The staging folder, left with the replaced files, its folders and its marker, is then deleted
    /// in the background (<see cref="DiscardedSites"/>).
    /// </summary>
    private void CommitInPlace(SiteListing current)
    {
        var gone = current.Entries.Where(path => !_next.ContainsKey(path) && path != OutputFolder.MarkerName).ToList();
        var staged = _next.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        // An old file in the way of a new folder, or under a folder that is now a file, is in the way of a file that
        // was not at its path before: a staged one. Only their folders are asked (an edit stages a few dozen files of
        // a national catalogue's 130,000, whose folders took 130 ms to gather).
        var stagedFolders = new HashSet<string>(staged.SelectMany(SiteListing.FoldersOf), StringComparer.Ordinal);
        var inTheWay = gone.Where(path => stagedFolders.Contains(path) || SiteListing.FoldersOf(path).Any(folder => _next.TryGetValue(folder, out var isStaged) && isStaged)).ToHashSet(StringComparer.Ordinal);
        RemoveGone(inTheWay);

        var exchange = true;
        foreach (var changed in staged)
        {
            var destination = Path.Combine(_target, changed);
            var source = Path.Combine(_staging, changed);
            // A file in place is exchanged with its new version in one call, and the old one is left in the staging
            // folder. A rename over it would free the old file's blocks inside the commit: 190 µs a file on ext4 here,
            // against 13 µs for the exchange (an added product stages 2,300 files of a national catalogue).
            if (exchange && current.HoldsFile(changed) && !inTheWay.Contains(changed))
            {
                if (FolderSwap.TryExchange(source, destination))
                {
                    continue;
                }

                // A file system that cannot exchange (or a failure the move below meets again and reports).
                exchange = false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(source, destination, overwrite: true);
        }

        RemoveGone(gone.Where(path => !inTheWay.Contains(path)));

        _committed = true;
        // Every folder but those whose entries this commit changed, which the next listing reads.
        _recording = Task.Run(() => Remember(() => current.Kept(staged.Concat(gone))));
        try
        {
            // The replaced files and the staging folders go with the staging folder, deleted in the background after
            // the commit, as a whole site replaced is (an empty one is simply removed).
            if (staged.Count == 0)
            {
                Directory.Delete(_staging, recursive: true);
            }
            else
            {
                DiscardedSites.Discard(_staging, _target);
            }
        }
        catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
        {
            // The new site is in place; the staging folder carries the marker, and the next build removes it.
        }
    }

    /// <summary>
    /// Writes the listing's memo once the site is published. It is only a cache: whatever fails here (a full disk, a
    /// folder's time that cannot be read) leaves no memo, and the next build reads every folder.
    /// </summary>
    private void Remember(Func<IEnumerable<KeyValuePair<string, SiteListing.ListedFolder>>?> folders)
    {
        try
        {
            if (_listingMemo is not null && folders() is { } kept)
            {
                SiteListing.WriteMemo(_listingMemo, kept);
            }
        }
        catch (Exception)
        {
            // A cache that cannot be written must not fail a build whose site is already published.
        }
    }

    /// <summary>Deletes old files from the site, then the folders they leave empty, deepest first.</summary>
    private void RemoveGone(IEnumerable<string> gone)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in gone)
        {
            File.Delete(Path.Combine(_target, path));
            folders.UnionWith(SiteListing.FoldersOf(path));
        }

        foreach (var folder in folders.OrderByDescending(f => f.Length).Select(f => Path.Combine(_target, f)))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Without a commit (the content had errors, or writing failed: a full disk), the staging folder is removed and
    /// the previous site stays as it was.
    /// </summary>
    public void Dispose()
    {
        _recording?.Wait();
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

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds <paramref name="bytes"/>: read a block at a time into one
    /// pooled buffer, and only up to the first difference (a national catalogue's open data is 15 MB, and an edited
    /// price changes it a few kilobytes in).
    /// </summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (!PlainFiles.HasLength(path, bytes.Length))
        {
            return false;
        }

        using var handle = File.OpenHandle(path);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 16));
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            // A file that grew since its length was read is not the same either.
            return RandomAccess.GetLength(handle) == bytes.Length;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryLink(string source, string destination)
        => OperatingSystem.IsWindows() ? CreateHardLinkW(destination, source, IntPtr.Zero) : link(source, destination) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CreateHardLinkW(string newFileName, string existingFileName, IntPtr securityAttributes);
}
