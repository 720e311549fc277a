using System.Text.Json;
using OcopShowcase.Assets.Search;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Search;

public class SearchIndexFileTests
{
    private static SearchDocument Product(string title, string body) => new(title, "/" + title, "product", null, null, null, "", null, null, [], body);

    [Fact]
    public void Shards_hold_delta_coded_postings_that_decode_to_the_index()
    {
        var documents = Enumerable.Range(0, 120).Select(i => Product($"Chè lam {i}", i % 3 == 0 ? "đặc sản Cẩm Tân" : "bánh")).ToList();
        var index = SearchIndex.Build(documents);
        var files = index.Files("s").ToDictionary(f => f.Path, f => f.Bytes!);

        var names = index.ShardNames();
        foreach (var (shard, tokens) in index.Shards)
        {
            // Each token is where search.js looks for it, whole or by any prefix of three letters or more.
            Assert.All(tokens.Keys, token => Assert.All(
                Enumerable.Range(Math.Min(token.Length, SearchText.PrefixLength), token.Length - Math.Min(token.Length, SearchText.PrefixLength) + 1),
                length => Assert.Equal(shard, SearchText.ShardOf(token[..length], names))));
            var written = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(files[$"s/t/{shard}.json"])!;
            foreach (var (token, postings) in tokens)
            {
                var decoded = new List<int[]>();
                foreach (var (weight, deltas) in written[token])
                {
                    var id = 0;
                    foreach (var delta in deltas.Split(','))
                    {
                        id += ParseBase36(delta);
                        decoded.Add([id, int.Parse(weight, System.Globalization.CultureInfo.InvariantCulture)]);
                    }
                }

                Assert.Equal(postings.OrderBy(p => p.Document).Select(p => (p.Document, p.Weight)), decoded.OrderBy(p => p[0]).Select(p => (p[0], p[1])));
            }
        }

        // "đặc" is in 40 documents: a small group, in the shard the small groups starting with "da" share.
        Assert.Equal(40, index.Shards["da-"]["dac"].Count);
    }

    [Fact]
    public void Small_groups_share_the_shard_of_their_first_two_letters_and_large_ones_keep_their_own()
    {
        // "chè" is in 400 documents (its group is larger than SharedBelow); "chả" and "chum" in one each, and every
        // name has its own number: 400 groups of a few bytes each without sharing.
        var documents = Enumerable.Range(0, 400).Select(i => Product($"Chè lam {i}", "chè")).ToList();
        documents.Add(Product("Chả cá", "cá"));
        documents.Add(Product("Chum rượu", "rượu"));
        var index = SearchIndex.Build(documents);
        var names = index.ShardNames();

        Assert.Contains("che", names);
        Assert.Equal(["cha", "chum"], index.Shards["ch-"].Keys);
        Assert.DoesNotContain("cha", names);
        Assert.Equal(["ch-"], index.FilesFor("chum").Shards);
        Assert.Equal("Chum rượu", index.Query("chum").First().Title);
        Assert.Equal(["che"], index.FilesFor("che lam 12").Shards.Take(1));
        Assert.Equal("Chè lam 12", index.Query("che lam 12").First().Title);
        // The numbers 0-399 are in 130 shards, not 400: 0-99 each in its own (whole words), 100-399 in 10- to 39-.
        Assert.Equal(130, names.Count(n => char.IsAsciiDigit(n[0])));
        Assert.Contains("12-", names);
        // A short word is never looked up in a shared shard: "ch" (no such word here) loads nothing.
        Assert.Empty(index.FilesFor("ch").Shards);
        // A word in no group, nor in a shared shard: nothing is fetched.
        Assert.Null(SearchText.ShardOf("xyz", names));
        Assert.Empty(index.FilesFor("xyz").Shards);
    }

    [Fact]
    public void Documents_are_ordered_by_kind_then_name_so_a_name_query_reads_one_chunk()
    {
        var documents = Enumerable.Range(0, 300).Select(i => Product(i % 2 == 0 ? $"Mật ong {i}" : $"Bánh gai {i}", "")).Reverse().ToList();
        var index = SearchIndex.Build(documents);
        Assert.Equal("Bánh gai 1", index.Documents[0].Title);
        Assert.Single(index.FilesFor("banh gai").Chunks);
    }

