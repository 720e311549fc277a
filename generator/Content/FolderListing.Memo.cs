using System.Collections.Concurrent;
using System.Text;

namespace OcopShowcase.Content;

/// <summary>
/// The listing's memo (<c>.cache/listings/&lt;content folder&gt;.listing</c>), which <c>build</c> keeps from one build to
/// the next: the names in each folder of the content folder as the last build listed them, with the folder's
/// status-change time. A folder's status changes whenever an entry is added to it, removed or renamed, and no program
/// can set it back: a folder whose time is the one recorded holds the names recorded. It is then not opened and read;
/// each entry is still asked (<c>lstat</c>) for its kind and stamp, since a file edited in place changes only its own.
/// A national catalogue has 20,000 bundle folders, and opening, reading and closing each took a build about five
/// system calls more than asking its one or two entries (BENCHMARKS.md, session 37).
/// <para>A folder's time comes from the entry its parent listed it by (the content folder's own, and a section folder
/// asked for directly, are asked). A folder that changed less than <see cref="Settled"/> before it was listed is read
/// again next time: a change in the same tick of the file system's clock leaves the time as it was. A folder that held a
/// link is never recorded (what a link leads to changes without its folder's time), nor is one whose recorded entries
/// are not all there, of the same sort, when asked. The memo assumes a local file system, as the output's does
/// (<see cref="Output.SiteListing"/>).</para>
/// </summary>
public sealed partial class FolderListing
{
    /// <summary>How long before it was listed a folder must have last changed to be taken from the memo next time.</summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private static readonly byte[] MemoMagic = "OCOP-CONTENT-LISTING 1\n"u8.ToArray();

    private readonly long _settled;
    private string? _file;
    private IReadOnlyDictionary<string, RecordedFolder>? _memo;
    private readonly ConcurrentDictionary<string, RecordedFolder> _recorded;
    private readonly ConcurrentDictionary<string, long> _changed;
    private int _foldersRead;
    private int _foldersTaken;

    /// <summary>One folder as listed: its status-change time and when it was listed (nanoseconds since 1970), and its entries' names.</summary>
    internal sealed record RecordedFolder(long Changed, long Listed, string[] Names);

    public FolderListing()
        : this(Settled, expectedFolders: 0)
    {
    }

    /// <summary>With another window than <see cref="Settled"/> (tests, which cannot wait seconds for every folder).</summary>
    internal FolderListing(TimeSpan settled)
        : this(settled, expectedFolders: 0)
    {
    }

    /// <param name="expectedFolders">
    /// About how many folders the build will list (the memo's): the tables are sized for them. A national catalogue
    /// lists 20,000 folders, and a table grown to that size a step at a time allocates its entries once per step.
    /// </param>
    private FolderListing(TimeSpan settled, int expectedFolders)
    {
        _settled = (long)settled.TotalNanoseconds;
        _folders = new(Environment.ProcessorCount, expectedFolders, StringComparer.Ordinal);
        _recorded = new(Environment.ProcessorCount, expectedFolders, StringComparer.Ordinal);
        _changed = new(Environment.ProcessorCount, expectedFolders, StringComparer.Ordinal);
    }

    /// <summary>
    /// A listing that takes unchanged folders from the memo a previous <c>build</c> left in <paramref name="file"/>, and
    /// records what it lists for the next (<see cref="Save()"/>). A memo that is missing, damaged or of another format
    /// reads as empty: every folder is read.
    /// </summary>
    public static FolderListing OnDisk(string file) => OnDisk(file, Settled);

    /// <inheritdoc cref="OnDisk(string)"/>
    internal static FolderListing OnDisk(string file, TimeSpan settled)
    {
        var memo = ReadMemo(file) ?? new Dictionary<string, RecordedFolder>();
        return new(settled, memo.Count) { _file = file, _memo = memo };
    }

    /// <summary>How many folders this listing opened and read.</summary>
    public int FoldersRead => _foldersRead;

    /// <summary>How many folders this listing took from the memo, unread.</summary>
    public int FoldersTaken => _foldersTaken;

    /// <summary>
    /// Writes what this listing listed, in folder order, for the next build, unless every folder was taken from the memo
    /// (which then still holds); a failure to write only makes the next build read every folder.
    /// </summary>
    public void Save()
    {
        if (_file is null || _foldersRead == 0 || _recorded.IsEmpty)
        {
            return;
        }

        var ordered = _recorded.OrderBy(folder => folder.Key, StringComparer.Ordinal).ToList();
        try
        {
            Output.SealedFile.Write(_file, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(MemoMagic);
                writer.Write7BitEncodedInt(ordered.Count);
                foreach (var (path, folder) in ordered)
                {
                    writer.Write(path);
                    writer.Write(folder.Changed);
                    writer.Write(folder.Listed);
                    Output.SealedFile.WriteStrings(writer, folder.Names);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The folder's entries: the memo's names, each asked again, when the folder's time is the one recorded long enough
    /// after it last changed; else read. Recorded for the next build either way, unless it holds a link.
    /// </summary>
    private IReadOnlyList<ListedEntry> ReadOrRecall(string folder)
    {
        // Taken before the folder is read: a change after it has a later time.
        var listed = FileKinds.Now();
        var changed = _changed.TryGetValue(folder, out var known) ? known : FileKinds.FolderChanged(folder);
        if (changed is { } time && _memo!.TryGetValue(folder, out var recorded) && recorded.Changed == time && recorded.Listed - recorded.Changed >= _settled
            && Asked(folder, recorded.Names) is var asked && asked.All(e => !e.IsLink && e.Kind is FileKind.Regular or FileKind.Directory))
        {
            _recorded[folder] = recorded;
            Interlocked.Increment(ref _foldersTaken);
            Remember(asked);
            return asked;
        }

        Interlocked.Increment(ref _foldersRead);
        var entries = Read(folder);
        if (changed is not null && entries.All(e => !e.IsLink))
        {
            _recorded[folder] = new RecordedFolder(changed.Value, listed, [.. entries.Select(e => Path.GetFileName(e.Path))]);
        }

        Remember(entries);
        return entries;
    }

    /// <summary>Notes the time of each folder among <paramref name="entries"/>, which is asked for next.</summary>
    private void Remember(IReadOnlyList<ListedEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry is { Kind: FileKind.Directory, IsLink: false, Stamp: { } stamp })
            {
                _changed[entry.Path] = stamp.Changed;
            }
        }
    }

    /// <summary>The memo in <paramref name="file"/>; null when there is none or it does not read.</summary>
    private static Dictionary<string, RecordedFolder>? ReadMemo(string file)
    {
        try
        {
            return Output.SealedFile.ReadWith(file, MemoMagic, bytes =>
            {
                using var reader = new BinaryReader(Output.SealedFile.StreamOf(bytes, MemoMagic.Length, bytes.Length - MemoMagic.Length - Output.SealedFile.HashLength), Encoding.UTF8);
                var count = Output.SealedFile.CountIn(reader);
                var folders = new Dictionary<string, RecordedFolder>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    folders[reader.ReadString()] = new RecordedFolder(reader.ReadInt64(), reader.ReadInt64(), Output.SealedFile.ReadStrings(reader));
                }

                return reader.BaseStream.Position == reader.BaseStream.Length ? folders : null;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            // Unreadable (damaged, denied, a folder in its place): every folder is read.
            return null;
        }
    }
}
