using OcopShowcase.Assets.Images;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Assets;

public class ImagePipelineTests
{
    [Fact]
    public void A_cached_rebuild_encodes_nothing()
    {
        var root = TestPaths.TempDirectory();
        var files = Enumerable.Range(1, 3).Select(i =>
        {
            var path = Path.Combine(root, $"anh-{i}.jpg");
            File.WriteAllBytes(path, JpegFixtures.LeftRedRightBlue(300 + i, 200));
            return new ContentFile($"san-pham/x/anh-{i}.jpg", path);
        }).ToList();
        var cache = Path.Combine(root, "cache");

        var first = ImagePipeline.Process(files, ImageSettings.Default, cache, new DiagnosticBag());
        var second = ImagePipeline.Process(files, ImageSettings.Default, cache, new DiagnosticBag());

        Assert.Equal((3, 0), (first.Encoded, first.FromCache));
        Assert.Equal((0, 3), (second.Encoded, second.FromCache));
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));

        Directory.Delete(cache, recursive: true);
        var third = ImagePipeline.Process(files, ImageSettings.Default, cache, new DiagnosticBag());
        Assert.Equal(3, third.Encoded);
    }

    [Fact]
    public void A_broken_photo_is_an_error_naming_the_file()
    {
        var root = TestPaths.TempDirectory();
        var path = Path.Combine(root, "hong.jpg");
        File.WriteAllBytes(path, JpegFixtures.LeftRedRightBlue()[..300]);
        var bag = new DiagnosticBag();
        ImagePipeline.Process([new ContentFile("san-pham/x/hong.jpg", path)], ImageSettings.Default, Path.Combine(root, "cache"), bag);
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("OCOP041", error.Code);
        Assert.Equal("san-pham/x/hong.jpg", error.At.File);
    }

    [Fact]
    public void Fixtures_from_other_tools_decode_to_srgb()
    {
        var fixtures = Path.Combine(TestPaths.Repository, "tests", "fixtures", "photos");
        var bag = new DiagnosticBag();
        var set = ImagePipeline.Process(
            Directory.GetFiles(fixtures).Where(ImagePipeline.IsPhoto).Select(f => new ContentFile("x/" + Path.GetFileName(f), f)).ToList(),
            ImageSettings.Default, Path.Combine(TestPaths.TempDirectory(), "cache"), bag);
        var errors = bag.ToSortedList();
        Assert.Equal(["OCOP043"], errors.Select(e => e.Code));
        Assert.Equal("x/animated.gif", errors[0].At.File);

        SkiaSharp.SKColor Pixel(string name)
        {
            var photo = set.Find("/x/" + name)!;
            var file = set.Files.Single(f => f.Path == photo.Variants[0].JpegPath);
            using var bitmap = SkiaSharp.SKBitmap.Decode(file.CopyFrom!);
            return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
        }

        // CMYK (0, 100, 100, 0) is a strong red in sRGB, not cyan or black.
        var cmyk = Pixel("cmyk.jpg");
        Assert.True(cmyk.Red > 180 && cmyk.Green < 90 && cmyk.Blue < 90, $"cmyk.jpg → {cmyk}");
        // A 16-bit PNG of (0, 0.5, 1.0) stays that colour.
        var deep = Pixel("rgb16.png");
        Assert.True(Math.Abs(deep.Green - 128) < 12 && deep.Blue > 240 && deep.Red < 12, $"rgb16.png → {deep}");
    }
}
