namespace OcopShowcase.Tests.Integration;

public class EditLinkTests(RootSite root) : IClassFixture<RootSite>
{
    private const string Prefix = "https://github.com/xa-cam-tan/ocop-showcase/edit/main/";

    [Fact]
    public void Every_edit_link_points_at_a_file_of_the_repository()
    {
        var links = root.Site.HtmlFiles
            .SelectMany(p => root.Site.Page(p).QuerySelectorAll(".edit-link a").Select(a => (Page: p, Href: a.GetAttribute("href")!)))
            .ToList();
        Assert.True(links.Count > 50);
        foreach (var (page, href) in links)
        {
            Assert.StartsWith(Prefix, href);
            var file = Path.Combine(TestPaths.Repository, Uri.UnescapeDataString(href[Prefix.Length..]));
            Assert.True(File.Exists(file), $"{page}: {href}");
        }
    }

    [Fact]
    public void The_english_page_of_a_translated_product_edits_the_translation()
        => Assert.EndsWith("content/san-pham/che-lam-cam-tan/index.en.md",
            root.Site.Page("en/san-pham/che-lam-cam-tan/index.html").QuerySelector(".edit-link a")!.GetAttribute("href"));

    [Fact]
    public void Staff_page_is_noindex_and_lists_certificates_to_renew()
    {
        var page = root.Site.Page("nhan-vien/index.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th a")!.TextContent).ToList();
        Assert.Equal(["0412/QĐ-UBND", "0156/QĐ-UBND"], rows);
    }
}
