using AngleSharp.Dom;

namespace OcopShowcase.Tests.Integration;

public class SampleSiteTests(RootSite root) : IClassFixture<RootSite>
{
    private SampleSite Site => root.Site;

    [Fact]
    public void The_sample_site_builds_with_only_the_expected_warnings()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        Assert.Equal(["OCOP104", "OCOP105"], Site.Result.Diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void Sample_content_meets_the_brief()
    {
        var content = OcopShowcase.Content.ContentLoader.Load(TestPaths.Content, null, new Diagnostics.DiagnosticBag())!;
        Assert.True(content.Products.Count >= 12);
        Assert.Equal(6, content.Products.Select(p => p.Group).Distinct().Count());
        Assert.True(content.Producers.Count >= 6);
        Assert.True(content.Tourism.Count >= 4);
        Assert.True(content.News.Count >= 3);
        Assert.True(content.Site.Demo);
    }

    [Fact]
    public void Every_product_page_shows_certificate_producer_and_buy_links()
    {
        var products = Directory.GetDirectories(Path.Combine(TestPaths.Content, "san-pham"));
        Assert.NotEmpty(products);
        foreach (var folder in products)
        {
            var page = Site.Page($"san-pham/{Path.GetFileName(folder)}/index.html");
            var certificate = page.QuerySelector(".cert");
            Assert.NotNull(certificate);
            var decision = certificate!.QuerySelectorAll(".facts a").First();
            Assert.Matches(@"^\d+/QĐ-UBND$", decision.TextContent);
            var state = certificate.QuerySelector(".state")!.TextContent;
            Assert.Contains(state, new[] { "Còn hiệu lực", "Sắp hết hạn", "Đã hết hạn" });
            if (state != "Đã hết hạn")
            {
                Assert.Matches(@"^OCOP [345] sao$", page.QuerySelector(".product__header .stars")!.GetAttribute("aria-label"));
            }
            else
            {
                Assert.Null(page.QuerySelector(".product__header .stars"));
                Assert.Null(page.QuerySelector(".cert .stars"));
            }

            Assert.Contains(page.QuerySelectorAll(".facts a"), a => a.GetAttribute("href")!.StartsWith("/chu-the/", StringComparison.Ordinal));
            Assert.StartsWith("https://postmart.vn/", page.QuerySelector("a.button--postmart")!.GetAttribute("href"));
            Assert.StartsWith("https://voso.vn/", page.QuerySelector("a.button--voso")!.GetAttribute("href"));
            Assert.StartsWith("tel:+84", page.QuerySelector("a.button--call")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Expired_and_expiring_certificates_are_shown_as_such()
    {
        var expired = Site.Page("san-pham/nem-chua-cam-tan/index.html");
        Assert.Equal("Đã hết hạn", expired.QuerySelector(".cert .state")!.TextContent);
        Assert.Null(expired.QuerySelector(".product__header .stars"));
        var expiring = Site.Page("san-pham/tinh-dau-sa-chanh/index.html");
        Assert.Equal("Sắp hết hạn", expiring.QuerySelector(".cert .state")!.TextContent);
        Assert.NotNull(expiring.QuerySelector(".stars"));
    }

    [Fact]
    public void Prices_and_dates_are_localised()
    {
        Assert.Equal("45.000 ₫ / hộp 300 g", Site.Page("san-pham/che-lam-cam-tan/index.html").QuerySelector(".product__price")!.TextContent);
        Assert.Equal("45,000 VND per 300 g box", Site.Page("en/san-pham/che-lam-cam-tan/index.html").QuerySelector(".product__price")!.TextContent);
        Assert.Contains("12/06/2024", Site.Page("san-pham/che-lam-cam-tan/index.html").QuerySelector(".cert")!.TextContent);
        Assert.Contains("12 Jun 2024", Site.Page("en/san-pham/che-lam-cam-tan/index.html").QuerySelector(".cert")!.TextContent);
    }

    [Fact]
    public void Every_internal_link_and_image_resolves()
        => Assert.Empty(LinkCheck.BrokenLinks(Site, "/"));

    [Fact]
    public void Every_product_photo_is_responsive_sized_and_never_shifts_the_layout()
    {
        var page = Site.Page("san-pham/che-lam-cam-tan/index.html");
        var images = page.QuerySelectorAll("img:not(.brand__mark)");
        Assert.True(images.Length >= 3);
        foreach (var img in images)
        {
            Assert.Equal("PICTURE", img.ParentElement!.TagName);
            Assert.Equal("image/webp", img.ParentElement.QuerySelector("source")!.GetAttribute("type"));
            Assert.Matches(@"\.webp 360w", img.ParentElement.QuerySelector("source")!.GetAttribute("srcset"));
            Assert.Matches(@"\.jpg 720w", img.GetAttribute("srcset"));
            Assert.NotNull(img.GetAttribute("sizes"));
            Assert.Equal("1600", img.GetAttribute("width"));
            Assert.Equal("1200", img.GetAttribute("height"));
            Assert.StartsWith("background-color:#", img.GetAttribute("style"));
        }

        Assert.Equal("high", images[0].GetAttribute("fetchpriority"));
        Assert.All(images.Skip(1), img => Assert.Equal("lazy", img.GetAttribute("loading")));
    }

    [Fact]
    public void No_published_photo_carries_metadata_and_originals_are_re_encoded()
    {
        var photos = Directory.EnumerateFiles(Site.Output, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".webp", StringComparison.Ordinal)).ToList();
        Assert.True(photos.Count > 100);
        Assert.All(photos, f => Assert.False(Assets.JpegFixtures.HasMetadata(File.ReadAllBytes(f)), f));
        var original = File.ReadAllBytes(Path.Combine(TestPaths.Content, "san-pham", "che-lam-cam-tan", "anh-1.jpg"));
        var published = File.ReadAllBytes(Path.Combine(Site.Output, "san-pham", "che-lam-cam-tan", "anh-1.jpg"));
        Assert.False(original.SequenceEqual(published));
    }

    [Fact]
    public void Site_has_the_github_pages_files()
    {
        Assert.True(File.Exists(Path.Combine(Site.Output, ".nojekyll")));
        Assert.Equal("Không tìm thấy trang", Site.Page("404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Headings_in_markdown_get_ascii_anchors_from_our_slugifier()
    {
        var page = Site.Page("chuong-trinh-ocop/index.html");
        Assert.NotNull(page.QuerySelector("h2#danh-gia-va-xep-hang"));
        Assert.NotNull(page.QuerySelector("h2#sau-nhom-san-pham"));
    }

    [Fact]
    public void Two_builds_produce_identical_bytes()
    {
        var again = new SampleSite(null);
        var first = Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Site.Output, f)).Order(StringComparer.Ordinal).ToList();
        var second = Directory.EnumerateFiles(again.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(Site.Output, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(again.Output, file))), file);
        }
    }
}

public class ProjectSiteTests(ProjectSite project) : IClassFixture<ProjectSite>
{
    [Fact]
    public void Every_link_works_under_a_github_pages_base_path()
    {
        Assert.True(project.Site.Result.Succeeded);
        Assert.Empty(LinkCheck.BrokenLinks(project.Site, "/ocop-cam-tan/"));
    }

    [Fact]
    public void Calendar_uids_and_the_subscription_carry_the_base_path_so_two_sites_under_one_host_do_not_collide()
    {
        var ics = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(project.Site.Output, "su-kien", "lich.ics")))!;
        Assert.NotEmpty(ics.Events);
        Assert.All(ics.Events, e => Assert.EndsWith("/ocop-cam-tan", e.Uid, StringComparison.Ordinal));
        var href = project.Site.Page("su-kien/index.html").QuerySelector(".calendar-box a.button--calendar")!.GetAttribute("href");
        Assert.Matches("^webcal://[^/]+/ocop-cam-tan/su-kien/lich\\.ics$", href);
    }

