using System.Diagnostics;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using OcopShowcase.Cli;
using OcopShowcase.Tests.Hostile;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// The generator's native image, made as the README and the workflows make it (<c>dotnet publish generator
/// -p:OcopNative=true</c>), compiled once per run of these tests when the image of this code is not there yet.
/// </summary>
public sealed class NativeImageFixture
{
    public string? Image { get; }

    public string? Failure { get; }

    public NativeImageFixture()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
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
        TestTools.Require(TestTools.OnPath("clang") is not null || TestTools.OnPath("gcc") is not null, "A C compiler and linker (clang or gcc), which Native AOT links with,", "clang");
        Assert.True(fixture.Failure is null, fixture.Failure);
        return fixture.Image!;
    }

    /// <summary>Runs the image itself.</summary>
    private static GeneratorProcess.Outcome InImage(string image, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(image, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["OCOP_CACHE_DIR"] = Path.Combine(workingDirectory, ".cache");
        return GeneratorProcess.Run(start);
    }

    /// <summary>Runs <c>dotnet ocop.dll</c> compiled at run time (no image).</summary>
    private static GeneratorProcess.Outcome Jitted(string workingDirectory, params string[] args)
    {
        var start = GeneratorProcess.StartInfo(workingDirectory, args);
        start.Environment["OCOP_NATIVE"] = "0";
        return GeneratorProcess.Run(start);
    }

    /// <summary>What a command run in <paramref name="folder"/> printed, without the time it took or the folder's name.</summary>
    private static string Printed(GeneratorProcess.Outcome outcome, string folder) => Elapsed().Replace(outcome.All, "(… ms)").Replace(folder, "<folder>", StringComparison.Ordinal);

    [GeneratedRegex(@"\(\d+ ms\)")]
    private static partial Regex Elapsed();

    [SkippableFact]
    public void The_image_builds_the_sample_site_byte_for_byte_as_the_jit_compiled_generator_does()
    {
        var image = Image();
        var native = TestPaths.TempDirectory();
        var jitted = TestPaths.TempDirectory();
        string[] Build(string folder) => ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", Path.Combine(folder, "site"), "--today", Today];

        var fromImage = InImage(image, native, Build(native));
        var fromJit = Jitted(jitted, Build(jitted));

        Assert.True(fromImage.ExitCode == 0, fromImage.ToString());
        Assert.True(fromJit.ExitCode == 0, fromJit.ToString());
        Assert.Equal(Printed(fromJit, jitted), Printed(fromImage, native));
        Assert.Equal(GeneratorProcess.Snapshot(Path.Combine(jitted, "site")), GeneratorProcess.Snapshot(Path.Combine(native, "site")));

        // Again, from the caches the image wrote (documents, search tokens, pages): it reads them back, and the site
        // is the same.
        var again = InImage(image, native, Build(native));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(GeneratorProcess.Snapshot(Path.Combine(jitted, "site")), GeneratorProcess.Snapshot(Path.Combine(native, "site")));
    }

    [SkippableFact]
    public void Dotnet_ocop_dll_becomes_the_image_of_its_code_unless_told_not_to()
    {
        Image();
        var folder = TestPaths.TempDirectory();
        string[] build = ["build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", Path.Combine(folder, "site"), "--today", Today, "--timings"];

        var process = Process.Start(GeneratorProcess.StartInfo(folder, build))!;
        var pid = process.Id;
        var launched = GeneratorProcess.Collect(process);
        var jitted = Jitted(folder, build);

        Assert.True(launched.ExitCode == 0, launched.ToString());
        Assert.Matches(@"JIT +0 ms compiling 0 methods", launched.Stdout);
        // The runtime that became the image left none of its files (diagnostics socket, debugger pipes) behind.
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $"*-{pid}-*"));
        Assert.Matches(@"JIT +\d+ ms compiling [1-9]\d* methods", jitted.Stdout);

        // The exit code is the image's: content errors are 1, a usage error 2.
        Assert.Equal(1, GeneratorProcess.Run(folder, "check", "--content", Path.Combine(TestPaths.Fixture("mistakes"), "colon-missing-after-key", "content"), "--theme", TestPaths.Theme).ExitCode);
        Assert.Equal(2, GeneratorProcess.Run(folder, "build", "--no-such-option").ExitCode);
    }

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
            CopyFolder(TestPaths.Content, Path.Combine(folder, "content"));
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
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? home = null;
            for (var attempt = 0; attempt < 120 && home is null && !serve.HasExited; attempt++)
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

            Assert.True(home is not null, serve.HasExited ? $"serve exited with {serve.ExitCode}: {serve.StandardError.ReadToEnd()}" : "serve did not answer within 30 s");
            Assert.Contains("<html lang=\"vi\"", home, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
