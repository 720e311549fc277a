namespace OcopShowcase.Tests;

/// <summary>Where the repository, its sample content, theme and fixtures are, from wherever the tests run.</summary>
public static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Content => Path.Combine(Repository, "content");

    public static string Theme => Path.Combine(Repository, "theme");

    public static string Fixture(string name) => Path.Combine(Repository, "tests", "fixtures", name);

    /// <summary>A fresh temporary folder, removed when the test process ends.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ocop-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
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
