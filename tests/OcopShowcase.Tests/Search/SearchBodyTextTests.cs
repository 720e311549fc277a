using System.Text.Json;

namespace OcopShowcase.Tests.Search;

/// <summary>Search reads a body as a visitor reads it: the words on the page, never the addresses and file names behind them.</summary>
public class SearchBodyTextTests
{
    [Fact]
    public void Link_text_is_found_but_the_addresses_it_leads_to_are_not()
    {
        var fixture = new ContentFixture();
        File.AppendAllText(
            Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md"),
            "\nMua trên [Postmart](https://postmart.vn/xyzabc), [sàn Voso][voso] hay <https://shopee.vn/qwerty>, https://lazada.vn/asdfgh; "
            + "<a href=\"https://tiki.vn/plokij\">Tiki</a> *đặc **biệt***.\n\n[voso]: https://voso.vn/mnbvcx\n");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tokens = Tokens(result, "vi");
        Assert.Contains("postmart", tokens);
        Assert.Contains("voso", tokens);
        Assert.Contains("tiki", tokens);
        // Emphasis inside a word does not split it; words keep their order across inline markup.
        Assert.Contains("biet", tokens);
        Assert.DoesNotContain("xyzabc", tokens);
        Assert.DoesNotContain("mnbvcx", tokens);
        Assert.DoesNotContain("qwerty", tokens);
        Assert.DoesNotContain("plokij", tokens);
        Assert.DoesNotContain("asdfgh", tokens);
        Assert.DoesNotContain("vn", tokens);
        Assert.DoesNotContain("https", tokens);
        Assert.DoesNotContain("href", tokens);
    }

    /// <summary>Every token of a language's index, read from its published shards.</summary>
    private static HashSet<string> Tokens(BuildResult result, string language)
        => result.Files
            .Where(f => f.Path.StartsWith($"search/{language}/t/", StringComparison.Ordinal))
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(f.Bytes!)!.Keys)
            .ToHashSet(StringComparer.Ordinal);
}
