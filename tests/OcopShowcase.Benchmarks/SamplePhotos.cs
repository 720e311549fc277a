using System.Text.RegularExpressions;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>photos --content DIR</c>: draws the sample content's photos, every <c>anh-N.jpg</c> a bundle lists, each the
/// illustration of its own product or place (<see cref="SampleIllustrations"/>), 2000×1500 like a phone photo.
/// </summary>
public static partial class SamplePhotos
{
    public const int Width = 2000;
    public const int Height = 1500;

    public static int Run(string[] args)
    {
        var content = args.Length == 2 && args[0] == "--content" ? args[1] : "content";
        foreach (var index in Directory.EnumerateFiles(content, "index.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(index)!;
            var slug = Path.GetFileName(folder);
            foreach (Match photo in PhotoLine().Matches(File.ReadAllText(index)))
            {
                var path = Path.Combine(folder, photo.Groups[1].Value);
                var number = int.Parse(photo.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                File.WriteAllBytes(path, SampleIllustrations.Paint(slug, number, Width, Height));
                Console.WriteLine($"{path} ({new FileInfo(path).Length / 1024} KB)");
            }
        }

        return 0;
    }

    [GeneratedRegex(@"file: (anh-(\d+)\.jpg)")]
    private static partial Regex PhotoLine();
}
