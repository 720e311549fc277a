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
/// Classifies a path by the type bits of <c>stat</c> (following links). .NET has no public API for a file's type
/// (a FIFO's attributes read "Normal"), so this calls the runtime's own native shim, <c>libSystem.Native</c>, which
/// ships with every .NET runtime on Linux and macOS; its status record starts with the flags and the mode.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int TypeLink = 0xA000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
        }

        // The status record is about 120 bytes; a larger buffer keeps a future field from writing past it.
        var status = new byte[512];
        if (Stat(path, status) != 0)
        {
            if (LStat(path, status) == 0 && (BitConverter.ToInt32(status, 4) & TypeMask) == TypeLink && Loops(path))
            {
                return FileKind.LinkLoop;
            }

            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

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
