using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OcopShowcase.Kinds.Tourism;

namespace OcopShowcase.Tests.Kinds.Tourism;

/// <summary>
/// "What you can buy here" on a listing's page: the operator's products, then those of its village, best rated first,
/// never the whole village of a national list (a village there can make thousands, and the page was megabytes).
/// </summary>
public sealed class ProductsSoldHereTests
{
    private static ContentFixture VillageOf(int products)
    {
        var fixture = new ContentFixture();
        File.AppendAllText(Path.Combine(fixture.ContentDirectory, "site.yml"), "villages: [Bản Thử]\n");
        var slugs = Enumerable.Range(1, products).Select(i => $"banh-{i:00}").ToList();
        foreach (var slug in slugs)
        {
            var certificate = slug == slugs[^1] ? "certificate: qd-1114\n" : "";
            fixture.Write($"san-pham/{slug}/index.md",
                $"---\nname: Bánh {slug}\ngroup: thuc-pham\nproducer: htx-cam-tan\n{certificate}village: Bản Thử\nprice: 20000\nunit: gói\nsummary: Bánh thử.\nbuy:\n  phone: \"0912 345 678\"\n---\n");
        }

        // Only the last product is certified (4 stars): best rated first puts it first in the village's list.
        fixture.CertificateCovers(["che-lam", slugs[^1]]);
        fixture.Write("du-lich/ban-thu/index.md", "---\nname: Bản Thử\nkind: diem-du-lich\nvillage: Bản Thử\nsummary: Một bản để thử.\n---\n");
        return fixture;
    }

    private static IDocument ListingPage(ContentFixture fixture, string path = "du-lich/ban-thu/index.html")
    {
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.Format())));
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!));
    }

    private static List<string> Shown(IDocument page)
        => page.QuerySelectorAll("section[aria-labelledby='san-pham-tai-day'] .card a[href*='/san-pham/']")
            .Select(a => a.GetAttribute("href")!).Distinct().ToList();

    [Fact]
    public void A_village_of_a_few_products_shows_them_all_without_a_more_link()
    {
        var page = ListingPage(VillageOf(3));
        Assert.Equal(["/san-pham/banh-03/", "/san-pham/banh-01/", "/san-pham/banh-02/"], Shown(page));
        Assert.Empty(page.QuerySelectorAll("section[aria-labelledby='san-pham-tai-day'] .more"));
    }

    [Fact]
    public void A_village_of_many_products_shows_the_best_rated_first_and_a_search_for_the_rest()
    {
        var page = ListingPage(VillageOf(TourismListingKind.ProductsShown + 8));
        var shown = Shown(page);
        Assert.Equal(TourismListingKind.ProductsShown, shown.Count);
        Assert.Equal("/san-pham/banh-20/", shown[0]);

        var more = page.QuerySelector("section[aria-labelledby='san-pham-tai-day'] .more a")!;
        Assert.Equal("Xem cả 20 sản phẩm làm ở Bản Thử", more.TextContent);
        Assert.Equal("/tim-kiem/?q=B%E1%BA%A3n%20Th%E1%BB%AD", more.GetAttribute("href"));

        var english = ListingPage(VillageOf(TourismListingKind.ProductsShown + 8), "en/du-lich/ban-thu/index.html");
        Assert.Equal("See all 20 products made in Bản Thử", english.QuerySelector("section[aria-labelledby='san-pham-tai-day'] .more a")!.TextContent);
        Assert.StartsWith("/en/tim-kiem/?q=", english.QuerySelector("section[aria-labelledby='san-pham-tai-day'] .more a")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
