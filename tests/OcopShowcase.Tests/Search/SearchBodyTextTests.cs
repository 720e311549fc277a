using CsCheck;
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

    /// <summary>
    /// A body's first tokens are read from as little of it as they need, and are always those of the whole body's words:
    /// bodies of paragraphs, headings, lists with items continued after a blank line, indented code, quotes, tables,
    /// emphasis, code spans, bare addresses, and what makes reading a prefix unsafe (reference links defined further
    /// down, footnotes, fences and HTML that span blank lines), asked for few tokens so that prefixes are tried.
    /// </summary>
    [Fact]
    public void The_first_tokens_of_a_body_are_those_of_its_whole_words()
    {
        var word = Gen.String[Gen.Char["abcdeghiklmnopqrstuvxyàáảãạăắâấđêếôốơớưứ0123456789"], 1, 9];
        var line = word.Array[1, 8].Select(words => string.Join(' ', words));
        var block = Gen.OneOf(
            line,
            line.Select(l => "# " + l),
            line.Select(l => "- " + l),
            line.Select(l => "  " + l),
            line.Select(l => "    " + l),
            line.Select(l => "> " + l),
            line.Select(l => "1. *" + l + "*"),
            line.Select(l => "| " + l + " | x |\n|---|---|\n| y | z |"),
            line.Select(l => "`" + l + "` www.example.vn/" + l.Replace(' ', '-')),
            line.Select(l => "[" + l + "][ref]"),
            line.Select(l => "[ref]: /duong-dan/" + l.Replace(' ', '-')),
            line.Select(l => l + "[^1]\n\n[^1]: " + l),
            line.Select(l => "```\n" + l + "\n\n" + l + "\n```"),
            line.Select(l => "<!-- " + l + "\n\n" + l + " -->"),
            line.Select(l => "<div>\n" + l + "\n</div>"));
        var separator = Gen.OneOf(Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("\n\n\n"));
        var markdown = Gen.Select(block, separator, (b, s) => b + s).Array[1, 30].Select(string.Concat);
        Check.Sample(Gen.Select(markdown, Gen.Int[0, 24]), sample =>
        {
            var (text, limit) = sample;
            var body = new OcopShowcase.Content.Model.MarkdownBody(text, "san-pham/x/index.md", 1);
            Assert.Equal(OcopShowcase.Assets.Search.SearchText.FirstTokens(OcopShowcase.Rendering.BodyText.Of(body), limit), OcopShowcase.Rendering.BodyText.FirstTokens(body, limit));
        }, iter: 3_000);
    }

    /// <summary>Every token of a language's index, read from its published shards.</summary>
    private static HashSet<string> Tokens(BuildResult result, string language)
        => result.Files
            .Where(f => f.Path.StartsWith($"search/{language}/t/", StringComparison.Ordinal))
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(f.Bytes!)!.Keys)
            .ToHashSet(StringComparer.Ordinal);
}
