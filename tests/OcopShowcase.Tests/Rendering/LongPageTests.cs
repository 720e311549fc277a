using AngleSharp.Html.Parser;
using OcopShowcase.Rendering;

namespace OcopShowcase.Tests.Rendering;

public class LongPageTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        var fixture = new ContentFixture();
        for (var i = 0; i < 60; i++)
        {
            fixture.Write($"san-pham/banh-{i}/index.md", $"---\nname: Bánh số {i} với một cái tên khá dài để trang thật dài\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: Bánh thử số {i}, mô tả ngắn.\ncertificate: qd-1114\nprice: 10000\nunit: cái\nbuy:\n  phone: \"0912 345 678\"\n---\n\n{string.Concat(Enumerable.Repeat("Nội dung dài. ", 200))}\n");
        }

        fixture.CertificateCovers(Enumerable.Range(0, 60).Select(i => $"banh-{i}").Prepend("che-lam"));

        return fixture.Build();
    });

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string path, out string html)
    {
        Assert.True(Built.Value.Succeeded, string.Join("\n", Built.Value.Diagnostics));
        html = System.Text.Encoding.UTF8.GetString(Built.Value.Files.Single(f => f.Path == path).Bytes!);
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Regression: Scriban's default string limit cut long pages with "..." (found building a 1,000-product corpus).</summary>
    [Fact]
    public void A_producer_with_many_products_lists_every_one()
    {
        var page = Page("chu-the/htx-cam-tan/index.html", out var html);
        Assert.True(page.QuerySelectorAll(".card").Length >= 60);
        Assert.NotNull(page.QuerySelector("footer.footer"));
        Assert.DoesNotContain("...", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_shows_a_few_of_its_producers_other_products_and_links_to_them_all()
    {
        var producer = Page("chu-the/htx-cam-tan/index.html", out _);
        var total = producer.QuerySelectorAll(".card").Length;

        var page = Page("san-pham/banh-0/index.html", out _);
        Assert.Equal(OcopShowcase.Kinds.Products.ProductKind.RelatedCards, page.QuerySelectorAll("#cung-chu-the ~ .grid .card").Length);
        var more = page.QuerySelector("#cung-chu-the ~ .more a");
        Assert.NotNull(more);
        Assert.EndsWith("/chu-the/htx-cam-tan/", more.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(total.ToString(System.Globalization.CultureInfo.InvariantCulture), more.TextContent, StringComparison.Ordinal);
    }
}
