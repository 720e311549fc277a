using OcopShowcase.Assets.SocialCards;

namespace OcopShowcase.Tests.Assets;

/// <summary>
/// The preview server's memory of the share cards it named (<see cref="SocialCardMemo"/>): a card that shows the same
/// is named again without hashing it, an edited card gets its new name, and a cached file deleted behind the server's
/// back is painted again; the site is the one a build without the memo makes, byte for byte.
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

        var first = BuildPipeline.Run(options, cards: memo);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var cards = first.Cards.UrlByPageKey.Count;
        Assert.True(cards > 20, $"{cards} cards");
        Assert.Equal(0, memo.Taken);
        Assert.NotEmpty(first.Cards.Pending);
        Painted(first);

        var again = BuildPipeline.Run(options, cards: memo);
        Assert.Equal(cards, memo.Taken);
        Assert.Empty(again.Cards.Pending);
        AssertSameSite(Painted(BuildPipeline.Run(options)), again);

        // A cached card deleted while the server runs: named from memory, looked for, and painted again.
        var card = "product/nem-chua-cam-tan@vi";
        var cached = again.Files.Single(f => "/" + f.Path == again.Cards.UrlByPageKey[card]).CopyFrom!;
        File.Delete(cached);
        var deleted = BuildPipeline.Run(options, cards: memo);
        Assert.Equal(cards, memo.Taken);
        Assert.NotEmpty(deleted.Cards.Pending);
        Painted(deleted);
        Assert.True(File.Exists(cached));

        var product = Path.Combine(content, "san-pham/nem-chua-cam-tan/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("name: Nem chua Cẩm Tân", "name: Nem chua Cẩm Tân loại đặc biệt", StringComparison.Ordinal));
        var edited = BuildPipeline.Run(options, cards: memo);
        Assert.InRange(memo.Taken, cards - 2, cards - 1);
        Assert.NotEqual(again.Cards.UrlByPageKey[card], edited.Cards.UrlByPageKey[card]);
        AssertSameSite(Painted(BuildPipeline.Run(options)), Painted(edited));
    }

    /// <summary>A record compares numbers, and 0 equals -0; the key writes "0%" and "-0%": the memo goes by the key.</summary>
    [Fact]
    public void A_card_whose_focus_is_written_otherwise_is_named_anew()
    {
        var memo = new SocialCardMemo();
        var card = new SocialCard("the-chia-se/vi/san-pham-a", "A", "Sản phẩm", 4, "4 sao", "Cẩm Tân", "OCOP", null, new OcopShowcase.Content.Model.FocalPoint(0, 0.5));
        var named = 0;
        string Name(SocialCard c) => $"name-{++named}";

        memo.Begin("drawn");
        Assert.Equal("name-1", memo.NameOf(card, Name));
        memo.Begin("drawn");
        Assert.Equal("name-1", memo.NameOf(card with { }, Name));
        Assert.Equal("name-2", memo.NameOf(card with { PhotoFocus = new(-0.0, 0.5) }, Name));
        memo.Begin("drawn with other fonts");
        Assert.Equal("name-3", memo.NameOf(card, Name));
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

/// <summary>
/// The preview server's listings of the card cache (<see cref="SocialCardMemo.CardsIn"/>): a folder is listed again
/// when its time changed, as adding or deleting a card changes it, or when it changed just before it was listed.
/// </summary>
public class SocialCardListingTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    private static string Card(string folder, string name)
    {
        var path = Path.Combine(folder, name[..2], name + ".jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1]);
        return path;
    }

    [Fact]
    public void Cards_added_or_deleted_are_seen_and_a_settled_folder_is_not_listed_again()
    {
        var folder = TestPaths.TempDirectory();
        var kept = Card(folder, "ab01");
        var deleted = Card(folder, "cd02");
        Directory.SetLastWriteTimeUtc(Path.Combine(folder, "ab"), LongAgo);
        Directory.SetLastWriteTimeUtc(Path.Combine(folder, "cd"), LongAgo);
        var memo = new SocialCardMemo();
        Assert.Equal([kept, deleted], memo.CardsIn(folder).Order(StringComparer.Ordinal));

        File.Delete(deleted);
        var added = Card(folder, "ef03");
        var beside = Card(folder, "ab04");
        Assert.Equal([kept, beside, added], memo.CardsIn(folder).Order(StringComparer.Ordinal));

        // A settled folder whose time is as it was is taken from the listing, not read: a card put there with the
        // folder's time set back is not seen. (Painting a card always changes its folder's time.)
        Directory.SetLastWriteTimeUtc(Path.Combine(folder, "ab"), LongAgo);
        memo.CardsIn(folder);
        var hidden = Card(folder, "ab05");
        Directory.SetLastWriteTimeUtc(Path.Combine(folder, "ab"), LongAgo);
        Assert.DoesNotContain(hidden, memo.CardsIn(folder));

        Directory.Delete(Path.Combine(folder, "ab"), recursive: true);
        Assert.Equal([added], memo.CardsIn(folder).Order(StringComparer.Ordinal));
        Assert.Empty(new SocialCardMemo().CardsIn(Path.Combine(folder, "missing")));
    }

    [Fact]
    public void A_folder_changed_just_before_its_listing_is_listed_again()
    {
        var folder = TestPaths.TempDirectory();
        Card(folder, "ab01");
        var memo = new SocialCardMemo();
        memo.CardsIn(folder);
        // A card added within the same tick of the file system's clock: the folder's time looks unchanged.
        var recent = Directory.GetLastWriteTimeUtc(Path.Combine(folder, "ab"));
        var added = Card(folder, "ab02");
        Directory.SetLastWriteTimeUtc(Path.Combine(folder, "ab"), recent);
        Assert.Contains(added, memo.CardsIn(folder));
    }
}
