using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// <c>serve</c> survives any content (issue #22): a save that makes the build fail, by throwing or with errors, keeps
/// the last good site answering and shows the error on the page; a busy port is a clear usage error.
/// </summary>
public class ServeSurvivesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private const string HostileNews = "---\ntitle: \"Tin\\vmới\"\ndate: 2026-11-01\nsummary: \"Tóm tắt.\"\n---\n\nNội dung.\n";

    [Fact]
    public async Task A_save_that_breaks_the_build_keeps_the_last_good_site_served_with_the_error_shown()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var port = Browser.Chromium.FreePort();
        var start = GeneratorProcess.StartInfo(root, "serve", "--content", content, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-29");
        using var serve = Process.Start(start)!;
        Task<string>? console = null;
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            await ReadUntil(serve.StandardOutput, "Xem trước tại", timeout.Token);
            // Drained from now on, so that a chatty rebuild never blocks on a full pipe.
            console = serve.StandardOutput.ReadToEndAsync(CancellationToken.None);
            _ = serve.StandardError.ReadToEndAsync(CancellationToken.None);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var good = await http.GetStringAsync("san-pham/che-lam/", timeout.Token);
            Assert.Contains("Chè lam", good);
            Assert.DoesNotContain(PreviewOverlay.ElementId, good);

            using var events = new StreamReader(await http.GetStreamAsync(PreviewServer.EventsPath, timeout.Token));
            await ReadUntil(events, ": connected", timeout.Token);

            // A news title with U+000B: the feed writer threw on it (issue #22); whether the build throws or reports it,
            // the editor sees an error and the last good site.
            Directory.CreateDirectory(Path.Combine(content, "tin-tuc"));
            File.WriteAllText(Path.Combine(content, "tin-tuc", "tin-moi.md"), HostileNews);
            await ReadUntil(events, "event: reload", timeout.Token);

            var page = await http.GetAsync("san-pham/che-lam/", timeout.Token);
            var html = await page.Content.ReadAsStringAsync(timeout.Token);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Chè lam", html);
            Assert.Contains($"id=\"{PreviewOverlay.ElementId}\"", html);
            Assert.Matches("class=\"code\">OCOP\\d{3}<", html);
            Assert.False(serve.HasExited, "serve exited after a save that broke the build");

            // Fixing the content removes the box.
            File.Delete(Path.Combine(content, "tin-tuc", "tin-moi.md"));
            while (true)
            {
                await ReadUntil(events, "event: reload", timeout.Token);
                if (!(await http.GetStringAsync("san-pham/che-lam/", timeout.Token)).Contains(PreviewOverlay.ElementId, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }

        var printed = await console;
        Assert.Matches("error OCOP\\d{3}", printed);
        Assert.DoesNotContain("   at ", printed);
    }

    [Fact]
    public void A_second_serve_on_a_busy_port_says_so_and_exits_two()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);

        var outcome = GeneratorProcess.Run(root, "serve", "--content", content, "--theme", TestPaths.Theme, "--port", port);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.False(outcome.HasStackTrace, outcome.ToString());
        var vietnamese = outcome.Stdout.IndexOf($"error OCOP070: Cổng {port} đang được", StringComparison.Ordinal);
        var english = outcome.Stdout.IndexOf($"Port {port} is in use", StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && english > vietnamese, outcome.ToString());
        Assert.Contains("--port ", outcome.Stdout);
    }

    [Fact]
    public async Task The_error_box_is_escaped_and_shown_over_the_last_good_pages()
    {
        var port = Browser.Chromium.FreePort();
        using var server = new PreviewServer(port, "/", liveReload: false);
        server.Publish([OutputFile.FromText("index.html", "<html><body><p>bản tốt</p></body></html>")]);
        server.Start();
        server.ShowErrors([new PreviewError { File = "content/<img src=x onerror=alert(1)>.md", Line = 1, Column = 1, Code = "OCOP010", Message = "Không có trường \"<script>alert(1)</script>\"." }]);

        using var http = new HttpClient();
        var html = await http.GetStringAsync($"http://127.0.0.1:{port}/");

        Assert.Contains("<p>bản tốt</p>", html);
        Assert.Contains($"id=\"{PreviewOverlay.ElementId}\"", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("content/&lt;img src=x onerror=alert(1)&gt;.md", html);
        Assert.DoesNotContain("<img src=x", html);

        server.Publish([OutputFile.FromText("index.html", "<html><body><p>bản mới</p></body></html>")]);
        Assert.DoesNotContain(PreviewOverlay.ElementId, await http.GetStringAsync($"http://127.0.0.1:{port}/"));
    }

    [Fact]
    public async Task Before_any_good_build_the_server_answers_with_the_errors()
    {
        var port = Browser.Chromium.FreePort();
        using var server = new PreviewServer(port, "/", liveReload: false);
        server.Start();
        server.ShowErrors([new PreviewError { File = null, Line = 0, Column = 0, Code = "OCOP071", Message = "lỗi" }]);

        using var http = new HttpClient();
        var response = await http.GetAsync($"http://127.0.0.1:{port}/san-pham/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"code\">OCOP071</span>", body);
        Assert.Contains("<span class=\"message\">lỗi</span>", body);
    }

    private static async Task ReadUntil(StreamReader reader, string text, CancellationToken cancellation)
    {
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"The stream ended before \"{text}\".");
    }
}
