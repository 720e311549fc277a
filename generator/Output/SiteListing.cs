using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;

namespace OcopShowcase.Output;

/// <summary>
/// What the site in place holds, from its folder listings alone: its regular files, and apart from them whatever else
/// is there that is not a folder (links to files, FIFOs: never taken as a file, so replaced or removed), as relative
/// paths with "/" between folders; null when a folder is a link, so that such a site is replaced whole and never
/// written into (a move or a delete could follow the link out of the site).
/// <para>Each entry's type comes with the listing (<c>readdir</c>'s <c>d_type</c>), so no entry costs a status call:
/// a national site has 130,000 files in 86,000 folders, and asking each folder (and then each kept page and share card)
/// whether it is a link cost an incremental build about 250,000 <c>lstat</c>s. The folders are read through the .NET
/// runtime's own native shim (<c>libSystem.Native</c>, as <see cref="Content.FileKinds"/> does), which gives the type
/// on every Unix; a file system that gives none (<c>DT_UNKNOWN</c>) has that entry asked with <c>lstat</c>. Where the
/// shim cannot be used (Windows, or a runtime whose entries do not read as <see cref="Readable"/> expects), every folder
/// is asked instead, as before.</para>
/// </summary>
public sealed partial record SiteListing(HashSet<string> Files, HashSet<string> Others)
{
    /// <summary>Whether the site holds a regular file (not a link) at <paramref name="path"/>.</summary>
    public bool HoldsFile(string path) => Files.Contains(path);

    /// <summary>Every entry that is not a folder: the regular files and the others.</summary>
    public IEnumerable<string> Entries => Files.Concat(Others);

    /// <summary>Lists <paramref name="root"/>, or returns null when a folder under it is a symbolic link.</summary>
    public static SiteListing? Of(string root) => Of(root, ReadsEntryTypes);

    /// <summary>Whether this runtime's folder listings are read with their entries' types (on Linux they are: SiteListingTests).</summary>
    internal static bool ReadsEntryTypes => Readable.Value;

