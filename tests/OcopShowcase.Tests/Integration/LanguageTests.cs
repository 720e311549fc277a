using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Integration;

public class LanguageTests(RootSite root) : IClassFixture<RootSite>
{
    private SampleSite Site => root.Site;

    private IEnumerable<string> VietnamesePages => Site.HtmlFiles.Where(p => !p.StartsWith("en/", StringComparison.Ordinal) && p != "404.html");

    [Fact]
    public void Every_vietnamese_page_has_an_english_counterpart_at_the_same_slug()
    {
        Assert.NotEmpty(VietnamesePages);
        foreach (var path in VietnamesePages)
        {
            Assert.True(File.Exists(Path.Combine(Site.Output, "en", path)), "missing en/" + path);
            Assert.Equal("vi", Site.Page(path).DocumentElement.GetAttribute("lang"));
            Assert.Equal("en", Site.Page("en/" + path).DocumentElement.GetAttribute("lang"));
        }
    }

    /// <summary>"1 products" on an English page reads as a mistake; Vietnamese has one form.</summary>
    [Fact]
    public void English_counts_of_one_are_singular()
    {
        var english = Site.HtmlFiles.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => Site.Page(p).Body!.TextContent).ToList();
        Assert.Contains(english, text => Regex.IsMatch(text, @"\b1 product\b"));
        Assert.DoesNotContain(english, text => Regex.IsMatch(text, @"\b1 (products|results)\b"));
    }

    [Fact]
    public void Hreflang_alternates_are_symmetric_and_the_switcher_points_at_the_same_page()
    {
        foreach (var path in VietnamesePages)
        {
            var vi = Site.Page(path);
            var en = Site.Page("en/" + path);
            if (vi.QuerySelector("meta[name=robots][content=noindex]") is not null)
            {
                Assert.Null(vi.QuerySelector("link[rel=alternate][hreflang]"));
                continue;
            }

            string Alternate(AngleSharp.Dom.IDocument d, string lang) => d.QuerySelector($"link[rel=alternate][hreflang={lang}]")!.GetAttribute("href")!;
            Assert.Equal(Alternate(vi, "en"), Alternate(en, "en"));
            Assert.Equal(Alternate(vi, "vi"), Alternate(en, "vi"));
            Assert.Equal(vi.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Alternate(en, "vi"));
            Assert.Equal(en.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Alternate(vi, "en"));
            var url = "/" + path[..^"index.html".Length];
            Assert.Equal("/en" + url, vi.QuerySelector(".lang a[hreflang=en]")!.GetAttribute("href"));
            Assert.Equal(url, en.QuerySelector(".lang a[hreflang=vi]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void An_untranslated_product_says_so_and_marks_its_text_vietnamese()
    {
        var page = Site.Page("en/san-pham/banh-gai-cam-tan/index.html");
        Assert.Equal("This content has not been translated yet; you are reading the Vietnamese version.", page.QuerySelector(".note--untranslated")!.TextContent);
        Assert.Equal("vi", page.QuerySelector("article.product")!.GetAttribute("lang"));
        Assert.Equal("Bánh gai Cẩm Tân", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", page.QuerySelector(".product__aside")!.GetAttribute("lang"));

        var translated = Site.Page("en/san-pham/che-lam-cam-tan/index.html");
        Assert.Null(translated.QuerySelector(".note--untranslated"));
        Assert.Equal("Cẩm Tân chè lam", translated.QuerySelector("h1")!.TextContent);
        Assert.Equal("Food", translated.QuerySelector(".product__group")!.TextContent.Trim());
        Assert.Contains("Provincial level", translated.QuerySelector(".cert")!.TextContent);
    }

    [Fact]
    public void Translations_inherit_shared_fields()
    {
        var vi = Site.Page("san-pham/che-lam-cam-tan/index.html");
        var en = Site.Page("en/san-pham/che-lam-cam-tan/index.html");
        Assert.Equal(vi.QuerySelector("a.button--postmart")!.GetAttribute("href"), en.QuerySelector("a.button--postmart")!.GetAttribute("href"));
        Assert.Equal(vi.QuerySelector(".gallery img")!.GetAttribute("src"), en.QuerySelector(".gallery img")!.GetAttribute("src"));
        Assert.Equal(vi.QuerySelector(".product__header .stars")!.GetAttribute("class"), en.QuerySelector(".product__header .stars")!.GetAttribute("class"));
    }

    [Fact]
    public void Markdown_links_follow_the_reader_language()
    {
        var en = Site.Page("en/chuong-trinh-ocop/index.html");
        Assert.Contains(en.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/en/chung-nhan/");
    }

    [Fact]
    public void Sample_content_has_english_for_half_the_products_every_listing_and_the_about_pages()
    {
        var products = Directory.GetDirectories(Path.Combine(TestPaths.Content, "san-pham"));
        Assert.True(products.Count(p => File.Exists(Path.Combine(p, "index.en.md"))) * 2 >= products.Length);
        Assert.All(Directory.GetDirectories(Path.Combine(TestPaths.Content, "du-lich")), d => Assert.True(File.Exists(Path.Combine(d, "index.en.md"))));
        Assert.All(Directory.GetFiles(Path.Combine(TestPaths.Content, "trang"), "*.md").Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal)),
            f => Assert.True(File.Exists(f[..^3] + ".en.md")));
    }
}

public class StringsTests
{
    [Fact]
    public void A_missing_string_key_fails_the_build_naming_key_and_file()
    {
        var fixture = new ContentFixture();
        var theme = Path.Combine(fixture.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var en = Path.Combine(theme, "i18n", "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("  tourism: Tourism\n", "", StringComparison.Ordinal));
        var result = BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme });
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("OCOP301", error.Code);
        Assert.Equal("Thiếu chuỗi giao diện \"nav.tourism\" trong theme/i18n/en.yml.", error.Message());
    }

    [Fact]
    public void A_third_language_needs_only_configuration_and_a_strings_file()
    {
        var fixture = new ContentFixture();
        var theme = Path.Combine(fixture.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        File.Copy(Path.Combine(theme, "i18n", "en.yml"), Path.Combine(theme, "i18n", "fr.yml"));
        var site = Path.Combine(fixture.ContentDirectory, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("languages: [vi, en]", "languages: [vi, en, fr]", StringComparison.Ordinal));
        var result = BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "fr/san-pham/che-lam/index.html");
    }

    [Fact]
    public void No_ui_string_of_the_theme_appears_as_a_literal_in_the_generator_sources()
    {
        var strings = new[] { "vi", "en" }
            .SelectMany(lang =>
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Theme, "i18n", lang + ".yml"))));
                return Scalars(yaml.Documents[0].RootNode);
            })
            .Where(s => s.Length >= 4 && Regex.IsMatch(s, @"\p{L}{2,}") && !Regex.IsMatch(s, "^[a-z-]+$"))
            .Distinct()
            .ToList();
        Assert.NotEmpty(strings);
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .ToList();
        // A UI string hard-coded in C# shows up as a string literal equal to it; lowercase ids such as producers are keys, not text.
        var leaks = strings
            .SelectMany(s => sources.Where(src => src.Text.Contains("\"" + s + "\"", StringComparison.Ordinal))
                .Select(src => $"{Path.GetFileName(src.File)}: \"{s}\""))
            .ToList();
        Assert.Empty(leaks);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
        YamlScalarNode scalar when scalar.Value is { } value => [value],
        _ => [],
    };
}
