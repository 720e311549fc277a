using SkiaSharp;

namespace OcopShowcase.Tests.Integration;

public class SocialCardTests(RootSite root) : IClassFixture<RootSite>
{
    [Fact]
    public void Every_page_og_image_exists_with_1200_by_630_pixels()
    {
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in root.Site.HtmlFiles)
        {
            var page = root.Site.Page(path);
            var og = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            if (page.QuerySelector("meta[name=robots][content=noindex]") is not null && og is null)
            {
                continue;
            }

            Assert.NotNull(og);
            Assert.StartsWith("https://cam-tan-ocop.github.io/the-chia-se/", og);
            var file = Path.Combine(root.Site.Output, og!["https://cam-tan-ocop.github.io/".Length..]);
            if (checkedImages.Add(file))
            {
                using var codec = SKCodec.Create(file);
                Assert.Equal(new SKSizeI(1200, 630), codec.Info.Size);
            }
        }

        Assert.True(checkedImages.Count > 30);
    }

    [Fact]
    public void The_english_page_gets_an_english_card()
    {
        string Card(string path) => root.Site.Page(path).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Contains("/the-chia-se/vi/san-pham-che-lam-cam-tan.", Card("san-pham/che-lam-cam-tan/index.html"));
        Assert.Contains("/the-chia-se/en/san-pham-che-lam-cam-tan.", Card("en/san-pham/che-lam-cam-tan/index.html"));
        Assert.Equal("en_US", root.Site.Page("en/san-pham/che-lam-cam-tan/index.html").QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_card_shows_the_photo_on_the_left_and_the_brand_panel_on_the_right()
    {
        var og = root.Site.Page("san-pham/tho-cam-muong/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        using var card = SKBitmap.Decode(Path.Combine(root.Site.Output, og["https://cam-tan-ocop.github.io/".Length..]));
        var panel = card.GetPixel(1150, 20);
        Assert.True(Math.Abs(panel.Red - 122) < 12 && Math.Abs(panel.Green - 31) < 12 && Math.Abs(panel.Blue - 31) < 12, panel.ToString());
        var photo = card.GetPixel(280, 315);
        Assert.False(Math.Abs(photo.Red - 122) < 12 && Math.Abs(photo.Green - 31) < 12, photo.ToString());
    }
}
