using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CsvHelper;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Integration;

/// <summary>What search engines, Zalo/Facebook, feed readers and the province's data desk read from the built site.</summary>
public class DiscoveryTests(RootSite root) : IClassFixture<RootSite>
{
    private const string Origin = "https://cam-tan-ocop.github.io/";

    private SampleSite Site => root.Site;

    private IEnumerable<string> PublicPages => Site.HtmlFiles.Where(p => p != "404.html" && Site.Page(p).QuerySelector("meta[name=robots][content=noindex]") is null);

    private static List<JsonElement> Graph(AngleSharp.Dom.IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static JsonElement OfType(List<JsonElement> graph, string type) => Assert.Single(graph, e => e.GetProperty("@type").GetString() == type);

    [Fact]
    public void Every_public_page_has_a_unique_title_a_description_and_a_breadcrumb_list()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in PublicPages)
        {
            var page = Site.Page(path);
            var title = page.Title!;
            Assert.False(titles.ContainsKey(title), $"{path} has the same title as {titles.GetValueOrDefault(title)}: {title}");
            titles[title] = path;
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            var crumbs = OfType(Graph(page), "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.NotEmpty(crumbs);
            for (var i = 0; i < crumbs.Count; i++)
            {
                Assert.Equal(i + 1, crumbs[i].GetProperty("position").GetInt32());
                Assert.False(string.IsNullOrEmpty(crumbs[i].GetProperty("name").GetString()));
                Assert.StartsWith(Origin, crumbs[i].GetProperty("item").GetString());
            }

            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), crumbs[^1].GetProperty("item").GetString());
        }

        Assert.True(titles.Count > 80);
    }

    [Fact]
    public void Products_are_described_with_the_fields_google_requires_and_no_invented_rating()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(TestPaths.Content, "san-pham")))
        {
            var page = Site.Page($"san-pham/{Path.GetFileName(folder)}/index.html");
            var product = OfType(Graph(page), "Product");
            Assert.Equal(page.QuerySelector("h1")!.TextContent, product.GetProperty("name").GetString());
            Assert.All(product.GetProperty("image").EnumerateArray(), i => Assert.StartsWith(Origin, i.GetString()));
            Assert.False(product.TryGetProperty("aggregateRating", out _));
            Assert.False(product.TryGetProperty("review", out _));
            var offers = product.GetProperty("offers").EnumerateArray().ToList();
            Assert.Equal(2, offers.Count);
            Assert.All(offers, o =>
            {
                Assert.Equal("VND", o.GetProperty("priceCurrency").GetString());
                Assert.True(decimal.Parse(o.GetProperty("price").GetString()!, CultureInfo.InvariantCulture) > 0);
                Assert.Matches(@"^https://(postmart|voso)\.vn/", o.GetProperty("url").GetString());
            });
            Assert.Equal("Organization", product.GetProperty("manufacturer").GetProperty("@type").GetString());
            var stars = page.QuerySelector(".product__header .stars");
            Assert.Equal(stars?.GetAttribute("aria-label"), product.TryGetProperty("award", out var award) ? award.GetString() : null);
        }
    }

    [Fact]
    public void Producers_tourism_and_news_have_their_types()
    {
        var producer = OfType(Graph(Site.Page("chu-the/htx-nong-nghiep-cam-tan/index.html")), "Organization");
        Assert.Equal("HTX Nông nghiệp Cẩm Tân", producer.GetProperty("name").GetString());
        Assert.StartsWith(Origin, producer.GetProperty("url").GetString());
        Assert.Equal("VN", producer.GetProperty("address").GetProperty("addressCountry").GetString());

        Assert.Equal(20.2241m, OfType(Graph(Site.Page("du-lich/ban-chieng/index.html")), "TouristAttraction").GetProperty("geo").GetProperty("latitude").GetDecimal());
        OfType(Graph(Site.Page("du-lich/homestay-nha-san-tan-lap/index.html")), "LodgingBusiness");

        var article = OfType(Graph(Site.Page("tin-tuc/hoi-cho-ocop-thanh-hoa-2026/index.html")), "NewsArticle");
        Assert.Equal("2026-10-18", article.GetProperty("datePublished").GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("headline").GetString()));
        Assert.StartsWith(Origin, article.GetProperty("image")[0].GetString());
    }

    [Fact]
    public void The_sitemap_lists_exactly_the_public_pages_with_alternates()
    {
        var sitemap = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var expected = PublicPages.Select(p => Origin + p[..^"index.html".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(listed, l => l.Contains("/nhan-vien/", StringComparison.Ordinal));
        var product = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == Origin + "san-pham/che-lam-cam-tan/");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", product.Element(ns + "lastmod")!.Value);
        Assert.Equal(2, product.Elements(XName.Get("link", "http://www.w3.org/1999/xhtml")).Count());
        Assert.Contains("Sitemap: " + Origin + "sitemap.xml", File.ReadAllText(Path.Combine(Site.Output, "robots.txt")));
    }

    [Fact]
    public void The_feeds_parse_as_atom_in_each_language()
    {
        foreach (var (path, language) in new[] { ("feed.xml", "vi"), ("en/feed.xml", "en") })
        {
            using var reader = XmlReader.Create(Path.Combine(Site.Output, path));
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(language, feed.Language);
            Assert.True(feed.Items.Count() >= 10);
            Assert.All(feed.Items, item => Assert.StartsWith(Origin + (language == "en" ? "en/" : ""), item.Links.Single().Uri.AbsoluteUri));
            Assert.Equal(feed.Items.OrderByDescending(i => i.PublishDate).Select(i => i.Id), feed.Items.Select(i => i.Id));
        }

        Assert.Contains(SyndicationFeed.Load(XmlReader.Create(Path.Combine(Site.Output, "en/feed.xml"))).Items, i => i.Title.Text == "Cẩm Tân chè lam");
    }

    [Fact]
    public void The_open_data_csv_round_trips_with_diacritics_and_a_bom()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Output, "data", "products.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new StreamReader(new MemoryStream(bytes));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Directory.GetDirectories(Path.Combine(TestPaths.Content, "san-pham")).Length, rows.Count);
        Assert.Equal(
            ["slug", "name", "name_en", "group", "stars", "certificate_number", "certificate_issued_on", "certificate_issuing_body", "certificate_state", "certificate_valid_until", "producer", "producer_legal_form", "village", "price_vnd", "unit", "postmart", "voso", "url"],
            rows[0].Keys);
        var cheLam = rows.Single(r => (string)r["slug"] == "che-lam-cam-tan");
        Assert.Equal("Chè lam Cẩm Tân", cheLam["name"]);
        Assert.Equal("1114/QĐ-UBND", cheLam["certificate_number"]);
        Assert.Equal("HTX Nông nghiệp Cẩm Tân", cheLam["producer"]);
        Assert.Equal("expired", rows.Single(r => (string)r["slug"] == "nem-chua-cam-tan")["certificate_state"]);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Output, "data", "products.json")));
        Assert.Equal(rows.Count, json.RootElement.GetProperty("products").GetArrayLength());
        Assert.Equal("Chè lam Cẩm Tân", json.RootElement.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "che-lam-cam-tan").GetProperty("name").GetString());
    }

    [Fact]
    public void The_manifest_lets_the_site_be_added_to_a_home_screen()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Output, "manifest.webmanifest")));
        Assert.Equal("/", manifest.RootElement.GetProperty("start_url").GetString());
        Assert.Equal("#7a1f1f", manifest.RootElement.GetProperty("theme_color").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            using var codec = SkiaSharp.SKCodec.Create(Path.Combine(Site.Output, icon.GetProperty("src").GetString()!.TrimStart('/')));
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{codec.Info.Width}x{codec.Info.Height}");
        }
    }
}

