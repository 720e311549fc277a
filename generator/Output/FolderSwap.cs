using System.Runtime.InteropServices;

namespace OcopShowcase.Output;

/// <summary>
/// Puts a new folder at a path that already holds one, so that the path always holds a whole folder, old or new.
/// Linux exchanges the two names in one system call (<c>renameat2(RENAME_EXCHANGE)</c>), macOS likewise
/// (<c>renamex_np(RENAME_SWAP)</c>). Elsewhere, or on a file system that cannot exchange, the old folder is renamed to
/// "<c>.old</c>" and the new one into place: a process killed between those two renames leaves no folder at the path
/// until <see cref="RepairHalfDone"/> (called by the next build) moves "<c>.old</c>" back.
/// </summary>
public static class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwapMac = 2;

    /// <summary>
    /// Moves <paramref name="replacement"/> to <paramref name="target"/>. Afterwards the previous content of
    /// <paramref name="target"/>, if any, is at <paramref name="replacement"/>; the caller deletes it.
    /// </summary>
    /// <returns>Whether the two were exchanged atomically (false: the two-rename fallback was used, or there was nothing to replace).</returns>
    public static bool Replace(string replacement, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(replacement, target);
            return false;
        }

        if (TryExchange(replacement, target))
        {
            return true;
        }

        ReplaceByRenames(replacement, target);
        return false;
    }

    /// <summary>The fallback: two renames, with a moment between them when <paramref name="target"/> does not exist.</summary>
    internal static void ReplaceByRenames(string replacement, string target)
    {
        var old = OldPath(target);
        Directory.Move(target, old);
        try
        {
            Directory.Move(replacement, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new site could not be put in place: the old one goes back before the failure is reported.
            Directory.Move(old, target);
            throw;
        }

        Directory.Move(old, replacement);
    }

    /// <summary>Where the fallback keeps the previous folder between its two renames.</summary>
    public static string OldPath(string target) => target + ".old";

    /// <summary>
    /// Finishes what a process killed inside <see cref="Replace"/>'s fallback left: with no folder at
    /// <paramref name="target"/> but one at "<c>.old</c>", the old one goes back (the new one was never in place).
    /// <paramref name="isOurs"/> says whether a folder may be moved: only one a build wrote.
    /// </summary>
    public static void RepairHalfDone(string target, Func<string, bool> isOurs)
    {
        var old = OldPath(target);
        if (!Path.Exists(target) && Directory.Exists(old) && isOurs(old))
        {
            Directory.Move(old, target);
        }
    }

    /// <summary>
    /// Exchanges two folders, or two files, in one system call where the platform can. False when it cannot: the file
    /// system does not support it (EINVAL, ENOSYS), so the fallback is used, or a real error happened (permission,
    /// read-only disk), which the fallback's first rename meets again and reports with its path.
    /// </summary>
    internal static bool TryExchange(string first, string second)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return renameat2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
            }

            if (OperatingSystem.IsMacOS())
            {
                return renamex_np(first, second, RenameSwapMac) == 0;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // An older C library without renameat2: the fallback is used.
        }

        return false;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int renamex_np(string from, string to, uint flags);
}
