namespace OcopShowcase.Tests.Rendering;

public class LongPageTests
{
    /// <summary>Regression: Scriban's default string limit cut long pages with "..." (found building a 1,000-product corpus).</summary>
    [Fact]
    public void A_product_with_many_related_products_renders_every_card()
    {
        var fixture = new ContentFixture();
        for (var i = 0; i < 60; i++)
        {
            fixture.Write($"san-pham/banh-{i}/index.md", $"---\nname: Bánh số {i} với một cái tên khá dài để trang thật dài\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: Bánh thử số {i}, mô tả ngắn.\ncertificate: qd-1114\nprice: 10000\n---\n\n{string.Concat(Enumerable.Repeat("Nội dung dài. ", 200))}\n");
        }

        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/banh-0/index.html").Bytes!);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(60, page.QuerySelectorAll("#cung-chu-the ~ .grid .card").Length);
        Assert.NotNull(page.QuerySelector("footer.footer"));
        Assert.DoesNotContain("...", html, StringComparison.Ordinal);
    }
}
