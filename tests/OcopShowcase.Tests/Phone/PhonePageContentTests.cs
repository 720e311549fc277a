using OcopShowcase.Tests.Integration;

namespace OcopShowcase.Tests.Phone;

/// <summary>What the built sample pages say, read as a visitor reads them: tourism wording by kind, summaries once, filters that lead somewhere.</summary>
public class PhonePageContentTests(RootSite root) : IClassFixture<RootSite>
{
    public static TheoryData<string> TourismPages()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(TestPaths.Content, "du-lich")).Order(StringComparer.Ordinal))
        {
            data.Add($"du-lich/{Path.GetFileName(folder)}/index.html");
            data.Add($"en/du-lich/{Path.GetFileName(folder)}/index.html");
        }

        data.Add("san-pham/tour-trai-nghiem-ban-chieng/index.html");
        data.Add("en/san-pham/tour-trai-nghiem-ban-chieng/index.html");
        return data;
    }

    [Theory]
    [MemberData(nameof(TourismPages))]
    public void A_tourism_page_books_or_asks_and_never_orders_goods(string path)
    {
        var text = root.Site.Page(path).Body!.TextContent;
        Assert.DoesNotContain("Gọi đặt hàng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Call to order", text, StringComparison.Ordinal);
        // The page's own booking words (its box and its action bar), not the goods sold nearby, which are bought.
        // A listing's box is #dat-cho with its .buy__actions; a product's is the buy box; both have the action bar.
        var own = root.Site.Page(path).QuerySelectorAll("#dat-cho, .buy__actions a, .buy__heading, .buy__subheading, .button--postmart, .button--voso, .actionbar [data-action]").Select(e => e.TextContent.Trim()).ToList();
        Assert.NotEmpty(own);
        Assert.DoesNotContain(own, words => words.StartsWith("Mua", StringComparison.Ordinal) || words.StartsWith("Buy", StringComparison.Ordinal)
            || words is "Điểm bán" or "Where to buy");
    }

    [Fact]
    public void A_homestay_books_a_room_and_headlines_the_night()
    {
        var page = root.Site.Page("du-lich/homestay-nha-san-tan-lap/index.html");
        Assert.Contains("Gọi đặt phòng", page.QuerySelector(".button--call")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đặt phòng", page.QuerySelector(".actionbar [data-action=call]")!.TextContent);
        Assert.Equal("200.000 ₫ / người / đêm", page.QuerySelector(".product__price")!.TextContent);
        var en = root.Site.Page("en/du-lich/homestay-nha-san-tan-lap/index.html");
        Assert.Contains("per person per night", en.QuerySelector(".product__price")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_with_coordinates_gives_directions_without_embedding_a_map()
    {
        var page = root.Site.Page("du-lich/ban-chieng/index.html");
        var button = page.QuerySelector("a.button--directions")!;
        Assert.Equal("https://www.google.com/maps/dir/?api=1&destination=20.2241,105.455", button.GetAttribute("href"));
        Assert.Equal("geo:20.2241,105.455?q=20.2241,105.455", page.QuerySelector("a.directions__app")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("iframe"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("openstreetmap", StringComparison.Ordinal));

        // A producer with coordinates has them too.
        Assert.NotNull(root.Site.Page("chu-the/to-hop-tac-ong-tan-lap/index.html").QuerySelector("a.button--directions"));
    }

    [Fact]
    public void A_listing_links_the_products_sold_there()
        => Assert.NotEmpty(root.Site.Page("du-lich/ban-chieng/index.html").QuerySelectorAll("#san-pham-tai-day ~ .grid .card a[href*='/san-pham/']"));

    [Theory]
    [InlineData("san-pham/mat-ong-rung-cam-tan/index.html")]
    [InlineData("en/san-pham/mat-ong-rung-cam-tan/index.html")]
    [InlineData("chu-the/to-hop-tac-ong-tan-lap/index.html")]
    [InlineData("du-lich/ban-chieng/index.html")]
    [InlineData("tin-tuc/hoi-cho-ocop-thanh-hoa-2026/index.html")]
    public void The_summary_is_printed_once(string path)
    {
        var page = root.Site.Page(path);
        var summary = page.QuerySelector(".lead")!.TextContent.Trim();
        var paragraphs = page.QuerySelectorAll("main p").Count(p => p.TextContent.Trim() == summary);
        Assert.Equal(1, paragraphs);
    }

    [Fact]
    public void Only_ratings_some_product_holds_are_offered()
    {
        var catalogue = root.Site.Page("san-pham/index.html");
        var offered = catalogue.QuerySelectorAll(".filters a.chip[href*='-sao/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(offered);
        foreach (var href in offered)
        {
            var page = root.Site.Page(href.TrimStart('/') + "index.html");
            Assert.NotEmpty(page.QuerySelectorAll(".grid .card"));
        }

        // No 5-star product in the sample: no link, no page.
        Assert.DoesNotContain(offered, h => h.Contains("5-sao", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(root.Site.Output, "san-pham/5-sao/index.html")));
    }

    [Fact]
    public void The_catalogue_has_one_filter_panel()
    {
        var catalogue = root.Site.Page("san-pham/index.html");
        Assert.Single(catalogue.QuerySelectorAll("details.filtersheet"));
        Assert.Empty(catalogue.QuerySelectorAll("select[name=nhom], select[name=sao]"));
        Assert.Empty(catalogue.QuerySelectorAll(".filters:not(.filtersheet .filters)"));
    }

    [Fact]
    public void A_shop_with_coordinates_gets_directions_and_a_plain_shop_stays_a_name()
    {
        var fixture = new ContentFixture();
        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace(
            "  postmart: https://postmart.vn/san-pham/che-lam\n",
            "  postmart: https://postmart.vn/san-pham/che-lam\n  shops:\n    - Chợ xã\n    - {name: Cửa hàng huyện, lat: 20.2101, lon: 105.4702}\n",
            StringComparison.Ordinal));
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").Bytes!);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var shops = page.QuerySelectorAll(".buy__shops li").ToList();
        Assert.Equal(2, shops.Count);
        Assert.Empty(shops[0].QuerySelectorAll("a"));
        Assert.Equal("https://www.google.com/maps/dir/?api=1&destination=20.2101,105.4702", shops[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_homestay_poster_headlines_the_price_of_a_night()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(root.Site.Output, "posters/du-lich/homestay-nha-san-tan-lap-a4.pdf"));
        var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("200.000 ₫ / người / đêm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vé tham quan", text, StringComparison.Ordinal);
    }
}
