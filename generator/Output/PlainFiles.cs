using OcopShowcase.Content;

namespace OcopShowcase.Output;

/// <summary>
/// Whether a file in the site in place is a plain file, not a symbolic link: a build takes or compares only those.
/// A link (put there by hand) could serve a file from outside the site; treated as changed, it is replaced by the
/// file itself. One <c>lstat</c> (<see cref="FileKinds.Inspect"/>), which also gives the size and time the callers
/// compare, where .NET's attributes cost a second system call (the read-only flag asks for the user id). An edit build
/// updating the site in place finds its kept files in <see cref="SiteListing"/> instead, with no call per file.
/// </summary>
internal static class PlainFiles
{
    /// <summary>The file's size and modification time (<see cref="DateTime.Ticks"/>, UTC); null when it is missing, a link or not a regular file.</summary>
    public static (long Length, long ModifiedTicks)? Status(string path)
    {
        var (kind, isLink, stamp) = FileKinds.Inspect(path);
        if (kind != FileKind.Regular || isLink)
        {
            return null;
        }

        if (stamp is { } known)
        {
            return (known.Size, known.ModifiedTicks);
        }

        // Where the runtime's status record gives no stamps (Windows, another layout): .NET's own calls.
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>Whether the path is a plain file of <paramref name="length"/> bytes.</summary>
    public static bool HasLength(string path, long length) => Status(path) is { } status && status.Length == length;
}