    /// <summary><see cref="Of(string)"/>, reading the entries' types or asking each entry (<paramref name="typed"/>).</summary>
    /// <param name="memo">The folders the last listing recorded (<see cref="ReadMemo"/>): those that did not change are taken, not read.</param>
    internal static SiteListing? Of(string root, bool typed, IReadOnlyDictionary<string, ListedFolder>? memo = null)
    {
        // A folder's time can be read where the entries' types can (Linux, macOS): the memo is kept only there.
        var folders = typed && Content.FileKinds.FolderChanged(root) is not null ? new Dictionary<string, ListedFolder>(StringComparer.Ordinal) : null;
        var listing = new SiteListing(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal)) { Folders = folders };
        return (typed ? listing.ReadTyped(root, folders is null ? null : memo) : ReadAsking(root, listing)) ? listing : null;
    }

    /// <summary>
    /// Reads every folder with the entries' types: false when a folder is a link. With <see cref="Folders"/>, each folder's
    /// time is asked first, and a folder whose time is the one <paramref name="memo"/> recorded, long enough after it
    /// last changed, is taken from it unread.
    /// </summary>
    private bool ReadTyped(string root, IReadOnlyDictionary<string, ListedFolder>? memo)
    {
        // Taken before any folder's time is read: a change after it has a later time.
        var now = Content.FileKinds.Now();
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.TryPop(out var relative))
        {
            var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
            ListedFolder? listed;
            if (Folders is null)
            {
                listed = Read(root, relative, folder, 0, now);
            }
            else if (Content.FileKinds.FolderChanged(folder) is { } changed)
            {
                listed = memo is not null && memo.TryGetValue(relative, out var known) && known.Changed == changed && known.Listed - known.Changed >= Settled
                    ? known
                    : Read(root, relative, folder, changed, now);
            }
            else
            {
                // Gone since its parent was read, or now something else: a link to a folder is never written through.
                if (Content.FileKinds.Examine(folder).IsLink)
                {
                    return false;
                }

                continue;
            }

            if (listed is null)
            {
                return false;
            }

            Folders?[relative] = listed;
            string PathOf(string name) => relative.Length == 0 ? name : relative + "/" + name;
            foreach (var name in listed.Files)
            {
                Files.Add(PathOf(name));
            }

            foreach (var name in listed.Others)
            {
                Others.Add(PathOf(name));
            }

            foreach (var name in listed.Folders)
            {
                pending.Push(PathOf(name));
            }
        }

        return true;
    }

    /// <summary>One folder's entries by type, read; null when one is a link to a folder.</summary>
    private ListedFolder? Read(string root, string relative, string folder, long changed, long now)
    {
        FoldersRead++;
        List<string> files = [], others = [], folders = [];
        foreach (var (name, type) in EntriesOf(folder))
        {
            var kind = type == TypeUnknown ? Asked(Path.Combine(root, relative.Length == 0 ? name : relative + "/" + name)) : type;
            switch (kind)
            {
                case TypeDirectory:
                    folders.Add(name);
                    break;
                case TypeLink when Content.FileKinds.Of(Path.Combine(folder, name)) == Content.FileKind.Directory:
                    return null;
                case TypeRegular:
                    files.Add(name);
                    break;
                default:
                    others.Add(name);
                    break;
            }
        }

        return new ListedFolder(changed, now, [.. files], [.. others], [.. folders]);
    }

    /// <summary>
    /// .NET's own enumeration, asking every folder whether it is a link and every file whether it is a regular one (one
    /// <c>lstat</c> each): the fallback where entries' types cannot be read.
    /// </summary>
    private static bool ReadAsking(string root, SiteListing listing)
    {
        var linked = false;
        var entries = new FileSystemEnumerable<(string Path, bool Folder)>(
            root,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !(linked = linked || Content.FileKinds.Examine(e.ToFullPath()).IsLink),
        };
        foreach (var (path, folder) in entries)
        {
            if (linked)
            {
                return false;
            }

            if (!folder)
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                (Content.FileKinds.Examine(path) is (Content.FileKind.Regular, false) ? listing.Files : listing.Others).Add(relative);
            }
        }

        return !linked;
    }

    private static int Asked(string path) => Content.FileKinds.Examine(path) switch
    {
        (_, true) => TypeLink,
        (Content.FileKind.Directory, _) => TypeDirectory,
        (Content.FileKind.Regular, _) => TypeRegular,
        _ => TypeUnknown,
    };

    /// <summary>
    /// The names and types of a folder's entries, "." and ".." left out. A folder gone since its parent was read has
    /// none (as .NET's enumeration skips it); one that cannot be read throws as .NET would (<see cref="ListingError"/>).
    /// </summary>
    private static unsafe List<(string Name, int Type)> EntriesOf(string folder)
    {
        var entries = new List<(string, int)>();
        var handle = OpenDir(folder);
        if (handle == 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchEntry or NotAFolder ? entries : throw ListingError(folder, error);
        }

        try
        {
            // Room to spare beyond the record as this code reads it: a runtime whose record grew would otherwise write
            // past it before Readable could notice.
            var record = stackalloc byte[64];
            var entry = (DirectoryEntry*)record;
            int result;
            while ((result = ReadDir(handle, entry)) == 0)
            {
                // The shim gives no length where names end with a NUL (Linux: -1).
                var name = entry->NameLength >= 0
                    ? Encoding.UTF8.GetString(entry->Name, entry->NameLength)
                    : Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry->Name));
                if (name is not ("." or ".."))
                {
                    entries.Add((name, entry->InodeType));
                }
            }

            if (result > 0)
            {
                throw ListingError(folder, result);
            }
        }
        finally
        {
            _ = CloseDir(handle);
        }

        return entries;
    }

    /// <summary>
    /// The exception .NET's own enumeration throws for <paramref name="error"/> (an errno), which
    /// <see cref="FileSystemFailure"/> turns into a message: denied access, or an <see cref="IOException"/> carrying the
    /// number (a full disk, a read-only one).
    /// </summary>
    private static Exception ListingError(string folder, int error) => error is PermissionDenied or NotPermitted
        ? new UnauthorizedAccessException($"Access to the folder '{folder}' is denied.")
        : new IOException($"Cannot list the folder '{folder}': {Marshal.GetPInvokeErrorMessage(error)}", error);

    // errno values, the same on Linux and macOS.
    private const int NotPermitted = 1;
    private const int NoSuchEntry = 2;
    private const int PermissionDenied = 13;
    private const int NotAFolder = 20;

    // The shim's node types (pal_io.h: PAL_DT_*), the values of BSD's and Linux's d_type.
    private const int TypeUnknown = 0;
    private const int TypeDirectory = 4;
    private const int TypeRegular = 8;
    private const int TypeLink = 10;

    /// <summary>
    /// Whether this runtime's shim lists a folder as <see cref="ReadTyped"/> reads it: checked once, on a folder of its
    /// own holding a file, a folder and a link, against what the entries are.
    /// </summary>
    private static readonly Lazy<bool> Readable = new(() =>
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var probe = Path.Combine(Path.GetTempPath(), $"ocop-listing-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.Combine(probe, "thư mục"));
            File.WriteAllText(Path.Combine(probe, "tệp.txt"), "");
            File.CreateSymbolicLink(Path.Combine(probe, "liên kết"), Path.Combine(probe, "tệp.txt"));
            var found = EntriesOf(probe).ToDictionary(e => e.Name, e => e.Type, StringComparer.Ordinal);
            return found.Count == 3
                && found.GetValueOrDefault("thư mục") is TypeDirectory or TypeUnknown
                && found.GetValueOrDefault("tệp.txt") is TypeRegular or TypeUnknown
                && found.GetValueOrDefault("liên kết") is TypeLink or TypeUnknown;
        }
        catch (Exception)
        {
            // Whatever the shim does otherwise, the listing asks each entry instead (SiteListingTests checks Linux reads types).
            return false;
        }
        finally
        {
            try
            {
                Directory.Delete(probe, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    });

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct DirectoryEntry
    {
        public byte* Name;
        public int NameLength;
        public int InodeType;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDir(string path);

    /// <summary>The next entry: 0, or -1 at the end of the folder, or an error number.</summary>
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir")]
    private static unsafe partial int ReadDir(nint dir, DirectoryEntry* entry);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir")]
    private static partial int CloseDir(nint dir);
}
