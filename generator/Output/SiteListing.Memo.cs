using System.Text;

namespace OcopShowcase.Output;

/// <summary>
/// The listing's memo (<c>.cache/pages/&lt;site&gt;.listing</c>): every folder of the site in place as the last build
/// left it, with its status-change time. A folder's status changes whenever an entry is added to it, removed or renamed
/// (a file replaced by a link, a folder by a link, a stray file dropped in), and no program can set it back: a folder
/// whose time is the one recorded holds the entries recorded, and costs one <c>lstat</c> instead of being opened and
/// read. A national site has 86,000 folders; reading them all took an edit build 1.1 s of CPU.
/// <para>A folder changed less than <see cref="Settled"/> before it was recorded is read again: a change in the same
/// tick of the file system's clock leaves the time as it was. So are the folders a build's commit changed, which are
/// left out of the memo it writes.</para>
/// </summary>
public sealed partial record SiteListing
{
    /// <summary>One folder as listed: its status-change time and when it was listed (nanoseconds since 1970), and its entries' names.</summary>
    internal sealed record ListedFolder(long Changed, long Listed, string[] Files, string[] Others, string[] Folders);

    /// <summary>Each folder this listing read or took from the memo, by relative path ("" is the site's own); null where folders' times cannot be read.</summary>
    internal Dictionary<string, ListedFolder>? Folders { get; private init; }

    /// <summary>How many folders this listing opened and read; the others were taken from the memo.</summary>
    internal int FoldersRead { get; private set; }

    /// <summary>
    /// How long before it was recorded a folder must have last changed to be taken from the memo: longer than any tick
    /// of a local file system's clock (at most 10 ms on Linux). The memo assumes a local file system and a clock that
    /// does not step back; on a network mount whose client caches folders' status (NFS, 30–60 s), a file dropped into
    /// the output by hand can go unseen until that cache expires.
    /// </summary>
    private const long Settled = 2_000_000_000;

    private static readonly byte[] MemoMagic = "OCOP-LISTING 1\n"u8.ToArray();

    /// <summary>Lists <paramref name="root"/> as <see cref="Of(string)"/> does, taking the folders that did not change from the memo in <paramref name="memoFile"/>.</summary>
    public static SiteListing? Of(string root, string? memoFile) => Of(root, ReadsEntryTypes, memoFile is null ? null : ReadMemo(memoFile));

    /// <summary>
    /// What the memo keeps of this listing once a commit changed the entries of <paramref name="changedPaths"/>: every
    /// folder but theirs, and but the site's own (read every time: a few dozen entries). Null when there is nothing to keep.
    /// </summary>
    internal IEnumerable<KeyValuePair<string, ListedFolder>>? Kept(IEnumerable<string> changedPaths)
    {
        if (Folders is null)
        {
            return null;
        }

        var changed = new HashSet<string>(changedPaths.SelectMany(FoldersOf), StringComparer.Ordinal) { "" };
        return Folders.Where(folder => !changed.Contains(folder.Key));
    }

    /// <summary>
    /// The memo of a site just written whole: every folder of <paramref name="paths"/> (its regular files, relative to
    /// <paramref name="root"/>) with its time, asked once each; none when a time cannot be read.
    /// </summary>
    internal static List<KeyValuePair<string, ListedFolder>>? Recorded(string root, IEnumerable<string> paths)
    {
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var folders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var met = new HashSet<string>(StringComparer.Ordinal);
        List<string> In(Dictionary<string, List<string>> table, string folder)
            => table.TryGetValue(folder, out var names) ? names : table[folder] = [];

        foreach (var path in paths)
        {
            var slash = path.LastIndexOf('/');
            var folder = slash < 0 ? "" : path[..slash];
            In(files, folder).Add(path[(slash + 1)..]);
            // Each folder is named in its parent once, when first met.
            while (folder.Length > 0 && met.Add(folder))
            {
                var at = folder.LastIndexOf('/');
                var parent = at < 0 ? "" : folder[..at];
                In(folders, parent).Add(folder[(at + 1)..]);
                folder = parent;
            }
        }

        var listed = Content.FileKinds.Now();
        var recorded = met.ToArray();
        var changed = new long?[recorded.Length];
        Parallel.For(0, recorded.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => changed[i] = Content.FileKinds.FolderChanged(Path.Combine(root, recorded[i])));
        if (changed.Any(time => time is null))
        {
            return null;
        }

        return [.. recorded.Select((folder, i) => KeyValuePair.Create(folder, new ListedFolder(
            changed[i]!.Value, listed, [.. files.GetValueOrDefault(folder) ?? []], [], [.. folders.GetValueOrDefault(folder) ?? []])))];
    }

    /// <summary>The folders a site path ("/" between folders) lies in, innermost first ("" not included).</summary>
    internal static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }

    /// <summary>The memo in <paramref name="file"/>; null when there is none or it does not read.</summary>
    internal static Dictionary<string, ListedFolder>? ReadMemo(string file)
    {
        try
        {
            return SealedFile.ReadWith(file, MemoMagic, bytes =>
            {
                using var reader = new BinaryReader(SealedFile.StreamOf(bytes, MemoMagic.Length, bytes.Length - MemoMagic.Length - SealedFile.HashLength), Encoding.UTF8);
                var count = SealedFile.CountIn(reader);
                var folders = new Dictionary<string, ListedFolder>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    folders[reader.ReadString()] = new ListedFolder(reader.ReadInt64(), reader.ReadInt64(), SealedFile.ReadStrings(reader), SealedFile.ReadStrings(reader), SealedFile.ReadStrings(reader));
                }

                return reader.BaseStream.Position == reader.BaseStream.Length ? folders : null;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            // Unreadable (damaged, denied, a folder in its place): every folder is read, as in a first edit build.
            return null;
        }
    }

    /// <summary>Writes the memo to <paramref name="file"/>, in folder order (the same site, the same memo).</summary>
    internal static void WriteMemo(string file, IEnumerable<KeyValuePair<string, ListedFolder>> folders)
    {
        var ordered = folders.OrderBy(folder => folder.Key, StringComparer.Ordinal).ToList();
        SealedFile.Write(file, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(MemoMagic);
            writer.Write7BitEncodedInt(ordered.Count);
            foreach (var (path, folder) in ordered)
            {
                writer.Write(path);
                writer.Write(folder.Changed);
                writer.Write(folder.Listed);
                SealedFile.WriteStrings(writer, folder.Files);
                SealedFile.WriteStrings(writer, folder.Others);
                SealedFile.WriteStrings(writer, folder.Folders);
            }
        });
    }
}
