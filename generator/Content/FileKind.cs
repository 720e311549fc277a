using System.Runtime.InteropServices;

namespace OcopShowcase.Content;

/// <summary>What a path is on disk, found without opening it (opening a FIFO waits for a writer forever).</summary>
public enum FileKind
{
    Regular,
    Directory,
    /// <summary>A FIFO, socket, character or block device: never opened.</summary>
    Special,
    /// <summary>A symbolic link that leads back to itself (the system gives up: ELOOP).</summary>
    LinkLoop,
    Missing,
}

/// <summary>
/// A regular file's size, modification time and status-change time (nanoseconds since 1970), as <c>stat</c> gives
/// them. Every write changes the status-change time, which no program can set back: a file whose stamp is the one it
/// had when it was read, and whose status changed well before that read began, still holds what was read
/// (<see cref="DocumentMemo"/>).
/// </summary>
public readonly record struct FileStamp(long Size, long Modified, long Changed)
{
    /// <summary>The modification time as .NET counts it (<see cref="DateTime.Ticks"/>, UTC).</summary>
    public long ModifiedTicks => DateTime.UnixEpoch.Ticks + (Modified / 100);
}

/// <summary>
/// Classifies a path by the type bits of <c>lstat</c>, and of <c>stat</c> for a link (which is followed). .NET has no
/// public API for a file's type (a FIFO's attributes read "Normal"), so this calls the runtime's own native shim,
/// <c>libSystem.Native</c>, which ships with every .NET runtime on Linux and macOS; its status record starts with the
/// flags and the mode.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int TypeLink = 0xA000;

    // Where the shim's status record keeps the size and the times (seconds, then nanoseconds): checked once against
    // what .NET itself reports (StampsRead), so a runtime that lays the record out otherwise gives no stamps.
    private const int SizeAt = 16;
    private const int ModifiedAt = 40;
    private const int ChangedAt = 56;

    public static FileKind Of(string path) => Examine(path).Kind;

    /// <summary>The time now in the unit of stamps and folders' times: nanoseconds since 1970 (UTC).</summary>
    public static long Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>
    /// The path's kind and whether it is a symbolic link, in one <c>lstat</c> for anything that is not a link (a link
    /// costs a <c>stat</c> of its target too).
    /// </summary>
    public static (FileKind Kind, bool IsLink) Examine(string path)
    {
        var (kind, isLink, _) = Inspect(path);
        return (kind, isLink);
    }

    /// <summary>
    /// <see cref="Examine"/>, with the stamp of a regular file (a link's target's) or of a folder (not a link to one)
    /// from the same call: null for anything else, on Windows, and where the runtime's status record is not laid out as
    /// this code reads it. A folder's stamp tells when its entries last changed (<see cref="FolderChanged"/>).
    /// </summary>
    public static (FileKind Kind, bool IsLink, FileStamp? Stamp) Inspect(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var kind = File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            return (kind, kind != FileKind.Missing && File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint), null);
        }

        // One record per thread, not per call: an edit build of a national catalogue asks this of 70,000 content files.
        var status = _status ??= new byte[512];
        if (LStat(path, status) != 0)
        {
            return (FileKind.Missing, false, null);
        }

        var isLink = (BitConverter.ToInt32(status, 4) & TypeMask) == TypeLink;
        var found = isLink ? Follow(path, status) : KindOf(status);
        return (found, isLink, (found == FileKind.Regular || (found == FileKind.Directory && !isLink)) && StampsRead.Value ? StampOf(status) : null);
    }

    /// <summary>
    /// A folder's status-change time (nanoseconds since 1970), by one <c>lstat</c>: it moves whenever an entry is
    /// added to the folder, removed or renamed, and no program can set it back. Null for anything but a folder (a link
    /// to one included), on Windows, and where the status record is not laid out as this code reads it.
    /// </summary>
    public static long? FolderChanged(string path)
    {
        if (OperatingSystem.IsWindows() || !StampsRead.Value)
        {
            return null;
        }

        var status = _status ??= new byte[512];
        return LStat(path, status) == 0 && (BitConverter.ToInt32(status, 4) & TypeMask) == TypeDirectory ? Nanoseconds(status, ChangedAt) : null;
    }

    [ThreadStatic]
    private static byte[]? _status;

    private static FileStamp StampOf(byte[] status)
        => new(BitConverter.ToInt64(status, SizeAt), Nanoseconds(status, ModifiedAt), Nanoseconds(status, ChangedAt));

    private static long Nanoseconds(byte[] status, int at)
        => (BitConverter.ToInt64(status, at) * 1_000_000_000) + BitConverter.ToInt64(status, at + 8);

    /// <summary>Whether this runtime's status record holds the size and modification time where <see cref="StampOf"/> reads them.</summary>
    private static readonly Lazy<bool> StampsRead = new(() =>
    {
        // A file of its own, of an odd size and with a modification time set to the 100 ns (a published single-file
        // app has no assembly file to look at).
        var probe = Path.Combine(Path.GetTempPath(), $"ocop-stamp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, new byte[4099]);
            var modified = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(1234567);
            File.SetLastWriteTimeUtc(probe, modified);
            var status = new byte[512];
            if (Stat(probe, status) != 0)
            {
                return false;
            }

            var stamp = StampOf(status);
            var now = Now();
            return stamp.Size == 4099 && stamp.ModifiedTicks == modified.Ticks && stamp.Changed > stamp.Modified && stamp.Changed <= now + 60_000_000_000L;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary file left behind is harmless.
            }
        }
    });

    /// <summary>What a link leads to, by <c>stat</c>.</summary>
    private static FileKind Follow(string path, byte[] status)
    {
        if (Stat(path, status) != 0)
        {
            return Loops(path) ? FileKind.LinkLoop : FileKind.Missing;
        }

        return KindOf(status);
    }

    // The status record is about 120 bytes; the callers' 512-byte buffer keeps a future field from writing past it.
    private static FileKind KindOf(byte[] status)
        => (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };

    private static bool Loops(string path)
    {
        try
        {
            new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    // The status record is read from a managed buffer of 512 bytes (DllImport marshals it; see KindOf).
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
