using System.Text.RegularExpressions;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace OcopShowcase.Tests.Integration;

public abstract class PosterTestsBase(SampleSite site, string baseUrl)
{
    private const string Campaign = "?utm_source=qr&utm_medium=poster";

    protected SampleSite Site => site;

    /// <summary>Every poster PDF (not the print-shop bundles), as listed on the staff pages.</summary>
    protected IReadOnlyList<string> PosterPdfs()
    {
        var listed = new[] { "posters/index.html", "en/posters/index.html" }
            .SelectMany(page => site.Page(page).QuerySelectorAll(".poster__links a[download]"))
            .Select(a => a.GetAttribute("href")!)
            .ToList();
        Assert.Equal(17 * 2 * 2, listed.Count); // 13 products and 4 tourism listings, A4 and A6, two languages
        return listed;
    }

    [SkippableFact]
    public void Every_poster_qr_decodes_to_the_canonical_url_of_a_page_of_the_build()
    {
        PrintedPage.Require();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(PosterPdfs(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, href =>
        {
            var file = FileOf(href);
            using var raster = PrintedPage.Rasterize(file, dpi: 100);
            var qr = PrintedPage.ReadQr(raster);
            if (qr is not { } decoded)
            {
                failures.Add($"{href}: no QR code found");
                return;
            }

            if (decoded.Level != "Q")
            {
                failures.Add($"{href}: error correction {decoded.Level}");
            }

            if (!decoded.Text.StartsWith(baseUrl, StringComparison.Ordinal) || !decoded.Text.EndsWith(Campaign, StringComparison.Ordinal))
            {
                failures.Add($"{href}: {decoded.Text}");
                return;
            }

            var page = decoded.Text[baseUrl.Length..^Campaign.Length];
            var html = Path.Combine(site.Output, page, "index.html");
            if (!File.Exists(html))
            {
                failures.Add($"{href}: {decoded.Text} is not a page of the build");
                return;
            }

            var canonical = site.Page(Path.GetRelativePath(site.Output, html)).QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            if (canonical + Campaign != decoded.Text)
            {
                failures.Add($"{href}: QR {decoded.Text}, canonical {canonical}");
            }
        });

        Assert.Empty(failures);
    }

    protected string FileOf(string href)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
        Assert.StartsWith(basePath, href);
        return Path.Combine(site.Output, Uri.UnescapeDataString(href[basePath.Length..]));
    }
}

public sealed class RootSitePosterTests(RootSite root) : PosterTestsBase(root.Site, "https://cam-tan-ocop.github.io/"), IClassFixture<RootSite>
{
    private const float PointsPerMillimetre = 72f / 25.4f;

    [Fact]
    public void The_a4_poster_is_one_a4_page_with_embedded_fonts_and_the_name_as_text()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Site.Output, "posters/san-pham/che-lam-cam-tan-a4.pdf"));
        var page = SinglePageOfSize(pdf, 210, 297);
        var text = TextOf(page);
        Assert.Contains("Chè lam Cẩm Tân", text);
        Assert.Contains("OCOP 4 sao", text);
        Assert.Contains("Quét để xem sản phẩm", text);
        Assert.Contains("Xã Cẩm Tân", text);
        Assert.Contains("không phải tem truy xuất nguồn gốc", text);

        var fonts = page.Letters.Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.Contains(fonts, f => f.EndsWith("+BeVietnamPro-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.EndsWith("+BeVietnamPro-Regular", StringComparison.Ordinal));
        Assert.All(FontDescriptors(pdf), descriptor => Assert.True(descriptor.ContainsKey(NameToken.FontFile2), "every font is embedded"));
    }

    [Fact]
    public void The_a6_card_is_one_a6_page_in_english_for_the_english_site()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Site.Output, "en/posters/san-pham/che-lam-cam-tan-a6.pdf"));
        var text = TextOf(SinglePageOfSize(pdf, 105, 148));
        Assert.Contains("Scan to see this product", text);
        Assert.Contains("OCOP 4 stars", text);
    }

    [SkippableTheory]
    [InlineData("posters/san-pham/che-lam-cam-tan-a4.pdf", 15)]
    [InlineData("posters/san-pham/che-lam-cam-tan-a6.pdf", 10)]
    [InlineData("en/posters/du-lich/homestay-nha-san-tan-lap-a4.pdf", 15)]
    public void Nothing_is_printed_inside_the_margins(string file, int marginMm)
    {
        PrintedPage.Require();
        const int dpi = 100;
        using var raster = PrintedPage.Rasterize(Path.Combine(Site.Output, file), dpi);
        var margin = (int)Math.Floor(marginMm / 25.4 * dpi) - 1;
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                if (x < margin || y < margin || x >= raster.Width - margin || y >= raster.Height - margin)
                {
                    Assert.True(raster.GetPixel(x, y).Red > 245, $"ink at {x},{y} inside the {marginMm} mm margin");
                }
            }
        }
    }

    [Fact]
    public void The_print_shop_bundle_holds_every_poster_of_its_language()
    {
        using var a4 = PdfDocument.Open(Path.Combine(Site.Output, "posters/tat-ca-a4.pdf"));
        using var a6 = PdfDocument.Open(Path.Combine(Site.Output, "en/posters/tat-ca-a6.pdf"));
        Assert.Equal(17, a4.NumberOfPages);
        Assert.Equal(17, a6.NumberOfPages);
        Assert.Contains(a4.GetPages(), p => TextOf(p).Contains("Chè lam Cẩm Tân", StringComparison.Ordinal));
    }

    [Fact]
    public void The_staff_poster_page_is_noindex_out_of_the_sitemap_and_links_only_to_files_that_exist()
    {
        var page = Site.Page("posters/index.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("/posters/", File.ReadAllText(Path.Combine(Site.Output, "sitemap.xml")), StringComparison.Ordinal);
        var previews = page.QuerySelectorAll("img.poster__preview").ToList();
        Assert.Equal(17, previews.Count);
        Assert.All(previews, img =>
        {
            using var codec = SKCodec.Create(FileOf(img.GetAttribute("src")!));
            Assert.Equal(int.Parse(img.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) * 2, codec.Info.Width);
        });
        Assert.All(page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')), href =>
            Assert.True(File.Exists(FileOf(href)) || File.Exists(Path.Combine(FileOf(href), "index.html")), href));
        Assert.Equal(4, page.QuerySelectorAll(".downloads a").Length + Site.Page("en/posters/index.html").QuerySelectorAll(".downloads a").Length);
    }

    /// <summary>The document's only page, checked to be <paramref name="widthMm"/> × <paramref name="heightMm"/> within half a point.</summary>
    private static UglyToad.PdfPig.Content.Page SinglePageOfSize(PdfDocument pdf, int widthMm, int heightMm)
    {
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.InRange(page.Width, widthMm * PointsPerMillimetre - 0.5, widthMm * PointsPerMillimetre + 0.5);
        Assert.InRange(page.Height, heightMm * PointsPerMillimetre - 0.5, heightMm * PointsPerMillimetre + 0.5);
        return page;
    }

    private static string TextOf(UglyToad.PdfPig.Content.Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    private static IEnumerable<DictionaryToken> FontDescriptors(PdfDocument pdf)
    {
        var descriptors = pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(key => pdf.Structure.GetObject(key).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.FontDescriptor))
            .ToList();
        Assert.NotEmpty(descriptors);
        return descriptors;
    }
}

public sealed class ProjectSitePosterTests(ProjectSite project) : PosterTestsBase(project.Site, ProjectSite.BaseUrl.AbsoluteUri), IClassFixture<ProjectSite>;
