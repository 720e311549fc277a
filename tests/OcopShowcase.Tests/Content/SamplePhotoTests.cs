using SkiaSharp;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The sample photos (drawn by tests/OcopShowcase.Benchmarks/SampleIllustrations.cs) stay small in the repository and
/// show different things: once every product showed the same beige box.
/// </summary>
public class SamplePhotoTests
{
    private const long MaxBytes = 150 * 1024;

    private static IReadOnlyList<string> Photos(string name) => Directory.EnumerateFiles(TestPaths.Content, name, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_sample_photo_is_a_phone_sized_jpeg_under_150_kb()
    {
        var photos = Photos("anh-*.jpg");
        Assert.True(photos.Count >= 30);
        foreach (var photo in photos)
        {
            Assert.True(new FileInfo(photo).Length <= MaxBytes, $"{photo}: {new FileInfo(photo).Length / 1024} KB");
            using var codec = SKCodec.Create(photo);
            Assert.Equal((SKEncodedImageFormat.Jpeg, 2000, 1500), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        }
    }

    [Fact]
    public void No_two_pages_show_the_same_picture()
    {
        // Each first photo shrunk to 16×12: two drawings of different things differ clearly on average.
        var thumbnails = Photos("anh-1.jpg").Select(p => (Path: p, Pixels: Thumbnail(p))).ToList();
        Assert.True(thumbnails.Count >= 17, $"{thumbnails.Count} first photos: every sample product and place has one");
        for (var i = 0; i < thumbnails.Count; i++)
        {
            for (var j = i + 1; j < thumbnails.Count; j++)
            {
                var difference = thumbnails[i].Pixels.Zip(thumbnails[j].Pixels, (a, b) => Math.Abs(a - b)).Average();
                Assert.True(difference > 8, $"{thumbnails[i].Path} and {thumbnails[j].Path} look alike (mean difference {difference:F1})");
            }
        }
    }

    private static int[] Thumbnail(string path)
    {
        using var full = SKBitmap.Decode(path);
        using var small = full.Resize(new SKImageInfo(16, 12), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return small.Pixels.SelectMany(p => new int[] { p.Red, p.Green, p.Blue }).ToArray();
    }
}
