using OcopShowcase.Assets.Discovery;

namespace OcopShowcase.Tests.Assets;

/// <summary>
/// The home-screen icons are drawn once and then taken from <c>.cache/icons/</c>, like share cards: a build whose
/// drawings are all cached does not load the graphics library (and its 10 MB native library) at all.
/// </summary>
public class AppIconCacheTests
{
    private static BuildResult Build(string cache)
        => BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, "unused", null, new DateOnly(2026, 11, 29), cache));

    private static Dictionary<int, byte[]> Icons(BuildResult build)
        => AppIcons.Sizes.ToDictionary(size => size, size => build.Files.Single(f => f.Path == AppIcons.IconPath(size)).ReadBytes());

    [Fact]
    public void Cached_icons_are_published_as_cached_and_a_lost_cache_draws_the_same_icons_again()
    {
        var cache = TestPaths.TempDirectory();
        var drawn = Icons(Build(cache));
        var cached = Directory.GetFiles(Path.Combine(cache, "icons"), "*.png", SearchOption.AllDirectories);
        Assert.Equal(AppIcons.Sizes.Length, cached.Length);

        // A cached icon is what the next build publishes: nothing is drawn again.
        byte[] marker = [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3];
        foreach (var file in cached)
        {
            File.WriteAllBytes(file, marker);
        }

        Assert.All(Icons(Build(cache)).Values, bytes => Assert.Equal(marker, bytes));

        Directory.Delete(Path.Combine(cache, "icons"), recursive: true);
        Assert.Equal(drawn, Icons(Build(cache)));
    }
}