public class SitemapSplitTests
{
    [Fact]
    public void Above_fifty_thousand_urls_the_sitemap_becomes_an_index()
    {
        var urls = new SiteUrls(new Uri("https://example.org/ocop/"));
        var entries = Enumerable.Range(0, SitemapWriter.MaxUrlsPerFile + 1)
            .Select(i => new SitemapWriter.Entry($"/san-pham/p{i}/", null, []))
            .ToList();
        var files = SitemapWriter.Write(entries, urls);
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"], files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "sitemap.xml").Bytes!));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/ocop/sitemap-1.xml", "https://example.org/ocop/sitemap-2.xml"], index.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value));
        var second = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "sitemap-2.xml").Bytes!));
        Assert.Single(second.Descendants(), e => e.Name.LocalName == "url");
    }

    [Fact]
    public void At_fifty_thousand_urls_one_file_is_enough()
        => Assert.Single(SitemapWriter.Write(
            Enumerable.Range(0, SitemapWriter.MaxUrlsPerFile).Select(i => new SitemapWriter.Entry($"/p{i}/", null, [])).ToList(),
            new SiteUrls(new Uri("https://example.org/"))));
}

/// <summary>
/// The key that lets a build use the previous sitemaps again (<see cref="SitemapWriter.AddKey"/>) changes with
/// everything the files write: one part left out would leave a sitemap stale when only that changed.
/// </summary>
public class SitemapKeyTests
{
    private static readonly SiteUrls Urls = new(new Uri("https://example.org/"));

