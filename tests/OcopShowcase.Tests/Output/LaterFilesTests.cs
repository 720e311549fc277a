using OcopShowcase.Content;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The preview server serves a rebuild's pages before its sitemaps, open data and search indexes are made
/// (<see cref="LaterFiles"/>): until then the last ones stand in at their paths, and once made the site is the one a
/// fresh build makes, byte for byte. A search index whose paths changed has the site built once more.
/// </summary>
public class LaterFilesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void A_rebuild_serves_the_last_indexes_until_its_own_are_made_and_then_equals_a_fresh_build()
    {
        var (options, product) = Sample();
        var later = new LaterFiles();
        var previous = PreviousPages.InMemory();
        var documents = new DocumentMemo();

        // The first build has nothing to stand in: it makes them with the pages.
        var first = BuildPipeline.Run(options, previous: previous, documents: documents, later: later);
        Assert.False(later.HasPending);
        AssertSameSite(BuildPipeline.Run(options), first.Files);

        // A price is in the open data, not in the search index: same paths, other bytes.
        SiteAssert.Edit(product, "price: 5000", "price: 6000");
        var rebuilt = BuildPipeline.Run(options, previous: previous, documents: documents, later: later);
        Assert.True(later.HasPending);
        Assert.Equal(Bytes(first.Files, "data/products.json"), Bytes(rebuilt.Files, "data/products.json"));
        Assert.Contains("6.000", Text(rebuilt.Files, "san-pham/nem-chua-cam-tan/index.html"), StringComparison.Ordinal);

        var made = later.MakePending();
        Assert.NotNull(made);
        Assert.False(made.Value.PathsChanged);
        Assert.Empty(made.Value.Gone);
        var served = Served(rebuilt.Files, made.Value.Made, made.Value.Gone);
        Assert.Contains("6000", Text(served, "data/products.json"), StringComparison.Ordinal);
        AssertSameSite(BuildPipeline.Run(options), served);
        Assert.Null(later.MakePending());
    }

    [Fact]
    public void A_new_word_in_a_search_index_has_the_site_built_again_against_the_new_paths()
    {
        var (options, product) = Sample();
        var later = new LaterFiles();
        var previous = PreviousPages.InMemory();
        BuildPipeline.Run(options, previous: previous, later: later);

        // A word no document had, nor any word starting with its first two letters: a new shared search shard.
        SiteAssert.Edit(product, "name: Nem chua Cẩm Tân", "name: Nem chua Zyxwvu");
        var rebuilt = BuildPipeline.Run(options, previous: previous, later: later);
        var made = later.MakePending()!.Value;
        Assert.True(made.PathsChanged);
        Assert.Contains(made.Made, f => f.Path == "search/vi/t/zy-.json");
        Assert.DoesNotContain(rebuilt.Files, f => f.Path == "search/vi/t/zy-.json");

        // Built again, as serve does: the new paths stand in, and nothing is left to swap.
        var again = BuildPipeline.Run(options, previous: previous, later: later);
        var settled = later.MakePending()!.Value;
        Assert.False(settled.PathsChanged);
        AssertSameSite(BuildPipeline.Run(options), Served(again.Files, settled.Made, settled.Gone));
    }

    [Fact]
    public void Names_edited_in_turn_with_the_bodies_tokens_kept_in_memory_as_serve_keeps_them_equal_a_fresh_build()
    {
        // serve keeps every body's search tokens, and each search shard and chunk by its key, from one rebuild to the
        // next: after edits that move a product in the index's order and back, the files made equal a fresh build's.
        var (options, product) = Sample();
        var later = new LaterFiles();
        var previous = PreviousPages.InMemory();
        var documents = new DocumentMemo();
        var tokens = OcopShowcase.Assets.Search.SearchTokenMemo.InMemory();
        BuildPipeline.Run(options, previous: previous, documents: documents, later: later, searchTokens: tokens);
        var readFirst = tokens.Bodies.Read;
        var edits = new[]
        {
            ("name: Nem chua Cẩm Tân", "name: Bánh nem chua Cẩm Tân"),
            ("name: Bánh nem chua Cẩm Tân", "name: Nem chua Cẩm Tân"),
            ("---\n\nNem chua từ", "---\n\nNem chua gói lá chuối. Nem chua từ"),
        };
        foreach (var (from, to) in edits)
        {
            SiteAssert.Edit(product, from, to);
            var rebuilt = BuildPipeline.Run(options, previous: previous, documents: documents, later: later, searchTokens: tokens);
            Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
            var made = later.MakePending()!.Value;
            Assert.False(made.PathsChanged);
            AssertSameSite(BuildPipeline.Run(options), Served(rebuilt.Files, made.Made, made.Gone));
        }

        // Each body was read for its tokens once: the first build's, then only the edited one.
        Assert.Equal(readFirst + 1, tokens.Bodies.Read);
    }

    [Fact]
    public void A_producer_added_reaches_the_staff_forms_schema_once_the_later_files_are_made()
    {
        var (options, _) = Sample();
        var later = new LaterFiles();
        var previous = PreviousPages.InMemory();
        BuildPipeline.Run(options, previous: previous, later: later);

        // The schema lists every producer for the form's choice: the last one stands in until the new one is made.
        File.WriteAllText(Path.Combine(options.ContentDirectory, "chu-the", "htx-moi-thu.md"), "---\nname: HTX Mới Thử\nsummary: Hợp tác xã mới.\nlegal_form: hop-tac-xa\n---\n");
        var rebuilt = BuildPipeline.Run(options, previous: previous, later: later);
        const string Schema = "nhan-vien/them-san-pham/product.schema.json";
        Assert.DoesNotContain("htx-moi-thu", Text(rebuilt.Files, Schema), StringComparison.Ordinal);

        var made = later.MakePending()!.Value;
        var served = Served(rebuilt.Files, made.Made, made.Gone);
        Assert.Contains("htx-moi-thu", Text(served, Schema), StringComparison.Ordinal);
        AssertSameSite(BuildPipeline.Run(options), served);
    }

    [Fact]
    public void A_rebuild_that_fails_after_deferring_leaves_nothing_to_make_and_the_next_makes_them_itself()
    {
        var (options, product) = Sample();
        var later = new LaterFiles();
        Assert.True(BuildPipeline.Run(options, later: later).Succeeded);
        Assert.NotNull(later.StandIns);

        // A link to no page fails the build at its pages, after the site-wide files were left for later. The stand-ins
        // could be what failed it (a language added: no search index of its own among them), so there are none now.
        var text = File.ReadAllText(product);
        File.WriteAllText(product, text + "\n[Trang không có](/khong-co-trang-nay/)\n");
        var broken = BuildPipeline.Run(options, later: later);
        Assert.False(broken.Succeeded);
        Assert.False(later.HasPending);
        Assert.Null(later.StandIns);

        File.WriteAllText(product, text);
        var fixedBuild = BuildPipeline.Run(options, later: later);
        Assert.False(later.HasPending);
        Assert.NotNull(later.StandIns);
        AssertSameSite(BuildPipeline.Run(options), fixedBuild.Files);
    }

    [Fact]
    public async Task Serve_shows_the_edit_then_swaps_in_the_open_data_and_search_index_made_after_it()
    {
        var (options, product) = Sample();
        var port = Browser.Chromium.FreePort();
        using var stop = new CancellationTokenSource();
        var serve = Task.Run(() => OcopShowcase.Cli.CliApp.Run(
            ["serve", "--content", options.ContentDirectory, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-29"],
            new Spectre.Console.Testing.TestConsole(), stop.Token));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        await Until(http, "data/products.json", "Nem chua Cẩm Tân");

        // A price: the open data's paths stay, only its bytes change.
        SiteAssert.Edit(product, "price: 5000", "price: 6000");
        await Until(http, "san-pham/nem-chua-cam-tan/", "6.000");
        await Until(http, "data/products.json", "6000");

        // A new word: a new search shard, then a build against it.
        SiteAssert.Edit(product, "name: Nem chua Cẩm Tân", "name: Nem chua Zyxwvu");
        await Until(http, "san-pham/nem-chua-cam-tan/", "Nem chua Zyxwvu");
        await Until(http, "data/products.json", "Nem chua Zyxwvu");
        await Until(http, "search/vi/meta.json", "\"zy-\"");
        Assert.False(serve.IsCompleted);
        await stop.CancelAsync();
        Assert.Equal(0, await serve);
    }

    [Fact]
    public async Task The_preview_server_swaps_in_files_made_later_and_stops_serving_those_gone()
    {
        using var server = new PreviewServer(Browser.Chromium.FreePort(), "/");
        server.Start();
        server.Publish([OutputFile.FromText("index.html", "<p>trang</p>"), OutputFile.FromText("data/products.json", "[1]"), OutputFile.FromText("search/vi/t/abc.json", "{}")]);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal("[1]", await http.GetStringAsync("data/products.json"));

        server.Update([OutputFile.FromText("data/products.json", "[2]"), OutputFile.FromText("search/vi/t/abd.json", "{}")], ["search/vi/t/abc.json"]);
        Assert.Equal("[2]", await http.GetStringAsync("data/products.json"));
        Assert.Equal("{}", await http.GetStringAsync("search/vi/t/abd.json"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("search/vi/t/abc.json")).StatusCode);
        Assert.Contains("trang", await http.GetStringAsync(""), StringComparison.Ordinal);
    }

    /// <summary>Asks for <paramref name="path"/> until its text holds <paramref name="expected"/> (two minutes at most: a first build on a slow machine).</summary>
    private static async Task Until(HttpClient http, string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await http.GetStringAsync(path);
                if (last.Contains(expected, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not serving yet (the first build is running).
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{path} never held {expected}; last: {last[..Math.Min(last.Length, 300)]}");
    }

    private static (BuildOptions Options, string Product) Sample()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, Today, Path.Combine(root, ".cache"));
        return (options, Path.Combine(content, "san-pham", "nem-chua-cam-tan", "index.md"));
    }

    /// <summary>What the preview server serves once the files made later are swapped in (<see cref="PreviewServer.Update"/>).</summary>
    private static List<OutputFile> Served(IReadOnlyList<OutputFile> published, IReadOnlyList<OutputFile> made, IReadOnlyList<string> gone)
    {
        var replaced = made.Select(f => f.Path).Concat(gone).ToHashSet(StringComparer.Ordinal);
        return [.. published.Where(f => !replaced.Contains(f.Path)).Concat(made).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static byte[] Bytes(IEnumerable<OutputFile> files, string path) => files.Single(f => f.Path == path).ReadBytes();

    private static string Text(IEnumerable<OutputFile> files, string path) => System.Text.Encoding.UTF8.GetString(Bytes(files, path));

    private static void AssertSameSite(BuildResult fresh, IReadOnlyList<OutputFile> served)
    {
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(fresh.Files.Select(f => f.Path), served.Select(f => f.Path));
        foreach (var (a, b) in fresh.Files.Zip(served))
        {
            Assert.True(a.ReadBytes().AsSpan().SequenceEqual(b.ReadBytes()), a.Path);
        }
    }
}