    [Fact]
    public void Shard_files_are_the_documented_json_byte_for_byte()
    {
        // token → { weight → delta-coded base-36 document numbers }, as System.Text.Json writes such a dictionary.
        // "chè" is in some names (weight 16), some summaries (3) and some bodies (1), and the documents named for it come
        // first: a token's weights are written in ascending order all the same, each with its own deltas from 0.
        var documents = Enumerable.Range(0, 200).Select(i => i % 2 == 0
            ? Product($"Chè lam {i:D3}", i % 7 == 0 ? "chè đặc sản lam" : "bánh")
            : Product($"Xôi {i:D3}", "chè lam") with { Summary = i % 5 == 0 ? "chè" : "" }).ToList();
        var index = SearchIndex.Build(documents);
        var files = index.Files("s").ToDictionary(f => f.Path, f => f.Bytes!);
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
        foreach (var (shard, tokens) in index.Shards)
        {
            var expected = new SortedDictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
            foreach (var (token, postings) in tokens)
            {
                expected[token] = new SortedDictionary<int, string>(postings.GroupBy(p => p.Weight).ToDictionary(
                    g => g.Key,
                    g => string.Join(',', g.Select((p, i) => ToBase36(p.Document - (i == 0 ? 0 : g.ElementAt(i - 1).Document))))));
            }

            Assert.Equal(JsonSerializer.Serialize(expected, options), System.Text.Encoding.UTF8.GetString(files[$"s/t/{shard}.json"]));
        }

        // A body's weight, a summary's and a name's, each under its own number (in the shard "ch" words share here).
        Assert.Matches("^\\{\"che\":\\{\"1\":\"[0-9a-z,]+\",\"3\":\"[0-9a-z,]+\",\"16\":\"[0-9a-z,]+\"\\}", System.Text.Encoding.UTF8.GetString(files["s/t/ch-.json"]));
    }

    [Fact]
    public void An_index_made_again_after_an_edit_makes_only_the_files_whose_content_changed()
    {
        var documents = Enumerable.Range(0, 300).Select(i => Product($"Mật ong {i:D3}", i % 2 == 0 ? "mật ong rừng" : "ong")).ToList();
        var kept = new Dictionary<string, (string Key, IReadOnlyList<OutputFile> Files)>(StringComparer.Ordinal);
        var made = new List<string>();
        IReadOnlyList<OutputFile> Keyed(string part, Action<FingerprintBuilder> addKey, Func<IReadOnlyList<OutputFile>> make)
        {
            using var hash = new FingerprintBuilder();
            addKey(hash);
            var key = hash.Finish();
            if (kept.TryGetValue(part, out var known) && known.Key == key)
            {
                return known.Files;
            }

            made.Add(part);
            var files = make();
            kept[part] = (key, files);
            return files;
        }

        SearchIndex.Build(documents).Files("s", Keyed);
        Assert.Equal(SearchIndex.Build(documents).Files("s").Count - 1, made.Count);

        // The summary of the 121st document gains a word: its shard and its chunk (the third), and nothing else.
        made.Clear();
        documents[120] = documents[120] with { Summary = "đặc sản" };
        var again = SearchIndex.Build(documents).Files("s", Keyed);
        Assert.Equal(["s/t/da-", "s/t/sa-", "s/d/2"], made);
        Assert.Equal(Bytes(SearchIndex.Build(documents).Files("s")), Bytes(again));

        // A name that moves a document in the order renumbers those between: the shards of their tokens are made
        // again ("rung", in every other body), not those of a token every document has ("ong").
        made.Clear();
        documents[0] = documents[0] with { Title = "Mật ong 150a" };
        again = SearchIndex.Build(documents).Files("s", Keyed);
        Assert.Contains("s/t/ru-", made);
        Assert.DoesNotContain("s/t/on-", made);
        Assert.Equal(Bytes(SearchIndex.Build(documents).Files("s")), Bytes(again));
    }

    private static List<(string Path, string Text)> Bytes(IEnumerable<OutputFile> files)
        => files.Select(f => (f.Path, System.Text.Encoding.UTF8.GetString(f.Bytes!))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    private static string ToBase36(int value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = "";
        do
        {
            text = Digits[value % 36] + text;
            value /= 36;
        }
        while (value > 0);
        return text;
    }

    private static int ParseBase36(string text) => text.Aggregate(0, (value, c) => value * 36 + (char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10));
}