    [Fact]
    public void Markdown_links_and_the_404_page_carry_the_base_path()
    {
        var page = project.Site.Page("chuong-trinh-ocop/index.html");
        Assert.Contains(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/ocop-cam-tan/chung-nhan/");
        var notFound = project.Site.Page("404.html");
        Assert.All(notFound.QuerySelectorAll("a[href^='/'], link[href^='/'], img[src^='/']"),
            e => Assert.StartsWith("/ocop-cam-tan/", e.GetAttribute("href") ?? e.GetAttribute("src")));
        Assert.Equal("https://example.github.io/ocop-cam-tan/san-pham/che-lam-cam-tan/",
            project.Site.Page("san-pham/che-lam-cam-tan/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}

/// <summary>Follows every href and src of every page to a file of the output, as a static host would serve it.</summary>
public static class LinkCheck
{
    public static IReadOnlyList<string> BrokenLinks(SampleSite site, string basePath)
    {
        var broken = new List<string>();
        foreach (var path in site.HtmlFiles)
        {
            var page = site.Page(path);
            var urls = page.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }
                    .Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim().Split(' ')[0])))
                .OfType<string>();
            foreach (var url in urls.Where(u => !u.StartsWith("http", StringComparison.Ordinal) && !u.StartsWith("mailto:", StringComparison.Ordinal) && !u.StartsWith("tel:", StringComparison.Ordinal) && !u.StartsWith("geo:", StringComparison.Ordinal) && !u.StartsWith("webcal:", StringComparison.Ordinal) && !u.StartsWith('#')))
            {
                if (!url.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{path}: {url} (outside {basePath})");
                    continue;
                }

                var target = Uri.UnescapeDataString(url[basePath.Length..].Split('#', '?')[0]);
                var file = Path.Combine(site.Output, target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target);
                if (!File.Exists(file))
                {
                    broken.Add($"{path}: {url}");
                }
            }
        }

        return broken;
    }
}
