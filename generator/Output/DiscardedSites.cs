using System.Collections.Concurrent;

namespace OcopShowcase.Output;

/// <summary>
/// The sites a swap replaced, deleted beside the work that follows rather than in its way: a national catalogue's
/// site is over 100,000 files in as many folders, and deleting them costs about as much as an edit build itself.
/// After the swap the old site is renamed "<c>&lt;output&gt;.discarded-GUID</c>" and deleted on a background thread
/// (a GUID, not the process id: in a container every run has the same one, and a run may still be deleting the last
/// run's folder). A symbolic link in the old site is removed as a link, never followed: what it points to is not the site's.
/// A process that ends first (<c>build</c> exits as soon as the new site is in place) leaves the rest, and the next
/// build of that output resumes it in the background (<see cref="Resume"/>). The marker goes last, so a folder half
/// deleted is still recognised as a build's own; two processes deleting one folder at once each step over what the
/// other removed.
/// </summary>
public static class DiscardedSites
{
    private static readonly ConcurrentDictionary<string, Task> Deleting = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    private const string Infix = ".discarded-";

    /// <summary>Real folders only: a symbolic link (a reparse point) is never entered.</summary>
    private static readonly EnumerationOptions RealFolders = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    /// <summary>Moves the old site at <paramref name="folder"/> out of the way of <paramref name="target"/>'s next build and deletes it in the background.</summary>
    public static void Discard(string folder, string target)
    {
        var discarded = $"{target}{Infix}{Guid.NewGuid():N}";
        Directory.Move(folder, discarded);
        DeleteLater(discarded);
    }

    /// <summary>
    /// Resumes deleting what earlier builds of <paramref name="target"/> discarded and did not finish, in the
    /// background; only folders a build wrote (<paramref name="isOurs"/>).
    /// </summary>
    public static void Resume(string target, Func<string, bool> isOurs)
    {
        var parent = Path.GetDirectoryName(target)!;
        foreach (var folder in Directory.EnumerateDirectories(parent, Path.GetFileName(target) + Infix + "*").Where(isOurs))
        {
            DeleteLater(folder);
        }
    }

    /// <summary>Waits until every deletion this process started has ended (tests; a folder left is resumed later anyway).</summary>
    public static void WaitAll() => Task.WaitAll([.. Deleting.Values]);

    private static void DeleteLater(string folder)
    {
        lock (Gate)
        {
            if (!Deleting.ContainsKey(folder))
            {
                Deleting[folder] = Task.Factory.StartNew(() => Delete(folder), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                    .ContinueWith(_ => Forget(folder), TaskScheduler.Default);
            }
        }
    }

    // Under the gate, so a deletion that ends at once is forgotten only after it was recorded.
    private static void Forget(string folder)
    {
        lock (Gate)
        {
            Deleting.TryRemove(folder, out _);
        }
    }

    /// <summary>
    /// Deletes a site folder, its branches side by side, then its files and links, the marker last. A failure leaves
    /// the rest for the next build. Only real folders are listed; a recursive delete removes links inside without
    /// following them, and the links at the top are removed one by one.
    /// </summary>
    private static void Delete(string root)
    {
        try
        {
            var branches = Directory.EnumerateDirectories(root, "*", RealFolders).SelectMany(f => Directory.EnumerateDirectories(f, "*", RealFolders)).ToList();
            Parallel.ForEach(branches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, DeleteTree);
            foreach (var folder in Directory.EnumerateDirectories(root, "*", RealFolders))
            {
                DeleteTree(folder);
            }

            var marker = Path.Combine(root, OutputFolder.MarkerName);
            // What is left but the marker: files, and links to files or folders.
            foreach (var entry in Directory.EnumerateFileSystemEntries(root).Where(f => f != marker))
            {
                DeleteEntry(entry);
            }

            File.Delete(marker);
            Directory.Delete(root);
        }
        catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
        {
            // Another process deleting the same folder, or a file that cannot be removed: the next build resumes.
        }
    }

    /// <summary>Removes a file, or a link itself (a link to a folder is removed as a folder, without recursing).</summary>
    private static void DeleteEntry(string entry)
    {
        if (Directory.Exists(entry))
        {
            Directory.Delete(entry);
        }
        else
        {
            File.Delete(entry);
        }
    }

    private static void DeleteTree(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted by another process resuming the same folder.
        }
    }
}
