using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace OcopShowcase.Tests.Browser;

/// <summary>What staff get from the browser's Print button on a product page: one clean A4 sheet.</summary>
[Trait("Category", "Browser")]
public class PrintTests(ServedSite site) : IClassFixture<ServedSite>
{
    /// <summary>Every sample product in Vietnamese, and one in English (longer words, other labels).</summary>
    public static TheoryData<string, string> Products()
    {
        var data = new TheoryData<string, string>();
        foreach (var slug in Directory.GetDirectories(Path.Combine(TestPaths.Content, "san-pham")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add($"san-pham/{slug}/", "Xem ảnh, giới thiệu đầy đủ và nơi mua tại:");
        }

        data.Add("en/san-pham/mat-ong-rung-cam-tan/", "Photos, the full description and where to buy:");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Products))]
    public async Task A_product_page_prints_on_one_a4_page_with_its_address(string path, string addressLabel)
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".mainnav").IsVisibleAsync());
        Assert.False(await page.Locator(".button--postmart").IsVisibleAsync());
        var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
        var name = await page.Locator("h1").TextContentAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await page.CloseAsync();
        var artifacts = Path.Combine(TestPaths.Repository, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "print-" + path.Trim('/').Replace('/', '-') + ".pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var text = string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains(name!, text);
        Assert.Contains(addressLabel, text);
        Assert.Contains(canonical!, text.Replace(" ", "", StringComparison.Ordinal));
    }
}
