using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OcopShowcase.Assets;

namespace OcopShowcase.Tests.Assets;

/// <summary>
/// Share cards, posters and icons are keyed by the code that draws them, not by the whole generator's build: a release
/// that only changes, say, a search index must not repaint and rename every card of a national catalogue (three minutes
/// on two cores at 20,000 products, and every page's <c>og:image</c> changed). That is only safe if the key really
/// follows every line that can change a drawing, so these tests hold the embedded list to the source tree.
/// </summary>
public partial class DrawingCacheTests
{
    private static string Generator => Path.Combine(TestPaths.Repository, "generator");

    private static Dictionary<string, string> Embedded()
        => DerivedFileKey.DrawingSources.Split(';').Select(entry => entry.Split('=')).ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    [Fact]
    public void The_embedded_drawing_code_is_the_source_as_it_is_now()
    {
        var embedded = Embedded();
        Assert.Contains("Assets/SocialCards/SocialCardPainter.cs", embedded.Keys);
        foreach (var (path, hash) in embedded)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Generator, path));
            Assert.True(Convert.ToHexString(SHA256.HashData(bytes)) == hash, $"{path}: the hash embedded in the generator is not the file's (a stale build?)");
        }
    }

    /// <summary>
    /// Every file that can draw (it uses the graphics, text-shaping or QR library) is in the key. The one exception is
    /// the photo encoder: photos are re-encoded copies keyed by their bytes and <c>ImageSettings.Fingerprint</c>, on
    /// purpose (renaming every photo on a release would make every visitor download them again).
    /// </summary>
    [Fact]
    public void Every_file_that_draws_is_part_of_the_drawing_key()
    {
        var embedded = Embedded().Keys.ToHashSet(StringComparer.Ordinal);
        var drawing = SourceFiles().Where(file => GraphicsLibrary().IsMatch(File.ReadAllText(Path.Combine(Generator, file)))).ToList();
        Assert.Contains("Assets/Images/PhotoEncoder.cs", drawing);
        Assert.Contains("Assets/Posters/PosterPainter.cs", drawing);
        Assert.All(drawing.Where(file => file != "Assets/Images/PhotoEncoder.cs"), file => Assert.Contains(file, embedded));
    }

    /// <summary>
    /// The generator's own types that drawing code names, apart from those declared in drawing files, and why none of
    /// them can change what is drawn. A new one fails here until it is either added to <c>DrawingCode</c> (it computes
    /// something a drawing shows, as <c>FocalPoint.Cover</c> computes the crop) or listed with its reason.
    /// </summary>
    private static readonly Dictionary<string, string> NamedButNotDrawing = new(StringComparer.Ordinal)
    {
        ["CacheFile"] = "stores the bytes a painter made",
        ["Fingerprint"] = "hashes the key",
        ["ImageSettings"] = "the photo derivatives' key, not a drawing's",
        ["Language"] = "which language's poster: its text is in the record",
        ["OutputFile"] = "publishes a cached file",
        ["PageKey"] = "names the poster's page",
        ["Producer"] = "a poster's field of that name (the type is a content record)",
        ["SiteModel"] = "what the app manifest lists",
        ["SiteUrls"] = "the poster's address, also in the record",
    };

    [Fact]
    public void Every_type_drawing_code_names_is_drawing_code_or_cannot_change_a_drawing()
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            foreach (Match match in Declaration().Matches(File.ReadAllText(Path.Combine(Generator, file))))
            {
                declared.TryAdd(match.Groups[1].Value, file);
            }
        }

        var drawing = Embedded().Keys.ToHashSet(StringComparer.Ordinal);
        var named = drawing
            .SelectMany(file => Identifier().Matches(LineComment().Replace(File.ReadAllText(Path.Combine(Generator, file)), "")).Select(m => m.Value))
            .Where(name => declared.TryGetValue(name, out var file) && !drawing.Contains(file))
            .ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("FocalPoint", named);
        Assert.Equal(NamedButNotDrawing.Keys.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Generator, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("bin/", StringComparison.Ordinal) && !file.StartsWith("obj/", StringComparison.Ordinal));

    [Fact]
    public void Drawings_live_in_a_folder_of_their_drawing_code_and_older_ones_are_removed()
    {
        var cache = TestPaths.TempDirectory();
        var cards = Path.Combine(cache, "cards");
        var hoursAgo = DateTime.UtcNow.AddHours(-3);

        // What an older generator left: the layout before drawing-code folders, and another drawing code's folder.
        var legacy = Path.Combine(cards, "ab", "ab12.jpg");
        var older = Path.Combine(cards, "0123456789ab", "cd", "cd34.jpg");
        foreach (var file in new[] { legacy, older })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        Directory.SetLastWriteTimeUtc(Path.Combine(cards, "ab"), hoursAgo);
        Directory.SetLastWriteTimeUtc(Path.Combine(cards, "0123456789ab"), hoursAgo);

        // A folder another build wrote to minutes ago (a `serve` of the previous release, still running) is left.
        var recent = Path.Combine(cards, "fedcba987654", "ef", "ef56.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(recent)!);
        File.WriteAllBytes(recent, [1, 2, 3]);

        // Nothing that is not a drawing folder is touched, however old (a photo derivatives' folder, a note).
        var other = Path.Combine(cards, "0123456789abcdef01234567", "x.webp");
        Directory.CreateDirectory(Path.GetDirectoryName(other)!);
        File.WriteAllBytes(other, [1]);
        File.WriteAllText(Path.Combine(cards, "README.txt"), "x");
        Directory.SetLastWriteTimeUtc(Path.GetDirectoryName(other)!, hoursAgo);
        File.SetLastWriteTimeUtc(Path.Combine(cards, "README.txt"), hoursAgo);

        // The current drawing code's folder is marked as in use every time it is asked for.
        var current = Path.Combine(cards, DerivedFileKey.DrawingCode[..12]);
        Directory.CreateDirectory(current);
        Directory.SetLastWriteTimeUtc(current, hoursAgo);

        var build = BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, "unused", null, new DateOnly(2026, 11, 29), cache));
        Assert.True(build.Succeeded);

        Assert.False(Directory.Exists(Path.Combine(cards, "ab")));
        Assert.False(Directory.Exists(Path.Combine(cards, "0123456789ab")));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(other));
        Assert.True(File.Exists(Path.Combine(cards, "README.txt")));
        Assert.True(Directory.GetLastWriteTimeUtc(current) > DateTime.UtcNow.AddMinutes(-10));
        Assert.Equal(build.Cards.Files.Select(f => f.CopyFrom).Distinct().Count(), Directory.GetFiles(current, "*.jpg", SearchOption.AllDirectories).Length);
        Assert.All(build.Cards.Files, file => Assert.StartsWith(current + Path.DirectorySeparatorChar, file.CopyFrom));
    }

    [GeneratedRegex(@"\b(using (SkiaSharp|HarfBuzzSharp|QRCoder)\b|SkiaSharp\.|HarfBuzzSharp\.|QRCoder\.)")]
    private static partial Regex GraphicsLibrary();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex("//.*")]
    private static partial Regex LineComment();
}
