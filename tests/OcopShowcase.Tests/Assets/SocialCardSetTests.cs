using OcopShowcase.Assets.SocialCards;

namespace OcopShowcase.Tests.Assets;

/// <summary>How a build finds the share cards already painted in its cache (<see cref="SocialCardSet"/>).</summary>
public class SocialCardSetTests
{
    /// <summary>
    /// A large catalogue's build lists the card cache instead of asking for each card: the listing holds a card exactly
    /// by the path the build looks for it by, under the folder as the build names it (relative here), and nothing else
    /// in the cache (a file of another kind, a folder of the other layout, a card just deleted).
    /// </summary>
    [Fact]
    public void The_listed_cache_holds_each_card_by_the_path_it_is_looked_for_by()
    {
        var root = TestPaths.TempDirectory();
        var folder = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, "cards", "drawing"));
        string[] kept = ["ab01", "ab02", "c0ff", "ee11"];
        foreach (var hash in kept.Append("dd99"))
        {
            var path = SocialCardSet.CachedPath(folder, hash);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, [0xff, 0xd8]);
        }

        File.Delete(SocialCardSet.CachedPath(folder, "dd99"));
        File.WriteAllText(Path.Combine(folder, "ab", "notes.txt"), "not a card");
        File.WriteAllBytes(Path.Combine(folder, "stray.jpg"), [0xff, 0xd8]);

        var listed = SocialCardSet.Listed(folder);

        Assert.Equal(kept.Select(hash => SocialCardSet.CachedPath(folder, hash)).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Empty(SocialCardSet.Listed(Path.Combine(root, "no-cache-yet")));
    }
}
