using System.Diagnostics;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using OcopShowcase.Cli;
using OcopShowcase.Tests.Hostile;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// The generator's native image, made as the README says (<c>dotnet publish generator
/// -p:OcopNative=true</c>), compiled once per run of these tests when the image of this code is not there yet.
/// </summary>
public sealed class NativeImageFixture
{
    public string? Image { get; }

    public string? Failure { get; }

    public static bool HasLinker => TestTools.OnPath("clang") is not null || TestTools.OnPath("gcc") is not null;

    public NativeImageFixture()
    {
        // Without a C compiler and linker the tests skip (or fail in CI) before asking for the image: nothing is compiled.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64 || !HasLinker)
        {
            return;
        }

        if (!File.Exists(NativeImage.PathOfImage))
        {
            var start = new ProcessStartInfo("dotnet", ["publish", "generator", "-p:OcopNative=true", "-nologo"])
            {
                WorkingDirectory = TestPaths.Repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var outcome = GeneratorProcess.Collect(Process.Start(start)!);
            if (outcome.ExitCode != 0)
            {
                Failure = $"dotnet publish generator -p:OcopNative=true failed:\n{outcome}";
                return;
            }
        }

        Image = NativeImage.PathOfImage;
    }
}

/// <summary>
/// What the native image does is what the generator does: each command, run in the image, writes the same files and
/// prints the same lines as the JIT-compiled generator, and <c>dotnet ocop.dll</c> (what <c>dotnet run</c> starts)
/// becomes the image of its own code.
/// </summary>
public sealed partial class NativeImageTests(NativeImageFixture fixture) : IClassFixture<NativeImageFixture>
{
    private const string Today = "2026-11-30";

