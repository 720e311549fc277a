using System.Text.Json.Nodes;

namespace OcopShowcase.Tests.Integration;

public class EditLinkTests(RootSite root) : IClassFixture<RootSite>
{
    private const string Prefix = "https://github.com/xa-cam-tan/ocop-showcase/edit/main/";

    private static bool IsStaffPage(string path)
        => path.StartsWith("nhan-vien/", StringComparison.Ordinal) || path.StartsWith("en/nhan-vien/", StringComparison.Ordinal)
           || path.StartsWith("posters/", StringComparison.Ordinal) || path.StartsWith("en/posters/", StringComparison.Ordinal);

    [Fact]
    public void No_public_page_shows_a_visitor_an_edit_link()
    {
        var pages = root.Site.HtmlFiles.Where(p => !IsStaffPage(p)).ToList();
        Assert.True(pages.Count > 50);
        foreach (var path in pages)
        {
            var page = root.Site.Page(path);
            var editLinks = page.QuerySelectorAll("a[href]").Where(a => a.GetAttribute("href")!.Contains("github.com", StringComparison.Ordinal)).ToList();
            Assert.True(editLinks.Count == 0, $"{path}: {string.Join(", ", editLinks.Select(a => a.OuterHtml))}");
            Assert.Empty(page.QuerySelectorAll(".edit-link"));
        }
    }

    [Fact]
    public void Every_page_with_a_source_carries_its_edit_address_for_staff_mode()
    {
        var addresses = root.Site.HtmlFiles
            .Select(p => (Page: p, Href: root.Site.Page(p).Body?.GetAttribute("data-edit-url")))
            .Where(x => x.Href is not null)
            .ToList();
        Assert.True(addresses.Count > 50);
        foreach (var (page, href) in addresses)
        {
            Assert.StartsWith(Prefix, href);
            var file = Path.Combine(TestPaths.Repository, Uri.UnescapeDataString(href![Prefix.Length..]));
            Assert.True(File.Exists(file), $"{page}: {href}");
        }

        // Every page loads the staff-mode script, which alone turns the address into a link.
        Assert.All(root.Site.HtmlFiles, p => Assert.NotNull(root.Site.Page(p).QuerySelector("script[src*='/assets/staff.'][data-edit-label]")));
    }

    [Fact]
    public void The_english_page_of_a_translated_product_edits_the_translation()
        => Assert.EndsWith("content/san-pham/che-lam-cam-tan/index.en.md",
            root.Site.Page("en/san-pham/che-lam-cam-tan/index.html").Body!.GetAttribute("data-edit-url"));

    [Theory]
    [InlineData("nhan-vien/index.html", "content/chung-nhan/2023-0412-qd-ubnd.md")]
    [InlineData("en/nhan-vien/index.html", "content/chung-nhan/2024-0156-qd-ubnd.md")]
    [InlineData("posters/index.html", "content/san-pham/che-lam-cam-tan/index.md")]
    [InlineData("en/posters/index.html", "content/san-pham/che-lam-cam-tan/index.en.md")]
    public void Staff_pages_show_edit_links(string path, string file)
    {
        var hrefs = root.Site.Page(path).QuerySelectorAll(".edit-link a, a.edit-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Prefix + file, hrefs);
    }

    [Fact]
    public void Staff_page_is_noindex_and_lists_certificates_to_renew()
    {
        var page = root.Site.Page("nhan-vien/index.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th a")!.TextContent).ToList();
        Assert.Equal(["0412/QĐ-UBND", "0156/QĐ-UBND"], rows);
        Assert.NotNull(page.QuerySelector("a[href='/nhan-vien/them-san-pham/']"));
    }

    [Fact]
    public void Product_schema_offers_the_groups_producers_and_certificates_of_the_sample()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(root.Site.Output, "nhan-vien", "them-san-pham", "product.schema.json")))!;
        string[] Enum(string field) => [.. schema["properties"]![field]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
        string[] Files(string folder) => [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Content, folder), "*.md").Select(Path.GetFileName).Where(f => f!.Count(c => c == '.') == 1).Select(f => f![..^3])];

        Assert.Equal(["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich"], Enum("group"));
        Assert.Equal(Files("chu-the").Order(), Enum("producer").Order());
        Assert.Equal(Files("chung-nhan").Order(), Enum("certificate").Order());
        Assert.Contains("Tân Lập", Enum("village"));
        Assert.Equal("unit", schema["dependentRequired"]!["price"]![0]!.GetValue<string>());
        Assert.Equal(OcopShowcase.Content.Parsing.PhoneNumber.Pattern, schema["properties"]!["buy"]!["properties"]!["phone"]!["pattern"]!.GetValue<string>());
        Assert.Equal(OcopShowcase.Diagnostics.DiagnosticCatalogue.BadUrl.MessageVi, schema["x-ocop-messages"]!["OCOP017"]!["vi"]!.GetValue<string>());

        // The form's select lists are the schema's choices.
        var form = root.Site.Page("nhan-vien/them-san-pham/index.html");
        string[] Options(string name) => [.. form.QuerySelectorAll($"select[name={name}] option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0)];
        Assert.Equal(Enum("producer"), Options("producer"));
        Assert.Equal(Enum("certificate"), Options("certificate"));
        Assert.Equal(Enum("group"), Options("group"));
        Assert.Equal(Enum("village"), Options("village"));
    }
}
