using System.Text.Json;
using Microsoft.Playwright;

namespace OcopShowcase.Tests.Browser;

[Trait("Category", "Browser")]
public class SearchBrowserTests(ServedSite site) : IClassFixture<ServedSite>
{
    private static readonly string VectorsJson = File.ReadAllText(Path.Combine(TestPaths.Theme, "search-vectors.json"));

    [SkippableFact]
    public async Task Typing_che_lam_finds_the_product_first()
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(site.Url("tim-kiem/"));
        await page.Locator("#tu-khoa").PressSequentiallyAsync("che lam");
        await Assertions.Expect(page.Locator(".result__title").First).ToHaveTextAsync("Chè lam Cẩm Tân");
        await Assertions.Expect(page.Locator("[data-results-count]")).Not.ToBeEmptyAsync();
        Assert.EndsWith("?q=che+lam", page.Url);
        Assert.Equal("che", await page.Locator(".result__title mark").First.TextContentAsync() is { } m ? Fold(m) : null);
        await page.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("che lam", "Chè lam Cẩm Tân")]
    [InlineData("nha san", "Homestay nhà sàn Tân Lập")]
    [InlineData("mat ong rung", "Mật ong rừng Cẩm Tân")]
    public async Task A_query_without_accents_puts_the_obvious_page_first_and_says_why(string query, string first)
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var traffic = new PageTraffic(page);
        await page.GotoAsync(site.Url("tim-kiem/"));
        await page.Locator("#tu-khoa").PressSequentiallyAsync(query);
        var top = page.Locator(".result").First;
        // Every word of the query is marked in the name, and the result says the name matched. The same page leads
        // after the first word already: wait for the results of the whole query (one mark per word) before reading.
        await traffic.Explain(async () =>
        {
            await Assertions.Expect(top.Locator(".result__title")).ToHaveTextAsync(first);
            await Assertions.Expect(top.Locator(".result__title mark")).ToHaveCountAsync(query.Split(' ').Length);
        });
        var marked = await top.Locator(".result__title mark").AllTextContentsAsync();
        Assert.Equal(query.Split(' '), marked.Select(Fold));
        await Assertions.Expect(top.Locator(".result__why")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Khớp: tên"));
        Directory.CreateDirectory(Path.Combine(TestPaths.Repository, "tests", "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Repository, "tests", "artifacts", $"search-{query.Replace(' ', '-')}-390.png"), FullPage = true });
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task Words_typed_before_the_search_script_arrives_are_searched_when_it_does()
    {
        // On weak signal the page shows before its script has come: the visitor types, and the results must come
        // when the script does, without another key.
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var traffic = new PageTraffic(page);
        var arrived = new TaskCompletionSource();
        await page.RouteAsync("**/search.*.js", async route =>
        {
            await arrived.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.Url("tim-kiem/"), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#tu-khoa").PressSequentiallyAsync("che lam");
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        arrived.SetResult();
        await traffic.Explain(() => Assertions.Expect(page.Locator(".result__title").First).ToHaveTextAsync("Chè lam Cẩm Tân"));
        Assert.EndsWith("?q=che+lam", page.Url);
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task A_slow_answer_says_it_is_searching_and_then_shows_the_results()
    {
        // Weak signal: the index's parts come slowly. The visitor is told the search is on its way, not left with a
        // silent page.
        Chromium.Require();
        var signal = new TaskCompletionSource();
        var (context, page, traffic) = await CheLamTypedWithIndexPartsVia(async route =>
        {
            await signal.Task;
            await route.ContinueAsync();
        });
        await using var _ = context;
        var count = page.Locator("[data-results-count]");
        const string searching = "Đang tìm…";
        await traffic.Explain(() => Assertions.Expect(count).ToHaveTextAsync(searching));
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        await Assertions.Expect(page.Locator("[data-results]")).ToHaveAttributeAsync("aria-busy", "true");
        var artifacts = Path.Combine(TestPaths.Repository, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "search-searching-390.png") });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "search-searching-1280.png") });

        signal.SetResult();
        await traffic.Explain(() => Assertions.Expect(page.Locator(".result__title").First).ToHaveTextAsync("Chè lam Cẩm Tân"));
        await Assertions.Expect(count).Not.ToHaveTextAsync(searching);
        await Assertions.Expect(count).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("[data-results]")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    [SkippableFact]
    public async Task A_stalled_connection_is_given_up_with_the_no_signal_message_and_the_next_search_asks_again()
    {
        // The signal stalls: the index's parts neither come nor fail. The visitor is not left with "Đang tìm…" for
        // good: after the download limit the search says it lacks signal, and searching again fetches them afresh.
        Chromium.Require();
        var stalled = true;
        var held = new TaskCompletionSource();
        var (context, page, traffic) = await CheLamTypedWithIndexPartsVia(async route =>
        {
            if (stalled)
            {
                await held.Task;
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        await using var _ = context;
        var count = page.Locator("[data-results-count]");
        await traffic.Explain(() => Assertions.Expect(count).ToContainTextAsync("Đang mất sóng", new() { Timeout = 30_000 }));
        Assert.Equal(0, await page.Locator(".result").CountAsync());

        stalled = false;
        held.SetResult();
        await page.Locator("#tu-khoa").PressAsync("Enter");
        await traffic.Explain(() => Assertions.Expect(page.Locator(".result__title").First).ToHaveTextAsync("Chè lam Cẩm Tân"));
        await Assertions.Expect(count).Not.ToContainTextAsync("Đang mất sóng");
    }

    [SkippableFact]
    public async Task The_header_box_leads_to_results_without_typing_again()
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("san-pham/"));
        await page.Locator("#o-tim-kiem").FillAsync("mat ong");
        await page.Locator(".quicksearch__button").ClickAsync();
        await Assertions.Expect(page.Locator(".result__title").First).ToHaveTextAsync("Mật ong rừng Cẩm Tân");
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task A_village_filter_changes_the_count_and_the_url()
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("san-pham/"));
        var count = page.Locator("[data-count-template]");
        var before = await count.TextContentAsync();
        // The filters sit in the "Lọc" sheet, one panel: open it, then choose.
        await page.Locator(".filtersheet__toggle").ClickAsync();
        await page.Locator("select[name=thon]").SelectOptionAsync("tan-lap");
        await Assertions.Expect(count).Not.ToHaveTextAsync(before!);
        Assert.Contains("thon=tan-lap", page.Url);
        var visible = await page.Locator(".grid .card:visible").CountAsync();
        Assert.Equal(await page.Locator(".grid .card[data-village='tan-lap']").CountAsync(), visible);
        Assert.Equal($"{visible} sản phẩm", await count.TextContentAsync());

        // The filtered view can be shared: opening its URL shows the same selection.
        var shared = await site.Browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal("tan-lap", await shared.Locator("select[name=thon]").InputValueAsync());
        Assert.Equal(visible, await shared.Locator(".grid .card:visible").CountAsync());
        await shared.CloseAsync();
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_shared_vectors_hold_in_the_browser()
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("tim-kiem/"));
        var failures = await page.EvaluateAsync<string[]>(
            """
            async ([vectors, metaVi, metaEn]) => {
              const v = JSON.parse(vectors), s = window.ocopSearch, out = [];
              for (const [input, expected] of v.fold) { const got = s.tokens(input).join(" "); if (got !== expected) out.push(`fold ${input} → ${got}`); }
              for (const [input, expected] of v.tokens) { const got = JSON.stringify(s.tokens(input)); if (got !== JSON.stringify(expected)) out.push(`tokens ${input} → ${got}`); }
              for (const [term, shards, expected] of v.shards) { const got = s.shardOf(term, shards); if (got !== expected) out.push(`shard ${term} in ${shards} → ${got}`); }
              const indexes = { vi: new s.SearchIndex(metaVi), en: new s.SearchIndex(metaEn) };
              for (const q of v.queries) {
                const results = await indexes[q.language].query(q.query, 10);
                const got = results.length ? results[0].title : null;
                if (got !== q.first) out.push(`query ${q.language} ${q.query} → ${got}`);
              }
              return out;
            }
            """,
            new[] { VectorsJson, site.Url("search/vi/meta.json"), site.Url("search/en/meta.json") });
        Assert.Empty(failures);
        await page.CloseAsync();
    }

    /// <summary>
    /// A phone on the search page with "che lam" typed, whose requests for the Vietnamese index's parts go through
    /// <paramref name="parts"/>: without the service worker, which would answer them before the route could.
    /// </summary>
    private async Task<(IBrowserContext Context, IPage Page, PageTraffic Traffic)> CheLamTypedWithIndexPartsVia(Func<IRoute, Task> parts)
    {
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        var traffic = new PageTraffic(page);
        await page.RouteAsync("**/search/vi/t/*.json", parts);
        await page.GotoAsync(site.Url("tim-kiem/"));
        await page.Locator("#tu-khoa").PressSequentiallyAsync("che lam");
        return (context, page, traffic);
    }

    private static string Fold(string text) => string.Join(' ', OcopShowcase.Assets.Search.SearchText.Tokens(text));
}
