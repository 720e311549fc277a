using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// One build per output folder at a time: an exclusive lock on "<c>&lt;output&gt;.lock</c>", beside the folder so that
/// it survives the swap. The kernel releases it when the process ends, however it ends, so a killed build never leaves
/// a stale lock; the file itself stays (removing it would let a third build lock a new file while a second still
/// holds the old one). A second build does not wait: it stops at once with <see cref="DiagnosticCatalogue.OutputBusy"/>.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Ewouldblock = 11;
    private const int MacEwouldblock = 35;

    private readonly SafeFileHandle _handle;

    private OutputLock(SafeFileHandle handle) => _handle = handle;

    public static string PathFor(string target) => target + ".lock";

    /// <summary>Takes the lock of <paramref name="target"/>, or throws the catalogue error that says why it could not.</summary>
    public static OutputLock Take(string target)
    {
        var path = PathFor(target);
        if (new FileInfo(path).LinkTarget is not null || Directory.Exists(path))
        {
            throw new DiagnosticException(DiagnosticCatalogue.LockNotAFile, path);
        }

        // The generator turns off .NET's own advisory locking (ocop.csproj), so the lock is taken explicitly. Nothing is
        // ever written to the file: one that happened to be there keeps its bytes.
        var handle = FileSystemFailure.Guard(path, () => File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete));
        if (OperatingSystem.IsWindows())
        {
            return WindowsLock(handle, path, target);
        }

        if (flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw error is Ewouldblock or MacEwouldblock
                ? new DiagnosticException(DiagnosticCatalogue.OutputBusy, target, path)
                : FileSystemFailure.At(path, new IOException(Marshal.GetPInvokeErrorMessage(error), error));
        }

        return new OutputLock(handle);
    }

    /// <summary>Windows has no flock: a second handle opened without sharing is refused while this one is open.</summary>
    private static OutputLock WindowsLock(SafeFileHandle shared, string path, string target)
    {
        shared.Dispose();
        try
        {
            return new OutputLock(File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new DiagnosticException(DiagnosticCatalogue.OutputBusy, target, path);
        }
    }

    public void Dispose() => _handle.Dispose();

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);
}
