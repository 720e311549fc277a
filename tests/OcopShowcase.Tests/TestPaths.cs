namespace OcopShowcase.Tests;

/// <summary>Where the repository, its sample content, theme and fixtures are, from wherever the tests run.</summary>
public static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Content => Path.Combine(Repository, "content");

    public static string Theme => Path.Combine(Repository, "theme");

    public static string Fixture(string name) => Path.Combine(Repository, "tests", "fixtures", name);

    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "ocop-tests");

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Made = Tidy();

    /// <summary>A fresh temporary folder, removed when the test process ends.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(TempRoot, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        Made.Add(path);
        return path;
    }

    /// <summary>
    /// Removes the folders of this test process when it exits, as far as it gets before the test host is stopped, and,
    /// in the background, those of test processes that are no longer running (each folder is named after its process)
    /// and unnamed ones over a day old. A run of the suite writes gigabytes: left alone, they filled the disk of a
    /// machine that ran it a few dozen times.
    /// </summary>
    private static System.Collections.Concurrent.ConcurrentBag<string> Tidy()
    {
        var made = new System.Collections.Concurrent.ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var path in made)
            {
                TryDelete(path);
            }
        };
        if (Directory.Exists(TempRoot))
        {
            var stale = new DirectoryInfo(TempRoot).EnumerateDirectories().Where(IsLeftOver).Select(d => d.FullName).ToList();
            Task.Run(() => stale.ForEach(TryDelete));
        }

        return made;
    }

    private static bool IsLeftOver(DirectoryInfo folder)
    {
        var dash = folder.Name.IndexOf('-');
        return dash > 0 && int.TryParse(folder.Name[..dash], out var process)
            ? process != Environment.ProcessId && !Directory.Exists($"/proc/{process}") && OperatingSystem.IsLinux()
            : folder.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1);
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A test that made a folder unreadable on purpose; a later run removes it once it is a day old.
        }
    }

    public static void CopyDirectory(string from, string to, bool overwrite = false)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite);
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OcopShowcase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OcopShowcase.sln not found above " + AppContext.BaseDirectory);
    }
}
