using System.Runtime.InteropServices;

namespace OcopShowcase.Output;

/// <summary>
/// A path with every symbolic link in it resolved, even when its last parts do not exist yet: "<c>www/_site</c>" with
/// "<c>www</c>" a link to the content folder is inside the content folder.
/// </summary>
public static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var existing = full;
        var missing = new Stack<string>();
        while (!Path.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }

        var resolved = Canonical(existing);
        foreach (var part in missing)
        {
            resolved = Path.Combine(resolved, part);
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or inside it (both real paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var root = Path.TrimEndingDirectorySeparator(outer);
        return string.Equals(inner, root, comparison)
            || inner.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, comparison);
    }

    private static string Canonical(string existing)
    {
        if (OperatingSystem.IsWindows())
        {
            return existing;
        }

        var resolved = realpath(existing, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return existing;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved) ?? existing;
        }
        finally
        {
            free(resolved);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolvedPath);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}
