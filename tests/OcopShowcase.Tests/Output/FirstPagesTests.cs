using System.Text;
using OcopShowcase.Content;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// <c>serve</c> makes the pages open in a browser first and serves them before the rest of a rebuild
/// (<see cref="FirstPages"/>, <see cref="PreviewServer.PublishFirst"/>): the page open is the page the rebuild makes,
/// byte for byte, it reloads once, and a page open elsewhere waits for the whole site.
/// </summary>
public class FirstPagesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void A_rebuild_hands_over_the_open_pages_first_as_it_makes_them_in_their_turn()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, Today, Path.Combine(root, ".cache"));
        var previous = PreviousPages.InMemory();
        var documents = new DocumentMemo();
        Assert.True(BuildPipeline.Run(options, previous: previous, documents: documents).Succeeded);

        var product = Path.Combine(content, "san-pham", "nem-chua-cam-tan", "index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("name: Nem chua Cẩm Tân", "name: Nem chua Cẩm Tân đặc biệt", StringComparison.Ordinal));
        var open = new HashSet<string>(StringComparer.Ordinal) { "san-pham/nem-chua-cam-tan/index.html", "en/san-pham/nem-chua-cam-tan/index.html", "khong-co/index.html" };
        var handed = new List<(IReadOnlyList<OutputFile> Pages, IReadOnlyList<OutputFile> Files)>();
        var rebuilt = BuildPipeline.Run(options, previous: previous, documents: documents, first: new FirstPages(open, (pages, files) => handed.Add((pages, files))));

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        var (pages, files) = Assert.Single(handed);
        // With them, every file but the pages, as this rebuild made them: the page's stylesheet, photos, share card.
        var pagePaths = rebuilt.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(files, f => f.Path.StartsWith("assets/", StringComparison.Ordinal) && f.Path.EndsWith(".css", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => pagePaths.Contains(f.Path));
        Assert.Equal(["en/san-pham/nem-chua-cam-tan/index.html", "san-pham/nem-chua-cam-tan/index.html"], pages.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains("Nem chua Cẩm Tân đặc biệt", Encoding.UTF8.GetString(pages.Single(p => p.Path == "san-pham/nem-chua-cam-tan/index.html").ReadBytes()), StringComparison.Ordinal);
        foreach (var page in pages)
        {
            Assert.Equal(rebuilt.Files.Single(f => f.Path == page.Path).ReadBytes(), page.ReadBytes());
        }
    }

    [Fact]
    public void A_page_with_a_broken_link_is_not_handed_over_first_and_the_build_reports_it_once()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, Today, Path.Combine(root, ".cache"));
        var product = Path.Combine(content, "san-pham", "nem-chua-cam-tan", "index.md");
        File.AppendAllText(product, "\n\nXem [trang không có](/khong-co/).\n");
        var handed = new List<IReadOnlyList<OutputFile>>();

        var result = BuildPipeline.Run(options, first: new FirstPages(new HashSet<string>(StringComparer.Ordinal) { "san-pham/nem-chua-cam-tan/index.html" }, (pages, _) => handed.Add(pages)));

        Assert.False(result.Succeeded);
        Assert.Empty(handed);
        Assert.Single(result.Diagnostics, d => d.IsError && d.ToString().Contains("/khong-co/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_open_page_reloads_when_it_is_served_first_and_not_again_when_the_site_follows_with_the_same_text()
    {
        using var preview = new Preview([Page("a/index.html", "một"), Page("b/index.html", "hai")]);
        var (server, http) = preview;
        await using var onA = await Events.Open(http, "/a/");
        await using var onB = await Events.Open(http, "/b/");
        await using var unnamed = await Events.Subscribe(http, await http.GetStringAsync("a/"), null);
        await Until(() => server.OpenPages().Count == 2);
        Assert.Equal(["a/index.html", "b/index.html"], server.OpenPages().Order(StringComparer.Ordinal));

        server.PublishFirst([Page("a/index.html", "một mới")], [OutputFile.FromText("assets/site.new.css", "p{}")]);
        Assert.Equal("reload", await onA.Next());
        // The tab reloads: the page it loads now, its stylesheet, and its new subscription.
        Assert.Contains("một mới", await http.GetStringAsync("a/"), StringComparison.Ordinal);
        Assert.Equal("p{}", await http.GetStringAsync("assets/site.new.css"));
        await using var reloadedA = await Events.Open(http, "/a/");
        Assert.Contains("hai", await http.GetStringAsync("b/"), StringComparison.Ordinal);
        // An event every open page gets (files made later): the next event of the others is that one, not a reload.
        server.Update([], []);
        await NextIs("files", reloadedA, onB, unnamed);

        // The whole site: a's text is what it already shows, b's changed, and a page that did not say which it is reloads.
        server.Publish([Page("a/index.html", "một mới"), Page("b/index.html", "hai mới")]);
        await NextIs("reload", onB, unnamed);
        server.Update([], []);
        await NextIs("files", reloadedA, onB, unnamed);

        // The next rebuild with nothing served first: every page reloads.
        server.Publish([Page("a/index.html", "một mới"), Page("b/index.html", "hai mới")]);
        await NextIs("reload", reloadedA, onB, unnamed);
    }

    /// <summary>
    /// The rebuild after a save with errors had none when it made the open page: the page comes without the last
    /// build's error box (else it would keep it, reloading while the rest of the site is served).
    /// </summary>
    [Fact]
    public async Task A_page_served_first_after_a_failed_build_comes_without_the_error_box()
    {
        using var preview = new Preview([Page("a/index.html", "một"), Page("b/index.html", "hai")], TimeSpan.FromSeconds(30));
        var (server, http) = preview;
        server.ShowErrors([new PreviewError { File = "content/san-pham/a/index.md", Line = 2, Column = 7, Code = "OCOP008", Message = "Dấu nháy" }]);
        Assert.Contains(PreviewOverlay.ElementId, await http.GetStringAsync("a/"), StringComparison.Ordinal);

        server.PublishFirst([Page("a/index.html", "một đã sửa")], [OutputFile.FromText("assets/site.new.css", "p{}")]);

        var page = await http.GetStringAsync("a/");
        Assert.Contains("một đã sửa", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PreviewOverlay.ElementId, page, StringComparison.Ordinal);

        // The rest of that rebuild fails: the last good build is served again, with the new errors.
        server.ShowErrors([new PreviewError { File = "content/san-pham/b/index.md", Line = 3, Column = 1, Code = "OCOP008", Message = "Dấu nháy" }]);
        page = await http.GetStringAsync("a/");
        Assert.Contains("một", page, StringComparison.Ordinal);
        Assert.DoesNotContain("một đã sửa", page, StringComparison.Ordinal);
        Assert.Contains(PreviewOverlay.ElementId, page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("assets/site.new.css")).StatusCode);
    }

    /// <summary>
    /// A page served first often subscribes only after the rest of its rebuild was served (a small site rebuilds in
    /// less time than a browser takes to reload): it is current, and not reloaded again, unless the rest changed it.
    /// </summary>
    [Fact]
    public async Task A_page_served_first_that_subscribes_after_the_rest_is_not_reloaded_again_unless_it_changed()
    {
        using var preview = new Preview([Page("a/index.html", "một"), Page("b/index.html", "hai")]);
        var (server, http) = preview;
        await using var tab = await Events.Open(http, "/a/");

        server.PublishFirst([Page("a/index.html", "một mới")], []);
        Assert.Equal("reload", await tab.Next());
        var reloaded = await http.GetStringAsync("a/");
        server.Publish([Page("a/index.html", "một mới"), Page("b/index.html", "hai")]);
        await using var late = await Events.Subscribe(http, reloaded, "/a/");
        server.Update([], []);
        Assert.Equal("files", await late.Next());

        server.PublishFirst([Page("a/index.html", "một mới hơn")], []);
        reloaded = await http.GetStringAsync("a/");
        server.Publish([Page("a/index.html", "một mới hơn nữa"), Page("b/index.html", "hai")]);
        await using var stale = await Events.Subscribe(http, reloaded, "/a/");
        Assert.Equal("reload", await stale.Next());
    }

    /// <summary>A page served before a change, that subscribes after its reload event was sent, is told to reload at once.</summary>
    [Fact]
    public async Task A_page_that_subscribes_after_a_change_it_missed_reloads_at_once()
    {
        using var preview = new Preview([Page("a/index.html", "một")]);
        var (server, http) = preview;
        var loaded = await http.GetStringAsync("a/");

        server.Publish([Page("a/index.html", "một mới")]);
        await using var late = await Events.Subscribe(http, loaded, "/a/");
        Assert.Equal("reload", await late.Next());

        await using var current = await Events.Open(http, "/a/");
        server.Update([], []);
        Assert.Equal("files", await current.Next());
    }

    private static OutputFile Page(string path, string text) => OutputFile.FromText(path, $"<html><body><p>{text}</p></body></html>");

    /// <summary>
    /// A preview server started with <paramref name="pages"/>, and a client of it (by default waiting as long as an
    /// event stream lasts).
    /// </summary>
    private sealed class Preview : IDisposable
    {
        private readonly PreviewServer _server = new(Browser.Chromium.FreePort(), "/");
        private readonly HttpClient _http;

        public Preview(IReadOnlyList<OutputFile> pages, TimeSpan? timeout = null)
        {
            _server.Start();
            _server.Publish(pages);
            _http = new HttpClient { BaseAddress = _server.Address, Timeout = timeout ?? Timeout.InfiniteTimeSpan };
        }

        public void Deconstruct(out PreviewServer server, out HttpClient http) => (server, http) = (_server, _http);

        public void Dispose()
        {
            _http.Dispose();
            _server.Dispose();
        }
    }

    /// <summary>Each of <paramref name="tabs"/> hears <paramref name="name"/> next.</summary>
    private static async Task NextIs(string name, params Events[] tabs)
    {
        foreach (var tab in tabs)
        {
            Assert.Equal(name, await tab.Next());
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }

    /// <summary>An open page's event stream, as livereload.js opens it (naming the page, or not).</summary>
    private sealed class Events(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        /// <summary>Loads the page and subscribes as its script does.</summary>
        public static async Task<Events> Open(HttpClient http, string page)
            => await Subscribe(http, await http.GetStringAsync(page.TrimStart('/')), page);

        /// <summary>Subscribes as livereload.js does in <paramref name="html"/>: its data-events address, and the page's path.</summary>
        public static async Task<Events> Subscribe(HttpClient http, string html, string? page)
        {
            var events = System.Text.RegularExpressions.Regex.Match(html, "data-events=\"([^\"]+)\"").Groups[1].Value;
            Assert.Contains("?served=", events, StringComparison.Ordinal);
            var path = events.TrimStart('/') + (page is null ? "" : "&page=" + Uri.EscapeDataString(page));
            var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal(": connected", await reader.ReadLineAsync());
            return new Events(response, reader);
        }

        /// <summary>The name of the next event (ten seconds at most).</summary>
        public async Task<string> Next()
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (await reader.ReadLineAsync(wait.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    return line["event: ".Length..];
                }
            }

            return "(closed)";
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
