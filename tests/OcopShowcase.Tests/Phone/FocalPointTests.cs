using OcopShowcase.Assets;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Tests.Integration;
using SkiaSharp;

namespace OcopShowcase.Tests.Phone;

/// <summary>
/// A photo's focal point is read once, and one computation (<see cref="FocalPoint.Cover"/>, the rule of CSS
/// object-fit: cover with object-position) crops it on every surface: the page's cards, share cards and posters.
/// </summary>
public class FocalPointTests(RootSite root) : IClassFixture<RootSite>
{
    [Theory]
    [InlineData("top", 0.5, 0.0)]
    [InlineData("center", 0.5, 0.5)]
    [InlineData("bottom", 0.5, 1.0)]
    [InlineData("top left", 0.0, 0.0)]
    [InlineData("30% 20%", 0.3, 0.2)]
    [InlineData(" 100%  0% ", 1.0, 0.0)]
    public void A_focus_text_names_a_point(string text, double x, double y)
        => Assert.Equal(new FocalPoint(x, y), FocalPointReader.Parse(text));

    [Theory]
    [InlineData("giữa")]
    [InlineData("30%")]
    [InlineData("120% 20%")]
    [InlineData("top bottom")]
    [InlineData("30 20")]
    [InlineData("-5% 10%")]
    public void Anything_else_is_no_point(string text) => Assert.Null(FocalPointReader.Parse(text));

    [Fact]
    public void A_wrong_focus_is_OCOP120_at_its_line()
    {
        var fixture = new ContentFixture();
        fixture.Write("san-pham/che-lam/anh-1.jpg", "");
        File.Copy(Path.Combine(TestPaths.Content, "san-pham/che-lam-cam-tan/anh-1.jpg"), Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/anh-1.jpg"), overwrite: true);
        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("summary: Chè lam thử.\n", "summary: Chè lam thử.\nphotos:\n  - file: anh-1.jpg\n    focus: giữa\n", StringComparison.Ordinal));
        var focusLine = Array.FindIndex(File.ReadAllLines(product), l => l.Contains("focus: giữa", StringComparison.Ordinal)) + 1;
        var error = fixture.SingleError();
        Assert.Equal("OCOP120", error.Code);
        Assert.Equal(focusLine, error.At.Line);
        Assert.Equal(12, error.At.Column);
        Assert.Equal("san-pham/che-lam/index.md", error.At.File);
    }

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 0.3)]
    public void The_crop_is_css_object_position_of_a_cover_fit(double x, double y)
    {
        // CSS: the image is scaled to cover the frame, then offset by (frame − scaled image) × position.
        const double imageWidth = 1600, imageHeight = 900, frameWidth = 300, frameHeight = 300;
        var scale = Math.Max(frameWidth / imageWidth, frameHeight / imageHeight);
        var cssLeft = -(frameWidth - imageWidth * scale) * x / scale;
        var cssTop = -(frameHeight - imageHeight * scale) * y / scale;
        var crop = new FocalPoint(x, y).Cover(imageWidth, imageHeight, frameWidth, frameHeight);
        Assert.Equal(cssLeft, crop.Left, 6);
        Assert.Equal(cssTop, crop.Top, 6);
        Assert.Equal(frameWidth / scale, crop.Width, 6);
        Assert.Equal(frameHeight / scale, crop.Height, 6);
    }

    [Fact]
    public void A_page_card_crops_on_the_focal_point_by_object_position()
    {
        // content/san-pham/mat-ong-rung-cam-tan: its first photo has focus: "50% 70%".
        var focus = new FocalPoint(0.5, 0.7);
        var page = root.Site.Page("san-pham/index.html");
        var card = page.QuerySelectorAll(".card__media img").Single(i => i.GetAttribute("alt")!.StartsWith("Mật ong rừng", StringComparison.Ordinal));
        Assert.Contains("object-position:" + focus.CssPosition, card.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal("50% 70%", focus.CssPosition);
    }

    [Fact]
    public void A_share_card_crops_on_the_focal_point()
    {
        // A tall photo, red above and blue below; the card's photo panel (560 × 630) shows a part of it.
        var photo = TwoColourPhoto();
        Assert.Equal(SKColors.Red, CentreOfShareCard(photo, new FocalPoint(0.5, 0)), new ColourNear());
        Assert.Equal(SKColors.Blue, CentreOfShareCard(photo, new FocalPoint(0.5, 1)), new ColourNear());
        Assert.Equal(SKColors.Red, CentreOfShareCard(photo, FocalPointReader.Parse("top")!), new ColourNear());
    }

    [Fact]
    public void A_poster_crops_on_the_focal_point()
    {
        using var photo = SKImage.FromEncodedData(File.ReadAllBytes(TwoColourPhoto()));
        Assert.Equal(SKColors.Red, CentreOfPosterPhoto(photo, new FocalPoint(0.5, 0)), new ColourNear());
        Assert.Equal(SKColors.Blue, CentreOfPosterPhoto(photo, new FocalPoint(0.5, 1)), new ColourNear());
    }

    private static SKColor CentreOfShareCard(string photo, FocalPoint focus)
    {
        using var painter = new SocialCardPainter(Path.Combine(TestPaths.Theme, "fonts"));
        var jpeg = painter.Paint(new SocialCard("x", "Tên", "Nhóm", null, null, "Cẩm Tân", "OCOP", photo, focus));
        using var bitmap = SKBitmap.Decode(jpeg);
        return bitmap.GetPixel(280, 315);
    }

    private static SKColor CentreOfPosterPhoto(SKImage photo, FocalPoint focus)
    {
        var size = PaperSize.A4;
        using var surface = SKSurface.Create(new SKImageInfo((int)size.Width, (int)size.Height));
        using var regular = SKTypeface.FromFile(Path.Combine(TestPaths.Theme, "fonts", "BeVietnamPro-Regular.ttf"));
        using var bold = SKTypeface.FromFile(Path.Combine(TestPaths.Theme, "fonts", "BeVietnamPro-Bold.ttf"));
        var labels = new PosterLabels("OCOP", "Chương trình", "Cẩm Tân", "Quét", "Mở camera", "Ghi chú", null);
        var poster = new Poster(OcopShowcase.Site.PageKey.Site("k"), "vi", "/posters/x", "/x/", "Tên", "Nhóm", null, null, null, "Tóm tắt", null, "https://example.org/x/", "example.org/x/", labels, null, focus);
        surface.Canvas.Clear(SKColors.White);
        new PosterPainter(regular, bold).Paint(surface.Canvas, poster, size, photo);
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        // The A4 photo frame runs from the margin to the margin, 36 pt below it, 270 pt tall.
        return bitmap.GetPixel((int)(size.Width / 2), (int)(size.Margin + 36 + 135));
    }

    private static string TwoColourPhoto()
    {
        var path = Path.Combine(TestPaths.TempDirectory(), "two-colours.jpg");
        using var bitmap = new SKBitmap(400, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 400, 400, red);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    private sealed class ColourNear : IEqualityComparer<SKColor>
    {
        public bool Equals(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) < 40 && Math.Abs(a.Green - b.Green) < 40 && Math.Abs(a.Blue - b.Blue) < 40;

        public int GetHashCode(SKColor c) => 0;
    }
}