    private static readonly SitemapWriter.Entry Base = new(
        "/san-pham/che-lam/", new DateOnly(2026, 11, 30), [("vi", "/san-pham/che-lam/"), ("en", "/en/san-pham/che-lam/")]);

    private static string KeyOf(params SitemapWriter.Entry[] entries) => KeyOf(Urls, entries);

    private static string KeyOf(SiteUrls urls, params SitemapWriter.Entry[] entries)
    {
        using var hash = new FingerprintBuilder();
        SitemapWriter.AddKey(entries, urls, hash);
        return hash.Finish();
    }

    [Fact]
    public void Changing_anything_the_files_write_changes_the_key()
    {
        string[] keys =
        [
            KeyOf(Base),
            KeyOf(Base with { Url = "/san-pham/che-lam-2/" }),
            KeyOf(Base with { LastModified = new DateOnly(2026, 12, 1) }),
            KeyOf(Base with { LastModified = null }),
            KeyOf(Base with { Alternates = [Base.Alternates[0]] }),
            KeyOf(Base with { Alternates = [Base.Alternates[0], ("en", "/en/san-pham/x/")] }),
            KeyOf(Base with { Alternates = [Base.Alternates[0], ("fr", Base.Alternates[1].Url)] }),
            KeyOf(Base with { Alternates = [Base.Alternates[1], Base.Alternates[0]] }),
            KeyOf(new SiteUrls(new Uri("https://example.org/ocop/")), Base),
        ];
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Equal_keys_are_equal_files()
    {
        var again = new SitemapWriter.Entry(Base.Url, Base.LastModified, [.. Base.Alternates]);
        Assert.Equal(KeyOf(Base), KeyOf(again));
        Assert.Equal(SitemapWriter.Write([Base], Urls).Single().Bytes, SitemapWriter.Write([again], Urls).Single().Bytes);
    }

    [Fact]
    public void Entries_keep_their_boundaries()
    {
        // One entry whose last alternate is ("x", "") would hash as the same strings as that entry without it followed
        // by an entry at "x" with no lastmod, were each entry not ended in the key.
        var one = new SitemapWriter.Entry("/a/", null, [("x", "")]);
        var two = new[] { one with { Alternates = [] }, new SitemapWriter.Entry("x", null, []) };
        Assert.NotEqual(KeyOf(one), KeyOf(two));
    }

    [Fact]
    public void Addresses_are_written_absolute()
    {
        var xml = System.Text.Encoding.UTF8.GetString(SitemapWriter.Write([Base], new SiteUrls(new Uri("https://example.org/ocop/"))).Single().Bytes!);
        Assert.Contains("<loc>https://example.org/ocop/san-pham/che-lam/</loc>", xml);
        Assert.Contains("href=\"https://example.org/ocop/en/san-pham/che-lam/\"", xml);
        Assert.Contains("<lastmod>2026-11-30</lastmod>", xml);
    }
}
