using OcopShowcase.Assets.SocialCards;

namespace OcopShowcase.Tests.Assets;

/// <summary>
/// The preview server's memory of the share cards it named (<see cref="SocialCardMemo"/>): a card that shows the same
/// is named again without hashing it or looking for its file, one whose file was still to paint is looked for again,
/// and an edited card gets its new name; the site is the one a build without the memo makes, byte for byte.
/// </summary>
public class SocialCardMemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Cards_that_show_the_same_are_named_again_and_an_edited_one_is_named_anew()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        // A cache of its own, empty: every card is still to paint after the first build, as in a first serve.
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(content, "..", "_site"), null, Today, TestPaths.TempDirectory()) { PaintImagesLater = true };
        var memo = new SocialCardMemo();

        var first = Painted(BuildPipeline.Run(options, cards: memo));
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var cards = first.Cards.UrlByPageKey.Count;
        Assert.True(cards > 20, $"{cards} cards");
        Assert.Equal(0, memo.Taken);

        // Painted after the first build's pages: looked for again, found, and only then taken unhashed.
        var second = BuildPipeline.Run(options, cards: memo);
        Assert.Equal(0, memo.Taken);
        Assert.Empty(second.Cards.Pending);
        var third = BuildPipeline.Run(options, cards: memo);
        Assert.Equal(cards, memo.Taken);
        AssertSameSite(Painted(BuildPipeline.Run(options)), third);

        var product = Path.Combine(content, "san-pham/nem-chua-cam-tan/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("name: Nem chua Cẩm Tân", "name: Nem chua Cẩm Tân loại đặc biệt", StringComparison.Ordinal));
        var edited = BuildPipeline.Run(options, cards: memo);
        Assert.InRange(memo.Taken, cards - 2, cards - 1);
        var card = "product/nem-chua-cam-tan@vi";
        Assert.NotEqual(third.Cards.UrlByPageKey[card], edited.Cards.UrlByPageKey[card]);
        AssertSameSite(Painted(BuildPipeline.Run(options)), Painted(edited));
    }

    /// <summary>The build with the cards and posters it left for later painted, as <c>serve</c> paints them after the pages.</summary>
    private static BuildResult Painted(BuildResult result)
    {
        result.Cards.PaintPending();
        result.Posters.PaintPending();
        return result;
    }

    private static void AssertSameSite(BuildResult fresh, BuildResult remembered)
    {
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(fresh.Cards.UrlByPageKey.OrderBy(p => p.Key, StringComparer.Ordinal), remembered.Cards.UrlByPageKey.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(fresh.Files.Select(f => f.Path), remembered.Files.Select(f => f.Path));
        foreach (var (a, b) in fresh.Files.Zip(remembered.Files))
        {
            Assert.True(a.ReadBytes().AsSpan().SequenceEqual(b.ReadBytes()), a.Path);
        }
    }
}
