using AngleSharp.Html.Parser;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Rendering;

public class PaginationTests
{
    [Fact]
    public void A_long_catalogue_is_split_into_linked_pages_that_together_list_every_product_once()
    {
        var fixture = new ContentFixture();
        const int products = 2 * Paging.ProductsPerPage + 5;
        for (var i = 0; i < products; i++)
        {
            fixture.Write($"san-pham/banh-{i:000}/index.md", $"---\nname: Bánh số {i:000}\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: Bánh thử số {i}.\ncertificate: qd-1114\nprice: 1000\nunit: cái\nbuy:\n  phone: \"0912 345 678\"\n---\n\nNội dung.\n");
        }

        fixture.CertificateCovers(Enumerable.Range(0, products).Select(i => $"banh-{i:000}").Prepend("che-lam"));

        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        AngleSharp.Dom.IDocument Page(string path) => parser.ParseDocument(System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!));

        var pages = new[] { "san-pham/index.html", "san-pham/trang/2/index.html", "san-pham/trang/3/index.html" }.Select(Page).ToList();
        Assert.DoesNotContain(result.Files, f => f.Path == "san-pham/trang/4/index.html");
        var names = pages.SelectMany(p => p.QuerySelectorAll(".card__title").Select(t => t.TextContent.Trim())).ToList();
        Assert.Equal(products + 1, names.Count); // the fixture's own product too
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(pages, p => Assert.True(p.QuerySelectorAll(".card").Length <= Paging.ProductsPerPage));

        Assert.Equal("/san-pham/trang/2/", pages[0].QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/san-pham/trang/2/", pages[2].QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("3", pages[2].QuerySelector(".pagination a[aria-current=page]")!.TextContent);
        Assert.Contains("– trang 2", pages[1].Title);
        Assert.Equal(3, pages.Select(p => p.Title).Distinct().Count());
        Assert.Contains($"{products + 1}", pages[1].QuerySelector(".count")!.TextContent);
        Assert.Contains("/san-pham/nhom/thuc-pham/trang/3/", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sitemap.xml").Bytes!));
        Assert.Contains(result.Files, f => f.Path == "en/san-pham/trang/3/index.html");
    }

    [Fact]
    public void A_short_list_has_one_page_and_no_page_links()
    {
        var result = new ContentFixture().Build();
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("/trang/", StringComparison.Ordinal));
        Assert.DoesNotContain("pagination", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/index.html").Bytes!), StringComparison.Ordinal);
    }
}
