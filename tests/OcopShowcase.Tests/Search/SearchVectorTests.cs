using System.Text.Json;
using CsCheck;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Search;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Search;

/// <summary>The shared vectors of theme/search-vectors.json, run against the C# side (the browser runs them too).</summary>
public class SearchVectorTests
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Theme, "search-vectors.json"))).RootElement;

    private static readonly Lazy<Dictionary<string, SearchIndex>> Indexes = new(() =>
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(TestPaths.Content, null, bag)!;
        var site = SiteEnricher.Enrich(content, new DateOnly(2026, 11, 29), bag);
        var theme = Theme.Load(TestPaths.Theme, content.Site.Languages, bag)!;
        return site.Languages.ToDictionary(l => l.Code, l => SearchIndex.Build(SearchPlanner.Plan(site, theme.Strings, PhotoSet.Empty, l)));
    });

    public static TheoryData<string, string> FoldVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var v in Vectors.GetProperty("fold").EnumerateArray())
        {
            data.Add(v[0].GetString()!, v[1].GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string[]> TokenVectors()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var v in Vectors.GetProperty("tokens").EnumerateArray())
        {
            data.Add(v[0].GetString()!, v[1].EnumerateArray().Select(t => t.GetString()!).ToArray());
        }

        return data;
    }

    public static TheoryData<string, string[], string?> ShardVectors()
    {
        var data = new TheoryData<string, string[], string?>();
        foreach (var v in Vectors.GetProperty("shards").EnumerateArray())
        {
            data.Add(v[0].GetString()!, v[1].EnumerateArray().Select(t => t.GetString()!).ToArray(), v[2].GetString());
        }

        return data;
    }

    public static TheoryData<string, string, string?> QueryVectors()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var v in Vectors.GetProperty("queries").EnumerateArray())
        {
            data.Add(v.GetProperty("language").GetString()!, v.GetProperty("query").GetString()!, v.GetProperty("first").GetString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FoldVectors))]
    public void Folding(string input, string expected) => Assert.Equal(expected, string.Join(' ', SearchText.Tokens(input)));

    [Theory]
    [MemberData(nameof(TokenVectors))]
    public void Tokenising(string input, string[] expected) => Assert.Equal(expected, SearchText.Tokens(input));

    [Theory]
    [MemberData(nameof(ShardVectors))]
    public void Looking_a_term_up(string term, string[] shards, string? expected)
        => Assert.Equal(expected, SearchText.ShardOf(term, shards.ToHashSet(StringComparer.Ordinal)));

    [Theory]
    [MemberData(nameof(QueryVectors))]
    public void Ranking(string language, string query, string? first)
        => Assert.Equal(first, Indexes.Value[language].Query(query).FirstOrDefault()?.Title);

    [Fact]
    public void Words_are_matched_by_prefix_and_every_word_must_match()
    {
        var index = Indexes.Value["vi"];
        Assert.Contains(index.Query("mat"), d => d.Title == "Mật ong rừng Cẩm Tân");
        Assert.DoesNotContain(index.Query("mat ong zzz"), d => d.Title == "Mật ong rừng Cẩm Tân");
    }

    [Fact]
    public void Name_outranks_tags_outranks_summary_and_products_outrank_producers()
    {
        var documents = new List<SearchDocument>
        {
            new("Hợp tác xã Mật ong", "/chu-the/a/", "producer", null, null, null, "x", null, null, [], ""),
            new("Bánh", "/san-pham/b/", "product", null, null, null, "có mật ong", null, null, [], ""),
            new("Kẹo", "/san-pham/c/", "product", null, null, null, "x", null, null, ["mật ong"], ""),
            new("Mật ong", "/san-pham/d/", "product", null, null, null, "x", null, null, [], ""),
        };
        var ranked = SearchIndex.Build(documents).Query("mat ong").Select(d => d.Url).ToList();
        Assert.Equal(["/san-pham/d/", "/chu-the/a/", "/san-pham/c/", "/san-pham/b/"], ranked);
    }

    [Fact]
    public void The_exact_phrase_in_a_description_outranks_the_same_words_apart_and_the_weights_name_their_fields()
    {
        var documents = new List<SearchDocument>
        {
            new("Bánh", "/san-pham/a/", "product", null, null, null, "mật từ ong rừng", null, null, [], ""),
            new("Kẹo", "/san-pham/b/", "product", null, null, null, "mật ong rừng", null, null, [], ""),
        };
        Assert.Equal(["/san-pham/b/", "/san-pham/a/"], SearchIndex.Build(documents).Query("mat ong rung").Select(d => d.Url));
        Assert.Equal(
            ["name", "tags", "summary", "body"],
            new[] { SearchIndex.NameWeight, SearchIndex.TagWeight, SearchIndex.SummaryWeight, SearchIndex.BodyWeight }.Select(SearchQuery.FieldOf));
    }

    /// <summary>
    /// Tokens are cut in one pass over characters folded one by one; the rule is the whole text folded, then split. Texts
    /// of Vietnamese letters, marks after letters and after breaks ("I" + U+0307 composes to "İ"), other scripts, a
    /// surrogate pair, digits and punctuation, long tokens past the stack buffer, and limits that stop inside them.
    /// </summary>
    [Fact]
    public void Tokens_cut_in_one_pass_are_those_of_the_folding_rule()
    {
        static List<string> ByRule(string text)
            => System.Text.RegularExpressions.Regex.Split(OcopShowcase.Content.Slugifier.FoldByRule(text), "[^a-z0-9]+").Where(t => t.Length > 0).ToList();

        // Found by this test: "İ" alone folds to a break ("I": invariant lowercasing keeps it), but a dot below after it
        // makes "Ị" + U+0307, which folds to "i"; so the first token of "a5İ\u0323 b" is "a5i", not "a5".
        Assert.Equal(["a5i"], SearchText.FirstTokens("a5\u0130\u0323 b", 1));

        var piece = Gen.OneOf(
            Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯIàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789"], 1, 90],
            Gen.String[Gen.Char[" \t\n-.,#/_'’“”…–"], 1, 3],
            Gen.String[Gen.Char["\u0301\u0307\u0323\u0303ΩЖ中ßæİıǅ\u200B"], 1, 2],
            Gen.Const("😀"));
        var text = piece.Array[0, 40].Select(string.Concat);
        Check.Sample(Gen.Select(text, Gen.Int[0, 30]), sample =>
        {
            var (input, limit) = sample;
            var rule = ByRule(input);
            Assert.Equal(rule, SearchText.Tokens(input));
            Assert.Equal(rule.Take(limit), SearchText.FirstTokens(input, limit));
            // The index's way, each token as a span: the same tokens, or none and false where only the rule folds.
            var each = new Collected([]);
            if (SearchText.TryEachToken(input, ref each))
            {
                Assert.Equal(rule, each.Tokens);
            }
            else
            {
                Assert.Empty(each.Tokens);
                Assert.Contains(input, c => OcopShowcase.Content.Slugifier.FoldedAlone(c) is null);
            }
        }, iter: 5_000);
    }

    private readonly record struct Collected(List<string> Tokens) : SearchText.ITokenSink
    {
        public void Add(ReadOnlySpan<char> token) => Tokens.Add(token.ToString());
    }

    [Fact]
    public void The_first_tokens_of_a_long_text_are_those_of_the_whole_text()
    {
        // Words short and long (a prefix then holds about as many tokens as asked for, so a cut inside a word would
        // show), marks after white space, and texts several times longer than the first prefix folded.
        var word = Gen.String[Gen.Char["aăđêơưàáảãạếệĐ-.,#\u0301\u0323"], 1, 24];
        var space = Gen.String[Gen.Char[" \t\r\n"], 1, 3];
        var text = Gen.Select(word, space, (w, s) => w + s).Array[0, 300].Select(string.Concat);
        Check.Sample(Gen.Select(text, Gen.Int[0, 150]), sample =>
            Assert.Equal(SearchText.Tokens(sample.Item1).Take(sample.Item2), SearchText.FirstTokens(sample.Item1, sample.Item2)), iter: 2_000);
    }
}
