namespace OcopShowcase.Output;

/// <summary>
/// Whether a file in the site in place is a plain file, not a symbolic link: a build takes or compares only those.
/// A link (put there by hand) could serve a file from outside the site; treated as changed, it is replaced by the
/// file itself. One status call, which the callers' size check needs anyway.
/// </summary>
internal static class PlainFiles
{
    public static bool Is(FileInfo info) => info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0;
}
