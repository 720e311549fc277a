using System.Text;
using Microsoft.Playwright;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// Two builds of the sample site under the GitHub Pages project path: A (the theme as it is) and B (the same with a
/// changed stylesheet, as a deploy would bring), served on 127.0.0.1 by the preview server, whose files a test can
/// replace as a deploy does.
/// </summary>
public sealed class OfflineSite : IAsyncLifetime
{
    public const string BasePath = ServedSite.BasePath;

    /// <summary>What build B's stylesheet adds: a custom property a test reads back from the page.</summary>
    public const string DeployMark = ":root { --deploy: b; }";

    private PreviewServer? _server;

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public IReadOnlyList<OutputFile> BuildA { get; private set; } = [];

    public IReadOnlyList<OutputFile> BuildB { get; private set; } = [];

    public Uri Origin { get; private set; } = new("http://127.0.0.1/");

    public string Url(string path) => new Uri(Origin, BasePath + path).AbsoluteUri;

    public void Serve(IEnumerable<OutputFile> files) => _server!.Publish(files);

    public async Task InitializeAsync()
    {
        var port = Chromium.FreePort();
        Origin = new Uri($"http://127.0.0.1:{port}/");
        var baseUrl = new Uri($"https://example.github.io{BasePath}");
        BuildA = BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, "unused", baseUrl, new DateOnly(2026, 11, 29))).Files;
        var themeB = Path.Combine(TestPaths.TempDirectory(), "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, themeB);
        await File.AppendAllTextAsync(Path.Combine(themeB, "assets", "site.css"), "\n" + DeployMark + "\n");
        BuildB = BuildPipeline.Run(new BuildOptions(TestPaths.Content, themeB, "unused", baseUrl, new DateOnly(2026, 11, 29))).Files;
        _server = new PreviewServer(port, BasePath, liveReload: false);
        _server.Publish(BuildA);
        _server.Start();
        if (Chromium.ExecutablePath is not null)
        {
            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await Chromium.LaunchAsync(Playwright);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        _server?.Dispose();
    }
}

/// <summary>
/// A visitor with a weak signal, in Chromium: pages they opened come back offline, a page they did not open shows the
/// site's own offline page in its language, the saved list works offline, a changed page is fetched fresh when online
/// (pages are network first), and a deploy never mixes the old stylesheet with the new HTML.
/// </summary>
[Trait("Category", "Browser")]
public class OfflineTests(OfflineSite site) : IClassFixture<OfflineSite>
{
    private const string Product = "san-pham/che-lam-cam-tan/";
    private const string Unvisited = "san-pham/mat-ong-rung-cam-tan/";

