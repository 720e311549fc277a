using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Hostile;

public class KillAndServeTests
{
    /// <summary>
    /// Builds the sample site once, then starts a second build in a separate process with an empty photo cache (so it
    /// spends seconds encoding), kills it midway, and checks the first site is byte for byte as it was.
    /// </summary>
    [Fact]
    public void Killing_a_build_midway_leaves_the_previous_site_intact()
    {
        var root = TestPaths.TempDirectory();
        var output = Path.Combine(root, "_site");
        var first = BuildPipeline.BuildAndWrite(new BuildOptions(TestPaths.Content, TestPaths.Theme, output, null, new DateOnly(2026, 11, 29)));
        Assert.True(first.Succeeded);
        var before = Snapshot(output);

        var generator = Path.Combine(AppContext.BaseDirectory, "ocop.dll");
        var start = new ProcessStartInfo("dotnet", [generator, "build", "--content", TestPaths.Content, "--theme", TestPaths.Theme, "--output", output, "--today", "2026-11-30"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OCOP_CACHE_DIR"] = Path.Combine(root, "empty-cache");
        start.Environment["OCOP_NATIVE"] = GeneratorProcess.JitOnly;
        using var build = Process.Start(start)!;

        // Kill once the new build is really writing: its staging folder exists (bounded wait, not a timing assertion).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateDirectories(root).Any(d => Path.GetFileName(d).StartsWith("_site.new-", StringComparison.Ordinal)) && !build.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        if (!build.HasExited)
        {
            build.Kill(entireProcessTree: true);
        }

        build.WaitForExit();
        Assert.Equal(before, Snapshot(output));
    }

    [Theory]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/san-pham/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/%00")]
    public async Task The_preview_server_never_serves_a_file_outside_the_site(string path)
    {
        var port = Browser.Chromium.FreePort();
        using var server = new PreviewServer(port, "/", liveReload: false);
        server.Publish([OutputFile.FromText("index.html", "<p>trang chủ</p>"), OutputFile.FromText("404.html", "<p>không có</p>")]);
        server.Start();

        // A raw request line, so no client normalises the path before it reaches the server.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream).ReadToEndAsync();
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.Matches(@"^HTTP/1\.1 (400|404|302)", response);
    }

    [Fact]
    public void The_preview_server_listens_on_loopback_only()
        => Assert.Equal("127.0.0.1", new PreviewServer(Browser.Chromium.FreePort(), "/").Address.Host);

    private static Dictionary<string, string> Snapshot(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
