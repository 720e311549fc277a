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
        => DerivedFileKey.DrawingSources.Split(';').Select(entry => entry.Split('=')).ToDictionary(parts => parts[0].Replace('\\', '/'), parts => parts[1], StringComparer.Ordinal);

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
        var drawing = Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => GraphicsLibrary().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(Generator, file).Replace('\\', '/'))
            .ToList();
        Assert.Contains("Assets/Images/PhotoEncoder.cs", drawing);
        Assert.Contains("Assets/Posters/PosterPainter.cs", drawing);
        Assert.All(drawing.Where(file => file != "Assets/Images/PhotoEncoder.cs"), file => Assert.Contains(file, embedded));
    }

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

        var build = BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, "unused", null, new DateOnly(2026, 11, 29), cache));
        Assert.True(build.Succeeded);

        Assert.False(Directory.Exists(Path.Combine(cards, "ab")));
        Assert.False(Directory.Exists(Path.Combine(cards, "0123456789ab")));
        Assert.True(File.Exists(recent));
        var current = Path.Combine(cards, DerivedFileKey.DrawingCode[..12]);
        Assert.Equal(build.Cards.Files.Count, Directory.GetFiles(current, "*.jpg", SearchOption.AllDirectories).Length);
        Assert.All(build.Cards.Files, file => Assert.StartsWith(current + Path.DirectorySeparatorChar, file.CopyFrom));
    }

    [GeneratedRegex(@"\b(using (SkiaSharp|HarfBuzzSharp|QRCoder)\b|SkiaSharp\.|HarfBuzzSharp\.|QRCoder\.)")]
    private static partial Regex GraphicsLibrary();
}
