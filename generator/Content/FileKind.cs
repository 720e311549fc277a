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

    public static FileKind Of(string path) => Examine(path).Kind;

    /// <summary>
    /// The path's kind and whether it is a symbolic link, in one <c>lstat</c> for anything that is not a link (a link
    /// costs a <c>stat</c> of its target too).
    /// </summary>
    public static (FileKind Kind, bool IsLink) Examine(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var kind = File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            return (kind, kind != FileKind.Missing && File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint));
        }

        var status = new byte[512];
        if (LStat(path, status) != 0)
        {
            return (FileKind.Missing, false);
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) == TypeLink ? (Follow(path, status), true) : (KindOf(status), false);
    }

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

    // DllImport rather than LibraryImport: the generated stubs need unsafe code, which the project does not allow.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