    [SkippableFact]
    public async Task Visited_and_saved_pages_work_offline_and_unvisited_ones_show_the_offline_page()
    {
        Chromium.Require();
        site.Serve(site.BuildA);
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        await UntilControlled(page);
        await page.GotoAsync(site.Url(Product));
        await page.Locator("[data-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-save]")).ToHaveAttributeAsync("aria-pressed", "true");
        // A phone's menu lists the saved page with its count (the header's icon is for wide screens).
        await page.Locator(".menu > summary").ClickAsync();
        await Assertions.Expect(page.Locator(".menu__list a[data-saved-link]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".menu__list [data-saved-count]")).ToHaveTextAsync("1");
        await page.Locator(".menu > summary").ClickAsync();
        await KeptOffline(page, Product);

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân");
        await Assertions.Expect(page.Locator(".buy, .buy__actions").First).ToBeVisibleAsync();

        await page.GotoAsync(site.Url(Unvisited));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đang mất sóng");
        await Assertions.Expect(page.Locator("[data-saved-item]")).ToContainTextAsync("Chè lam Cẩm Tân");
        await Assertions.Expect(page.Locator("[data-recent-list] a", new() { HasText = "Chè lam Cẩm Tân" })).ToBeVisibleAsync();
        await Screenshot(page, "offline-served-390");

        await page.GotoAsync(site.Url("en/" + Unvisited));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("No signal");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GotoAsync(site.Url("da-luu/"));
        var saved = page.Locator("[data-saved-item]");
        await Assertions.Expect(saved).ToHaveCountAsync(1);
        await Assertions.Expect(saved.Locator("a.saved__name")).ToHaveAttributeAsync("href", ServedSite.BasePath + Product);
        await Assertions.Expect(saved.Locator("a[href^='tel:']")).ToBeVisibleAsync();
        await Assertions.Expect(saved.Locator("a[href^='https://zalo.me/']")).ToBeVisibleAsync();
        await Assertions.Expect(saved).ToContainTextAsync("OCOP 4 sao");
        await Screenshot(page, "saved-list-390");

        // Back online, the product's page changes on the server: pages are network first, so the next visit shows it,
        // and it is what is kept for the next time the signal drops.
        await context.SetOfflineAsync(false);
        site.Serve(site.BuildA.Select(f => f.Path == Product + "index.html"
            ? OutputFile.FromText(f.Path, Encoding.UTF8.GetString(f.ReadBytes()).Replace("<h1 class=\"page-title\">Chè lam Cẩm Tân</h1>", "<h1 class=\"page-title\">Chè lam Cẩm Tân mới</h1>", StringComparison.Ordinal))
            : f));
        try
        {
            await page.GotoAsync(site.Url(Product));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân mới");
            await KeptOffline(page, Product, "Chè lam Cẩm Tân mới");
            await context.SetOfflineAsync(true);
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân mới");
        }
        finally
        {
            site.Serve(site.BuildA);
            await context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task After_a_deploy_the_next_page_has_the_new_html_with_the_new_stylesheet()
    {
        Chromium.Require();
        site.Serve(site.BuildA);
        var context = await site.Browser!.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(""));
            await UntilControlled(page);
            await page.GotoAsync(site.Url(Product));
            Assert.Equal("", await DeployMarkOf(page));
            var stylesheetA = await StylesheetOf(page);
            var workerA = await page.EvaluateAsync<string>("() => navigator.serviceWorker.controller.scriptURL");

            site.Serve(site.BuildB);
            await page.GotoAsync(site.Url(Product));
            var stylesheetB = await StylesheetOf(page);
            Assert.NotEqual(stylesheetA, stylesheetB);
            Assert.Equal(StylesheetIn(site.BuildB), stylesheetB);
            Assert.Equal("b", await DeployMarkOf(page));

            // B's worker takes over and deletes A's caches; the page it serves is still B's HTML with B's CSS.
            await page.EvaluateAsync(
                """
                async () => {
                  const registration = await navigator.serviceWorker.getRegistration();
                  await registration.update();
                  const worker = registration.installing || registration.waiting || registration.active;
                  if (worker.state !== 'activated') await new Promise(resolve => worker.addEventListener('statechange', () => { if (worker.state === 'activated') resolve(); }));
                }
                """);
            var caches = await page.EvaluateAsync<string[]>("() => caches.keys()");
            var versionB = VersionOf(site.BuildB);
            Assert.NotEqual(VersionOf(site.BuildA), versionB);
            Assert.All(caches, name => Assert.Contains(versionB, name, StringComparison.Ordinal));
            Assert.Contains(caches, name => name.EndsWith(":visited", StringComparison.Ordinal));
            // The pages visited under A were carried over, as B's HTML.
            var kept = await page.EvaluateAsync<string>(
                "async ([name, url]) => { const r = await (await caches.open(name)).match(url); return r ? await r.text() : ''; }",
                new object[] { caches.Single(name => name.EndsWith(":visited", StringComparison.Ordinal)), site.Url(Product) });
            Assert.Contains(StylesheetIn(site.BuildB), kept, StringComparison.Ordinal);
            await page.ReloadAsync();
            Assert.Equal(StylesheetIn(site.BuildB), await StylesheetOf(page));
            Assert.Equal("b", await DeployMarkOf(page));
            Assert.NotNull(workerA);
        }
        finally
        {
            site.Serve(site.BuildA);
            await context.CloseAsync();
        }
    }

    /// <summary>The visited pages and photos stay within the budget, the oldest dropped first (budget made small here).</summary>
    [SkippableFact]
    public async Task Visited_pages_beyond_the_budget_drop_the_oldest_first()
    {
        Chromium.Require();
        const int budget = 100_000;
        site.Serve(site.BuildA.Select(f => f.Path == "sw.js"
            ? OutputFile.FromText(f.Path, Encoding.UTF8.GetString(f.ReadBytes()).Replace("\"budget\":20971520", $"\"budget\":{budget}", StringComparison.Ordinal))
            : f));
        var context = await site.Browser!.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(""));
            await UntilControlled(page);
            var visits = new[] { Product, Unvisited, "san-pham/banh-gai-cam-tan/", "san-pham/cao-ca-gai-leo/", "san-pham/gio-may-tre-dan/", "san-pham/lan-rung-cam-tan/" };
            foreach (var path in visits)
            {
                await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                await KeptOffline(page, path);
            }

            using var json = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>(
                "async () => { const name = (await caches.keys()).find(n => n.endsWith(':visited')); return await (await (await caches.open(name)).match('" + OfflineSite.BasePath + "__visited-index.json')).text(); }"));
            var index = json.RootElement.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetProperty("size").GetInt64());
            var sizes = index.Values.Sum();
            Assert.True(sizes <= budget || index.Count == 1, $"{sizes} B kept in {index.Count} entries");
            Assert.Contains(site.Url(visits[^1]), index.Keys);
            Assert.True(!index.ContainsKey(site.Url(Product)), $"{sizes} B kept in {index.Count} entries: {string.Join(", ", index.Select(e => $"{e.Key} {e.Value}"))}");
            Assert.False(await page.EvaluateAsync<bool>("async url => !!(await caches.match(url))", site.Url(Product)));
        }
        finally
        {
            site.Serve(site.BuildA);
            await context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Share_uses_the_web_share_api_with_the_canonical_address_where_there_is_one()
    {
        Chromium.Require();
        var context = await site.Browser!.NewContextAsync();
        await context.AddInitScriptAsync("navigator.share = data => { window.__shared = data; return Promise.resolve(); };");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(Product + "?utm_source=zalo"));
        await page.Locator("[data-share]").ClickAsync();
        var shared = await page.EvaluateAsync<Dictionary<string, string>>("() => window.__shared");
        Assert.Equal("https://example.github.io/ocop-cam-tan/san-pham/che-lam-cam-tan/", shared["url"]);
        Assert.Equal(await page.Locator("link[rel=canonical]").GetAttributeAsync("href"), shared["url"]);
        Assert.Equal("Chè lam Cẩm Tân", shared["title"]);
        Assert.True(await page.Locator("[data-share-fallback]").IsHiddenAsync());
        await context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task Without_web_share_the_copy_link_zalo_and_facebook_fallbacks_appear(int width, int height)
    {
        Chromium.Require();
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await context.AddInitScriptAsync("delete Navigator.prototype.share; delete navigator.share;");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(Product));
        var share = page.Locator("[data-share]");
        await Assertions.Expect(share).ToHaveTextAsync("Chia sẻ");
        await Assertions.Expect(page.Locator("[data-save]")).ToHaveTextAsync("Lưu");
        await share.ClickAsync();
        await Assertions.Expect(share).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("[data-copy]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-share-zalo]")).ToContainTextAsync("Zalo");
        await Assertions.Expect(page.Locator("[data-facebook]")).ToHaveAttributeAsync(
            "href", "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString("https://example.github.io/ocop-cam-tan/san-pham/che-lam-cam-tan/"));
        await Screenshot(page, $"product-share-{width}", fullPage: false);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_offline_answers_from_the_shards_already_fetched_and_says_when_it_cannot()
    {
        Chromium.Require();
        site.Serve(site.BuildA);
        var context = await site.Browser!.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(""));
            await UntilControlled(page);
            await page.GotoAsync(site.Url("tim-kiem/?q=che+lam"));
            var count = page.Locator("[data-results-count]");
            await Assertions.Expect(page.Locator("[data-results] a", new() { HasText = "Chè lam Cẩm Tân" })).ToBeVisibleAsync();
            await page.WaitForFunctionAsync(
                "async () => (await caches.keys()).length > 0 && !!(await caches.match(document.querySelector('form[data-search]').dataset.index))",
                null, new PageWaitForFunctionOptions { PollingInterval = 100, Timeout = 15_000 });

            await context.SetOfflineAsync(true);
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("[data-results] a", new() { HasText = "Chè lam Cẩm Tân" })).ToBeVisibleAsync();
            await Assertions.Expect(count).Not.ToContainTextAsync("mất sóng");

            await page.Locator("#tu-khoa").FillAsync("mat ong");
            await page.Locator("#tu-khoa").PressAsync("Enter");
            await Assertions.Expect(count).ToContainTextAsync("Đang mất sóng");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task The_install_button_appears_only_when_the_browser_offers_to_install()
    {
        Chromium.Require();
        var context = await site.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        var install = page.Locator("[data-install] button");
        await Assertions.Expect(install).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => { const e = new Event('beforeinstallprompt', { cancelable: true }); e.prompt = () => { window.__prompted = true; return Promise.resolve(); }; window.dispatchEvent(e); }");
        await Assertions.Expect(install).ToHaveTextAsync("Cài vào điện thoại");
        await install.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__prompted === true"));
        await Assertions.Expect(install).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_pages_work_as_before_and_nothing_half_built_shows()
    {
        Chromium.Require();
        site.Serve(site.BuildA);
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(Product));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân");
        await Assertions.Expect(page.Locator("[data-save], [data-share], [data-share-fallback], [data-install] button")).ToHaveCountAsync(0);
        Assert.Equal("", (await page.Locator("[data-pagetools]").InnerTextAsync()).Trim());
        await page.GotoAsync(site.Url("da-luu/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đã lưu");
        Assert.Contains("Danh sách đã lưu cần JavaScript.", await page.ContentAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    /// <summary>What browsers ask of an installable site, under the project path.</summary>
    [Fact]
    public void The_manifest_qualifies_for_installing_under_the_base_path()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(site.BuildA.Single(f => f.Path == "manifest.webmanifest").ReadBytes());
        var root = manifest.RootElement;
        Assert.Equal("OCOP Cẩm Tân", root.GetProperty("name").GetString());
        Assert.Equal("vi", root.GetProperty("lang").GetString());
        Assert.Equal(OfflineSite.BasePath, root.GetProperty("start_url").GetString());
        Assert.Equal(OfflineSite.BasePath, root.GetProperty("scope").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().Select(i => (Src: i.GetProperty("src").GetString()!, Sizes: i.GetProperty("sizes").GetString(), Purpose: i.GetProperty("purpose").GetString())).ToList();
        Assert.Contains(("/ocop-cam-tan/assets/icon-192.png", "192x192", "any"), icons);
        Assert.Contains(("/ocop-cam-tan/assets/icon-512.png", "512x512", "any"), icons);
        Assert.All(icons, i => Assert.Contains(site.BuildA, f => "/ocop-cam-tan/" + f.Path == i.Src));
    }

    /// <summary>The first visit downloads the whole shell: it stays small.</summary>
    [Fact]
    public void The_shell_kept_offline_is_small()
    {
        var worker = Encoding.UTF8.GetString(site.BuildA.Single(f => f.Path == "sw.js").ReadBytes());
        var byPath = site.BuildA.ToDictionary(f => "/ocop-cam-tan/" + f.Path, StringComparer.Ordinal);
        var shell = System.Text.RegularExpressions.Regex.Match(worker, "\"shell\":\\[([^\\]]*)\\]").Groups[1].Value.Split(',').Select(s => s.Trim('"')).ToList();
        Assert.Contains(shell, u => u.EndsWith("/ngoai-tuyen/", StringComparison.Ordinal));
        Assert.Contains(shell, u => u.EndsWith("/en/ngoai-tuyen/", StringComparison.Ordinal));
        var bytes = shell.Sum(u => byPath[u.EndsWith('/') ? u + "index.html" : u].ReadBytes().Length);
        Assert.True(bytes < 400 * 1024, $"shell {bytes} B");
    }

    private static string VersionOf(IReadOnlyList<OutputFile> build)
        => System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(build.Single(f => f.Path == "sw.js").ReadBytes()), "\"version\":\"([0-9a-f]+)\"").Groups[1].Value;

    private static string StylesheetIn(IReadOnlyList<OutputFile> build)
        => "/ocop-cam-tan/" + build.Single(f => f.Path.StartsWith("assets/site.", StringComparison.Ordinal) && f.Path.EndsWith(".css", StringComparison.Ordinal)).Path;

    private static Task<string> StylesheetOf(IPage page) => page.Locator("link[rel=stylesheet]").GetAttributeAsync("href")!.ContinueWith(t => t.Result ?? "");

    private static Task<string> DeployMarkOf(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--deploy').trim()");

    /// <summary>Waits until the service worker controls the page (it claims open pages when it activates).</summary>
    private static Task UntilControlled(IPage page) => page.EvaluateAsync(
        """
        async () => {
          await navigator.serviceWorker.ready;
          if (!navigator.serviceWorker.controller) await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        }
        """);

    /// <summary>Waits until the worker has kept the page (it writes after answering), optionally with the given text.</summary>
    private static Task KeptOffline(IPage page, string path, string? text = null) => page.WaitForFunctionAsync(
        """
        async ([url, text]) => {
          const kept = await caches.match(url);
          return !!kept && (!text || (await kept.text()).includes(text));
        }
        """,
        new object?[] { ServedSite.BasePath + path, text },
        new PageWaitForFunctionOptions { PollingInterval = 100, Timeout = 15_000 });

    private static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        var artifacts = Path.Combine(TestPaths.Repository, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, name + ".png"), FullPage = fullPage });
    }
}
