using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// Turns an operating-system I/O failure into a catalogue error naming the path it happened on: a full disk, a
/// read-only disk and a missing permission each have their own message, anything else keeps the system's words.
/// </summary>
public static class FileSystemFailure
{
    // errno on Linux (ENOSPC and EROFS are the same on macOS) (.NET puts the raw errno in HResult on Unix); Win32 codes in HRESULT form on Windows.
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Edquot = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);

    /// <summary>Whether <paramref name="exception"/> is a failure of the file system rather than a bug.</summary>
    public static bool IsFileSystem(Exception exception)
        => exception is IOException or UnauthorizedAccessException
            || (exception is AggregateException parallel && parallel.Flatten().InnerExceptions.All(IsFileSystem));

    public static DiagnosticException At(string path, Exception exception) => exception switch
    {
        DiagnosticException known => known,
        UnauthorizedAccessException => new DiagnosticException(DiagnosticCatalogue.OutputPermissionDenied, path),
        IOException { HResult: Enospc or Edquot or WindowsDiskFull or WindowsHandleDiskFull } => new DiagnosticException(DiagnosticCatalogue.OutputDiskFull, path),
        IOException { HResult: Erofs or WindowsWriteProtect } => new DiagnosticException(DiagnosticCatalogue.OutputReadOnly, path),
        _ => new DiagnosticException(DiagnosticCatalogue.FileSystemError, $"{path}: {exception.Message}"),
    };

    /// <summary>Runs <paramref name="action"/>; a file-system failure becomes an error naming <paramref name="path"/>.</summary>
    public static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (IsFileSystem(ex))
        {
            throw At(path, ex);
        }
    }

    public static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (IsFileSystem(ex))
        {
            throw At(path, ex);
        }
    }
}
