using CsCheck;
using OcopShowcase.Assets.Search;

namespace OcopShowcase.Tests.Search;

/// <summary>
/// The terms <c>serve</c> keeps between the search indexes it makes (<see cref="SearchTerms"/>): an index made with the
/// terms of earlier ones is, file for file and byte for byte, the index made from nothing, whatever was edited between
/// them; and a document whose fields did not change is not read again.
/// </summary>
public class SearchTermsTests
{
    private static readonly string[] Words = ["mật", "ong", "rừng", "chè", "lam", "cẩm", "tân", "bưởi", "gạo", "nếp", "123", "sản", "đặc", "cá", "ca", "cam"];

    [Fact]
    public void An_index_made_with_kept_terms_is_the_index_made_from_nothing_after_any_edits()
    {
        var text = Gen.Int[1, 4].SelectMany(n => Gen.Int[0, Words.Length - 1].Array[n]).Select(picks => string.Join(' ', picks.Select(i => Words[i])));
        var document = Gen.Select(Gen.Int[0, 30], text, text, Gen.Bool, text.Array[0, 2], text, Gen.Int[0, 2])
            .Select((slug, title, summary, grouped, tags, body, rank) =>
                new SearchDocument(title, $"/san-pham/{slug}/", "product", grouped ? "Thực phẩm" : null, null, null, summary, null, null, tags, body) { Rank = rank });
        // A first list, then rounds of edits: one field of a document edited (a name, a summary, a group, a tag, a
        // body, its rank, what its result shows besides), documents added or removed, every value made anew as each
        // rebuild plans it.
        var edit = Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 7], text, document);
        Gen.Select(document.List[0, 25], edit.List[1, 8].List[1, 4]).Sample((first, rounds) =>
        {
            var terms = new SearchTerms();
            var documents = Unique(first);
            Assert.Equal(Files(SearchIndex.Build(documents)), Files(SearchIndex.Build(documents, terms: terms)));
            foreach (var round in rounds)
            {
                documents = [.. documents.Select(d => d with { })];
                foreach (var (at, field, words, added) in round)
                {
                    if (field == 7 || documents.Count == 0)
                    {
                        documents = Unique([.. documents, added]);
                        continue;
                    }

                    var i = at % documents.Count;
                    var d = documents[i];
                    documents[i] = field switch
                    {
                        0 => d with { Title = words },
                        1 => d with { Summary = words },
                        2 => d with { Group = d.Group is null ? words : null },
                        3 => d with { Tags = [.. d.Tags, words] },
                        4 => d with { Body = words },
                        5 => d with { Rank = (d.Rank + 1) % 3 },
                        _ => d with { Stars = 3 + (at % 3), Thumbnail = $"/anh/{words}.webp", Kind = "service" },
                    };
                    if (at % 7 == 0)
                    {
                        documents.RemoveAt((at / 7) % documents.Count);
                    }
                }

                Assert.Equal(Files(SearchIndex.Build(documents)), Files(SearchIndex.Build(documents, terms: terms)));
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Only_the_documents_whose_fields_changed_are_read_again()
    {
        var bodies = Enumerable.Range(0, 10).Select(i => new CountedBody($"hash-{i}", $"Mật ong rừng số {i}")).ToList();
        var documents = bodies.Select((body, i) => new SearchDocument($"Mật ong {i}", $"/san-pham/mat-ong-{i}/", "product", null, null, null, "Mật ong rừng", null, null, [], body.Body)).ToList();
        var terms = new SearchTerms();
        SearchIndex.Build(documents, terms: terms);
        Assert.All(bodies, body => Assert.Equal(1, body.Reads));

        // One name edited (a new document value, as every rebuild plans): its body is read again, no other.
        documents = [.. documents.Select(d => d with { })];
        documents[3] = documents[3] with { Title = "Mật ong hoa nhãn 3" };
        var again = SearchIndex.Build(documents, terms: terms);
        Assert.Equal([1, 1, 1, 2, 1, 1, 1, 1, 1, 1], bodies.Select(b => b.Reads));
        Assert.Equal(Files(SearchIndex.Build(documents, terms: new SearchTerms())), Files(again));
        Assert.Contains("nhan", again.Shards.SelectMany(shard => shard.Value.Keys));
    }

    /// <summary>The last of each URL, in order: a site has one page at an address.</summary>
    private static List<SearchDocument> Unique(List<SearchDocument> documents)
        => documents.GroupBy(d => d.Url).Select(g => g.Last()).ToList();

    /// <summary>Every file of the index, path and text, one after the other (a difference shows where it is).</summary>
    private static string Files(SearchIndex index)
        => string.Join('\n', index.Files("s").Select(f => $"{f.Path}: {System.Text.Encoding.UTF8.GetString(f.ReadBytes())}"));
}
