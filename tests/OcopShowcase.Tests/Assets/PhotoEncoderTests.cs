using OcopShowcase.Assets.Images;
using SkiaSharp;

namespace OcopShowcase.Tests.Assets;

public class PhotoEncoderTests
{
    private static readonly ImageSettings Settings = ImageSettings.Default with { Widths = [100, 160, 1600] };

    private static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes);

    [Fact]
    public void Exif_orientation_6_comes_out_upright()
    {
        var source = JpegFixtures.WithExifAndXmp(JpegFixtures.LeftRedRightBlue(400, 200), orientation: 6);
        var result = PhotoEncoder.Encode(source, Settings);

        // Stored 400×200 with orientation 6 (rotate 90° clockwise to view): upright it is 200×400, red on top.
        Assert.Equal(200, result.Width);
        Assert.Equal(400, result.Height);
        using var upright = Decode(result.Files["200.jpg"]);
        Assert.Equal(200, upright.Width);
        Assert.Equal(400, upright.Height);
        var top = upright.GetPixel(100, 40);
        var bottom = upright.GetPixel(100, 360);
        Assert.True(top.Red > 150 && top.Blue < 100, $"top is {top}");
        Assert.True(bottom.Blue > 150 && bottom.Red < 100, $"bottom is {bottom}");
    }

    [Fact]
    public void No_published_file_carries_exif_xmp_or_gps()
    {
        var source = JpegFixtures.WithExifAndXmp(JpegFixtures.LeftRedRightBlue(), orientation: 1);
        Assert.True(JpegFixtures.HasMetadata(source));
        var result = PhotoEncoder.Encode(source, Settings);
        Assert.NotEmpty(result.Files);
        Assert.All(result.Files, f => Assert.False(JpegFixtures.HasMetadata(f.Value), f.Key));
    }

    [Fact]
    public void Widths_are_never_upscaled_and_both_formats_are_made()
    {
        var result = PhotoEncoder.Encode(JpegFixtures.LeftRedRightBlue(400, 200), Settings);
        Assert.Equal([100, 160, 400], result.Widths);
        Assert.Equal(["100.jpg", "100.webp", "160.jpg", "160.webp", "400.jpg", "400.webp"], result.Files.Keys.Order(StringComparer.Ordinal));
        using var webp = SKCodec.Create(new MemoryStream(result.Files["160.webp"]));
        Assert.Equal(SKEncodedImageFormat.Webp, webp.EncodedFormat);
        Assert.Equal(new SKSizeI(160, 80), webp.Info.Size);
    }

    [Fact]
    public void The_placeholder_is_the_dominant_colour()
    {
        var result = PhotoEncoder.Encode(JpegFixtures.LeftRedRightBlue(), Settings);
        Assert.Matches("^#[0-9a-f]{6}$", result.PlaceholderColor);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public void Broken_files_are_refused_with_a_reason(string kind)
    {
        var jpeg = JpegFixtures.LeftRedRightBlue(800, 600);
        var bytes = kind == "truncated" ? jpeg[..(jpeg.Length / 3)] : "not an image at all"u8.ToArray();
        var problem = Assert.Throws<PhotoException>(() => PhotoEncoder.Encode(bytes, Settings)).Problem;
        Assert.Equal(kind == "truncated" ? PhotoProblem.Truncated : PhotoProblem.Unreadable, problem);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header()
    {
        var tiny = ImageSettings.Default with { MaxPixels = 10_000 };
        Assert.Equal(PhotoProblem.TooLarge, Assert.Throws<PhotoException>(() => PhotoEncoder.Encode(JpegFixtures.LeftRedRightBlue(400, 200), tiny)).Problem);
    }

    [Fact]
    public void A_png_with_alpha_keeps_it_in_webp_and_is_flattened_on_white_in_jpeg()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(200, 100, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var result = PhotoEncoder.Encode(png.ToArray(), Settings);
        using var jpeg = Decode(result.Files["200.jpg"]);
        Assert.True(jpeg.GetPixel(50, 50).Red > 240);
        using var webp = Decode(result.Files["200.webp"]);
        Assert.Equal(0, webp.GetPixel(50, 50).Alpha);
    }
}
