using System.Collections.Concurrent;

namespace OcopShowcase.Output;

/// <summary>
/// The sites a swap replaced, deleted beside the work that follows rather than in its way: a national catalogue's
/// site is over 100,000 files in as many folders, and deleting them costs about as much as an edit build itself.
/// After the swap the old site is renamed "<c>&lt;output&gt;.discarded-PID-N</c>" and deleted on a background thread.
/// A process that ends first (<c>build</c> exits as soon as the new site is in place) leaves the rest, and the next
/// build of that output resumes it in the background (<see cref="Resume"/>). The marker goes last, so a folder half
/// deleted is still recognised as a build's own; two processes deleting one folder at once each step over what the
/// other removed.
/// </summary>
public static class DiscardedSites
{
    private static readonly ConcurrentDictionary<string, Task> Deleting = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static int _count;

    private const string Infix = ".discarded-";

    /// <summary>Moves the old site at <paramref name="folder"/> out of the way of <paramref name="target"/>'s next build and deletes it in the background.</summary>
    public static void Discard(string folder, string target)
    {
        var discarded = $"{target}{Infix}{Environment.ProcessId}-{Interlocked.Increment(ref _count)}";
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

    /// <summary>Deletes a site folder, its branches side by side, the marker last. A failure leaves the rest for the next build.</summary>
    private static void Delete(string root)
    {
        try
        {
            var branches = Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories).ToList();
            Parallel.ForEach(branches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, DeleteTree);
            foreach (var folder in Directory.EnumerateDirectories(root))
            {
                DeleteTree(folder);
            }

            var marker = Path.Combine(root, OutputFolder.MarkerName);
            foreach (var file in Directory.EnumerateFiles(root).Where(f => f != marker))
            {
                File.Delete(file);
            }

            File.Delete(marker);
            Directory.Delete(root);
        }
        catch (Exception ex) when (FileSystemFailure.IsFileSystem(ex))
        {
            // Another process deleting the same folder, or a file that cannot be removed: the next build resumes.
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
