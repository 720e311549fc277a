using System.Text.Json;
using OcopShowcase.Assets.Search;

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

        foreach (var (shard, tokens) in index.Shards)
        {
            Assert.Equal(SearchText.Shard(tokens.Keys.First()), shard);
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

        Assert.Equal(40, index.Shards["dac"]["dac"].Count);
    }

    [Fact]
    public void Documents_are_ordered_by_kind_then_name_so_a_name_query_reads_one_chunk()
    {
        var documents = Enumerable.Range(0, 300).Select(i => Product(i % 2 == 0 ? $"Mật ong {i}" : $"Bánh gai {i}", "")).Reverse().ToList();
        var index = SearchIndex.Build(documents);
        Assert.Equal("Bánh gai 1", index.Documents[0].Title);
        Assert.Single(index.FilesFor("banh gai").Chunks);
    }

    private static int ParseBase36(string text) => text.Aggregate(0, (value, c) => value * 36 + (char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10));
}
