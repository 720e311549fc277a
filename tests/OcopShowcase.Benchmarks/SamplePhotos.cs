using System.Text.RegularExpressions;

namespace OcopShowcase.Benchmarks;

/// <summary><c>photos --content DIR</c>: paints the sample content's photos (every <c>anh-N.jpg</c> a bundle lists).</summary>
public static partial class SamplePhotos
{
    public static int Run(string[] args)
    {
        var content = args.Length == 2 && args[0] == "--content" ? args[1] : "content";
        var seed = 1;
        foreach (var index in Directory.EnumerateFiles(content, "index.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(index);
            var group = GroupLine().Match(text) is { Success: true } g ? g.Groups[1].Value : "du-lich";
            foreach (Match photo in PhotoLine().Matches(text))
            {
                var path = Path.Combine(Path.GetDirectoryName(index)!, photo.Groups[1].Value);
                File.WriteAllBytes(path, PhotoPainter.Paint(group, seed++, 2000, 1500));
                Console.WriteLine(path);
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^group: (\S+)", RegexOptions.Multiline)]
    private static partial Regex GroupLine();

    [GeneratedRegex(@"file: (anh-\d+\.jpg)")]
    private static partial Regex PhotoLine();
}
