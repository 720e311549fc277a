using System.Diagnostics;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// An output on a read-only disk and on a full one (issue #22): a catalogue error naming the path, exit 2, no stack
/// trace, nothing else touched, and on a full disk no half-written staging folder left behind. Each case mounts its
/// own file system in a private mount namespace (<see cref="PrivateMounts"/>), so nothing outside the test sees it.
/// </summary>
public class MountedOutputTests
{
    /// <summary>Runs <paramref name="script"/> in a private mount namespace with $1 = <paramref name="disk"/> and the generator command after it.</summary>
    private static GeneratorProcess.Outcome InNamespace(string workingDirectory, string script, string disk, params string[] generator)
    {
        var start = GeneratorProcess.StartInfo(workingDirectory);
        start.FileName = "sh";
        start.ArgumentList.Clear();
        foreach (var argument in (string[])["-c", script, "sh", disk, GeneratorProcess.Dll, .. generator])
        {
            start.ArgumentList.Add(argument);
        }

        PrivateMounts.Wrap(start);
        return GeneratorProcess.Run(start);
    }

    private static string[] Build(string content, string output, string today)
        => ["build", "--content", content, "--theme", TestPaths.Theme, "--output", output, "--today", today];

    [SkippableFact]
    public void A_read_only_disk_is_an_error_naming_the_path_and_the_previous_site_stays()
    {
        PrivateMounts.Require();
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var disk = Path.Combine(root, "disk");
        var output = Path.Combine(disk, "_site");
        Assert.Equal(0, GeneratorProcess.Run(root, Build(content, output, "2026-11-29")).ExitCode);
        File.WriteAllText(Path.Combine(disk, "ghi-chu.txt"), "tệp của người khác");
        var before = GeneratorProcess.Snapshot(disk);

        var outcome = InNamespace(
            root,
            "d=$1; shift; mount --bind \"$d\" \"$d\" && mount -o remount,bind,ro \"$d\" && exec dotnet \"$@\"",
            disk,
            Build(content, output, "2026-11-30"));

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("error OCOP066: ", outcome.Stdout);
        Assert.Contains(disk, outcome.Stdout);
        Assert.False(outcome.HasStackTrace, outcome.ToString());
        Assert.Equal(before, GeneratorProcess.Snapshot(disk));
    }

    [SkippableFact]
    public void A_full_disk_is_an_error_naming_the_path_and_the_partial_build_is_removed()
    {
        PrivateMounts.Require();
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var disk = Path.Combine(root, "disk");
        Directory.CreateDirectory(disk);

        // The minimal site is about 2 MB: it cannot fit in 1 MB.
        var outcome = InNamespace(
            root,
            "d=$1; shift; mount -t tmpfs -o size=1m tmpfs \"$d\" || exit 97; printf 'tệp của người khác' > \"$d/ghi-chu.txt\"; " +
            "dotnet \"$@\"; echo \"exit=$?\"; ls -A \"$d\"; echo; cat \"$d/ghi-chu.txt\"",
            disk,
            Build(content, Path.Combine(disk, "_site"), "2026-11-29"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var after = outcome.Stdout[outcome.Stdout.IndexOf("exit=", StringComparison.Ordinal)..].Split('\n');
        Assert.Equal("exit=2", after[0]);
        Assert.Contains("error OCOP065: ", outcome.Stdout);
        Assert.Contains(disk, outcome.Stdout);
        Assert.False(outcome.HasStackTrace, outcome.ToString());
        // Only the other person's file and the (empty) lock file remain: no site, no staging folder.
        Assert.Equal(["_site.lock", "ghi-chu.txt"], after.Skip(1).TakeWhile(l => l.Length > 0).Order(StringComparer.Ordinal));
        Assert.Equal("tệp của người khác", after.SkipWhile(l => l.Length > 0).Skip(1).First());
    }
}
