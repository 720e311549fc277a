using System.Diagnostics;
using System.Security.Cryptography;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Every limit, run as staff and CI run it: the generator in its own process (a stack overflow would kill it, which
/// an in-process test could not tell from a crash of the test run), after a good build. The process must end with
/// exit code 1 and a located error, print no stack trace and no raw control character, and leave the previous site
/// byte for byte as it was. The one-minute wait is a guard against a hang, not a timing assertion: a case takes about
/// a second alone, but ten seconds were once not enough for one (100,000 footnote references) while the whole suite ran
/// on two cores.
/// </summary>
public class LimitSurvivalTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(LimitCases.Names), MemberType = typeof(LimitCases))]
    public void The_process_survives_content_past_a_limit(string name)
    {
        var limit = LimitCases.Named(name);
        var fixture = new ContentFixture();
        var cache = Path.Combine(fixture.Root, ".cache");
        var first = BuildPipeline.BuildAndWrite(fixture.Options() with { CacheDirectory = cache });
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var before = Snapshot(fixture.OutputDirectory);
        limit.Apply(fixture);

        var (exitCode, output) = RunGenerator(fixture, cache);

        Assert.Equal(1, exitCode);
        Assert.Contains($"content/{limit.File}:", output, StringComparison.Ordinal);
        Assert.Contains($"error {limit.Code}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => c == '\u001B' || (char.IsControl(c) && c is not '\n' and not '\r'));
        Assert.Equal(before, Snapshot(fixture.OutputDirectory));
    }

    private static (int ExitCode, string Output) RunGenerator(ContentFixture fixture, string cache)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "ocop.dll");
        var start = new ProcessStartInfo("dotnet", [generator, "build", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--output", fixture.OutputDirectory, "--today", "2026-11-29"])
        {
            WorkingDirectory = fixture.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OCOP_CACHE_DIR"] = cache;
        start.Environment["OCOP_NATIVE"] = GeneratorProcess.JitOnly;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Guard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the build was still running after {Guard.TotalSeconds} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static Dictionary<string, string> Snapshot(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
