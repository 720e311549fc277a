using AngleSharp.Html.Parser;

namespace OcopShowcase.Tests.Rendering;

/// <summary>
/// Addresses are written in their public form while pages render: templates through <c>{{ url }}</c>, Markdown through
/// its link resolver, raw HTML through the sanitizer. Each path checks its links and reports where they were written.
/// </summary>
public class AddressTests
{
    private static readonly Uri ProjectSite = new("https://example.github.io/ocop-cam-tan/");

    [Fact]
    public void A_template_that_types_a_rooted_address_fails_at_its_line_and_column()
    {
        var fixture = new ContentFixture();
        var theme = ThemeCopy(fixture, "layouts/product.html", html => "<p>x</p>\n  <a href=\"/gioi-thieu/\">x</a>\n" + html);

        var error = Assert.Single(BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme }).Diagnostics, d => d.IsError);

        Assert.Equal("OCOP304", error.Code);
        Assert.Equal(("theme/layouts/product.html", 2, 12), (error.At.File, error.At.Line, error.At.Column));
        Assert.Contains("/gioi-thieu/", error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_link_to_no_published_file_is_reported_at_the_template_position()
    {
        var fixture = new ContentFixture();
        var theme = ThemeCopy(fixture, "partials/buy-box.html", html => html + "\n<a href=\"{{ url \"/khong-co/\" }}\">x</a>\n");

        var errors = BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme }).Diagnostics.Where(d => d.IsError).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal("OCOP113", e.Code);
            Assert.Equal("theme/partials/buy-box.html", e.At.File);
            Assert.Contains("/khong-co/", e.Message(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Raw_html_links_in_a_body_get_the_base_path_and_are_checked()
    {
        var fixture = new ContentFixture();
        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.AppendAllText(product, "\n<p><a href=\"/san-pham/\">Tất cả</a> <a href=\"https://postmart.vn/\">Postmart</a></p>\n");

        var result = fixture.Build(ProjectSite);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").Bytes!));
        Assert.Contains(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/ocop-cam-tan/san-pham/");
        Assert.Contains(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "https://postmart.vn/" && a.GetAttribute("rel") == "noopener noreferrer");

        File.AppendAllText(product, "\n<p><a href=\"/khong-co/\">x</a></p>\n");
        var broken = Assert.Single(fixture.Errors());
        Assert.Equal("OCOP112", broken.Code);
        Assert.Equal("san-pham/che-lam/index.md", broken.At.File);
    }

    [Fact]
    public void A_body_may_link_to_every_file_the_site_publishes_and_to_nothing_else()
    {
        // Feeds, the sitemap and the posters' print-shop bundle are published like pages and theme assets: a body's
        // link is checked against the same set of addresses as a template's.
        var fixture = new ContentFixture();
        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.AppendAllText(product, "\n[Tin mới](/feed.xml), [sơ đồ](/sitemap.xml), [áp phích](/posters/tat-ca-a4.pdf).\n");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "posters/tat-ca-a4.pdf");

        File.AppendAllText(product, "\n[Không có](/posters/khong-co.pdf)\n");
        var broken = fixture.SingleError();
        Assert.Equal("OCOP112", broken.Code);
        Assert.Contains("/posters/khong-co.pdf", broken.Message(), StringComparison.Ordinal);
    }

    private static string ThemeCopy(ContentFixture fixture, string template, Func<string, string> edit)
    {
        var theme = Path.Combine(fixture.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var path = Path.Combine(theme, template);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return theme;
    }
}