    private string Image()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "The native image is made for linux-x64 only.");
        TestTools.Require(NativeImageFixture.HasLinker, "A C compiler and linker (clang or gcc), which Native AOT links with,", "clang");
        Assert.True(fixture.Failure is null, fixture.Failure);
        return fixture.Image!;
    }

    /// <summary>Runs the image itself.</summary>
    private static GeneratorProcess.Outcome InImage(string image, string workingDirectory, params string[] args) => InImage(image, workingDirectory, hugePages: true, args);

    /// <summary>Runs the image itself, with or without <c>OCOP_HUGE_PAGES=0</c>.</summary>
    private static GeneratorProcess.Outcome InImage(string image, string workingDirectory, bool hugePages, params string[] args)
    {
        var start = new ProcessStartInfo(image, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["OCOP_CACHE_DIR"] = Path.Combine(workingDirectory, ".cache");
        if (hugePages)
        {
            start.Environment.Remove("OCOP_HUGE_PAGES");
        }
        else
        {
            start.Environment["OCOP_HUGE_PAGES"] = "0";
        }

        return GeneratorProcess.Run(start);
    }

    /// <summary>Runs <c>dotnet ocop.dll</c> compiled at run time (no image), with the caches in <paramref name="cache"/>.</summary>
    private static GeneratorProcess.Outcome Jitted(string workingDirectory, string[] args, string? cache = null)
    {
        var start = GeneratorProcess.StartInfo(workingDirectory, args);
        start.Environment["OCOP_NATIVE"] = GeneratorProcess.JitOnly;
        if (cache is not null)
        {
            start.Environment["OCOP_CACHE_DIR"] = cache;
        }

        return GeneratorProcess.Run(start);
    }

    /// <summary>Runs <c>dotnet ocop.dll</c> as <c>dotnet run</c> does: it becomes the image.</summary>
    private static (GeneratorProcess.Outcome Outcome, int Pid) Launched(string workingDirectory, params string[] args)
    {
        var start = GeneratorProcess.StartInfo(workingDirectory, args);
        start.Environment.Remove("OCOP_NATIVE");
        var process = Process.Start(start)!;
        var pid = process.Id;
        return (GeneratorProcess.Collect(process), pid);
    }

    /// <summary>What a command run in <paramref name="folder"/> printed, without the time it took or the folder's name.</summary>
    private static string Printed(GeneratorProcess.Outcome outcome, string folder) => Elapsed().Replace(outcome.All, "(… ms)").Replace(folder, "<folder>", StringComparison.Ordinal);

    [GeneratedRegex(@"\(\d+ ms\)")]
    private static partial Regex Elapsed();

    [SkippableFact]
    public void The_image_builds_the_sample_site_byte_for_byte_as_the_jit_compiled_generator_does_and_each_reuses_the_others_caches()
    {
        var image = Image();
        var native = TestPaths.TempDirectory();
        var jitted = TestPaths.TempDirectory();
        string[] Build(string folder, string site, params string[] more) => ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", Path.Combine(folder, site), "--today", Today, .. more];

        // Each from empty caches: every document parsed, every photo, card and poster drawn, every cache written.
        var fromImage = InImage(image, native, Build(native, "site"));
        var fromJit = Jitted(jitted, Build(jitted, "site"));
        Assert.True(fromImage.ExitCode == 0, fromImage.ToString());
        Assert.True(fromJit.ExitCode == 0, fromJit.ToString());
        Assert.Equal(Printed(fromJit, jitted), Printed(fromImage, native));
        var expected = GeneratorProcess.Snapshot(Path.Combine(jitted, "site"));
        Assert.Equal(expected, GeneratorProcess.Snapshot(Path.Combine(native, "site")));

        // Into new folders, from the caches the other one wrote: the image reads the JIT build's document and search
        // memos, the JIT build the image's; the sites are the same again.
        var imageFromJitCaches = InImage(image, jitted, Build(jitted, "site-by-image", "--timings"));
        var jitFromImageCaches = Jitted(native, Build(native, "site-by-jit", "--timings"), Path.Combine(native, ".cache"));
        foreach (var outcome in new[] { imageFromJitCaches, jitFromImageCaches })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.Matches(@"documents +0 read, [1-9]\d* taken from the memo", outcome.Stdout);
            Assert.Matches(@"search bodies +0 read, [1-9]\d* taken from the memo", outcome.Stdout);
        }

        Assert.Matches(@"JIT +0 ms compiling 0 methods", imageFromJitCaches.Stdout);
        Assert.Equal(expected, GeneratorProcess.Snapshot(Path.Combine(jitted, "site-by-image")));
        Assert.Equal(expected, GeneratorProcess.Snapshot(Path.Combine(native, "site-by-jit")));
    }

    /// <summary>
    /// The image opens its heap's reservation to huge pages (Cli/HugePages.cs) wherever Linux gives them to memory
    /// that asks (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> not <c>[never]</c>) and does not count every
    /// writable page against a strict limit (<c>vm.overcommit_memory</c> 0 or 1); the site is the same either way.
    /// </summary>
    [SkippableFact]
    public void The_image_opens_its_heap_to_huge_pages_where_linux_offers_them_and_builds_the_same_site()
    {
        var image = Image();
        var folder = TestPaths.TempDirectory();
        string[] Build(string site) => ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", Path.Combine(folder, site), "--today", Today, "--timings"];

        var marked = InImage(image, folder, hugePages: true, Build("marked"));
        var unmarked = InImage(image, folder, hugePages: false, Build("unmarked"));

        Assert.True(marked.ExitCode == 0, marked.ToString());
        Assert.True(unmarked.ExitCode == 0, unmarked.ToString());
        var offered = !File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal)
            && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() is "0" or "1";
        var line = MarkedLine().Match(marked.Stdout);
        Assert.True(line.Success, marked.Stdout);
        // Up to half the machine's memory: far more than the sample's heap, and never nothing where it is offered.
        var mebibytes = long.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(offered ? mebibytes >= 256 && mebibytes <= GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 21 : mebibytes == 0, line.Value);
        Assert.Matches(@"huge pages +\d+ MiB in use; 0 MiB of the heap's reservation marked at start", unmarked.Stdout);
        Assert.Equal(GeneratorProcess.Snapshot(Path.Combine(folder, "unmarked")), GeneratorProcess.Snapshot(Path.Combine(folder, "marked")));
    }

    [GeneratedRegex(@"huge pages +\d+ MiB in use; (\d+) MiB of the heap's reservation marked at start")]
    private static partial Regex MarkedLine();

    [SkippableFact]
    public void Dotnet_ocop_dll_becomes_the_image_of_its_code_unless_told_not_to()
    {
        Image();
        var folder = TestPaths.TempDirectory();
        string[] build = ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", Path.Combine(folder, "site"), "--today", Today, "--timings"];

        var (launched, pid) = Launched(folder, build);
        var jitted = Jitted(TestPaths.TempDirectory(), build);

        Assert.True(launched.ExitCode == 0, launched.ToString());
        Assert.Matches(@"JIT +0 ms compiling 0 methods", launched.Stdout);
        // The runtime that became the image left none of its files (diagnostics socket, debugger pipes) behind.
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $"*-{pid}-*"));
        Assert.Matches(@"JIT +\d+ ms compiling [1-9]\d* methods", jitted.Stdout);

        // The exit code is the image's: content errors are 1, a usage error 2.
        Assert.Equal(1, Launched(folder, "check", "--content", Path.Combine(TestPaths.Fixture("mistakes"), "colon-missing-after-key", "content"), "--theme", TestPaths.Theme).Outcome.ExitCode);
        Assert.Equal(2, Launched(folder, "build", "--no-such-option").Outcome.ExitCode);
    }

    /// <summary>
    /// <c>dotnet ocop.dll build</c> into a folder that holds a site starts the image without DATAS and with the largest
    /// large-object threshold (Cli/CollectorSettings.cs), as its collector reports them: the runtime reads those
    /// variables, in the image too. The rest of the environment reaches the image as well (the cache folder named by
    /// <c>OCOP_CACHE_DIR</c> is the one used). Into a new folder, the project's settings stay.
    /// </summary>
    [SkippableFact]
    public void A_build_into_a_folder_that_holds_a_site_starts_the_image_without_DATAS_and_builds_the_same_site()
    {
        Image();
        var folder = TestPaths.TempDirectory();
        var site = Path.Combine(folder, "site");
        string[] build = ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", site, "--today", Today, "--timings"];
        GeneratorProcess.Outcome Launch(string cache)
        {
            var start = GeneratorProcess.StartInfo(folder, build);
            start.Environment.Remove("OCOP_NATIVE");
            start.Environment["OCOP_CACHE_DIR"] = cache;
            // The collector's settings of the machine running the tests would be the image's.
            foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            return GeneratorProcess.Collect(Process.Start(start)!);
        }

        var first = Launch(Path.Combine(folder, "cache-first"));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"collector +server, heaps: \d+, DATAS on; objects from 85000 bytes are large", first.Stdout);
        var built = GeneratorProcess.Snapshot(site);

        var second = Launch(Path.Combine(folder, "cache-second"));
        Assert.True(second.ExitCode == 0, second.ToString());
        var threshold = LargeFrom().Match(second.Stdout);
        Assert.True(threshold.Success, second.Stdout);
        Assert.True(long.Parse(threshold.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4_000_000, threshold.Value);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(folder, "cache-second"), "*.memo", SearchOption.AllDirectories));
        Assert.Equal(built, GeneratorProcess.Snapshot(site));
    }

    [GeneratedRegex(@"collector +server, heaps: \d+, DATAS off; objects from (\d+) bytes are large")]
    private static partial Regex LargeFrom();

    [SkippableFact]
    public void Check_new_and_docs_do_in_the_image_what_they_do_compiled_at_run_time()
    {
        var image = Image();
        var native = TestPaths.TempDirectory();
        var jitted = TestPaths.TempDirectory();

        string[] check = ["check", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--today", Today];
        Assert.Equal(Printed(Jitted(jitted, check), jitted), Printed(InImage(image, native, check), native));

        foreach (var folder in new[] { native, jitted })
        {
            TestPaths.CopyDirectory(TestPaths.Content, Path.Combine(folder, "content"));
            File.Copy(Path.Combine(TestPaths.Repository, "docs", "HUONG-DAN-BIEN-TAP.md"), Path.Combine(folder, "guide.md"));
        }

        string[] scaffold = ["new", "product", "Mật ong hoa rừng thử", "--producer", "htx-nong-nghiep-cam-tan", "--content", "content", "--theme", TestPaths.Theme, "--today", Today];
        var madeInImage = InImage(image, native, scaffold);
        var madeJitted = Jitted(jitted, scaffold);
        Assert.True(madeInImage.ExitCode == 0, madeInImage.ToString());
        Assert.Equal(Printed(madeJitted, jitted), Printed(madeInImage, native));

        string[] docs = ["docs", "--guide", "guide.md"];
        Assert.Equal(Printed(Jitted(jitted, docs), jitted), Printed(InImage(image, native, docs), native));

        Directory.Delete(Path.Combine(native, ".cache"), recursive: true);
        Directory.Delete(Path.Combine(jitted, ".cache"), recursive: true);
        Assert.Equal(GeneratorProcess.Snapshot(jitted), GeneratorProcess.Snapshot(native));
    }

    [SkippableFact]
    public async Task Serve_in_the_image_serves_the_pages_it_built()
    {
        var image = Image();
        var folder = TestPaths.TempDirectory();
        var port = OcopShowcase.Tests.Browser.Chromium.FreePort();
        var start = new ProcessStartInfo(image, ["serve", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", Today])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OCOP_CACHE_DIR"] = Path.Combine(folder, ".cache");
        using var serve = Process.Start(start)!;
        try
        {
            // The first answer can wait for the first build (share cards and posters painted into an empty cache),
            // which on a busy two-core runner takes more than a few seconds: 30 s was once too few beside other builds.
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            string? home = null;
            for (var attempt = 0; attempt < 480 && home is null && !serve.HasExited; attempt++)
            {
                try
                {
                    home = await client.GetStringAsync($"http://127.0.0.1:{port}/");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.True(home is not null, serve.HasExited ? $"serve exited with {serve.ExitCode}: {serve.StandardError.ReadToEnd()}" : "serve did not answer");
            Assert.Contains("<html lang=\"vi\"", home, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }
}
