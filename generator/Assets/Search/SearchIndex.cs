using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using OcopShowcase.Output;

namespace OcopShowcase.Assets.Search;

/// <summary>One searchable page: what a result shows, and its text by field.</summary>
public sealed record SearchDocument(
    string Title,
    string Url,
    string Kind,
    string? Group,
    int? Stars,
    string? Thumbnail,
    string Summary,
    string? Village,
    string? Producer,
    IReadOnlyList<string> Tags,
    SearchBody Body)
{
    /// <summary>How a result of this kind ranks against others of equal score: its kind says (products first).</summary>
    public int Rank { get; init; }

    /// <summary>
    /// Everything an index is made from, field by field, for the key that decides whether the previous build's index
    /// can be used again. Each text goes in after its length ("-" for none), so no text can pass for another's end,
    /// whatever characters it holds. Every build hashes every document of a national catalogue; serialising them as
    /// JSON first took as long again.
    /// </summary>
    public void AddTo(FingerprintBuilder hash)
    {
        void Text(string? value) => hash.Add(value is null ? "-" : value.Length.ToString(CultureInfo.InvariantCulture)).Add(value ?? "");

        Text(Title);
        Text(Url);
        Text(Kind);
        Text(Group);
        Text(Stars?.ToString(CultureInfo.InvariantCulture));
        Text(Thumbnail);
        Text(Summary);
        Text(Village);
        Text(Producer);
        Text(Tags.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var tag in Tags)
        {
            Text(tag);
        }

        Text(Body.Reading);
        Text(Body.Key);
        Text(Rank.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// A document's body for search: its first words, read the first time an index needs them. The index's key hashes
/// <see cref="Key"/> (the words themselves, or the hash of the source they are read from) and how they are read
/// (<see cref="Reading"/>), not the words: reading the words of a national catalogue's bodies (parsing each as
/// Markdown) took most of the time of an edit build's search stage, to find the index unchanged; and a body taken from
/// the document memo is not even read from its file for that (<see cref="Content.Model.MarkdownBody.Hash"/>). When an
/// index is made again, a body's first tokens are taken by the same key from those earlier builds kept
/// (<see cref="SearchTokenMemo"/>).
/// </summary>
public sealed class SearchBody
{
    /// <summary>The <see cref="Reading"/> of a body given as its words (its key is the words).</summary>
    public const string WordsReading = "words";

    private readonly Func<int, IReadOnlyList<string>> _firstTokens;
    private readonly Func<bool>? _keyHolds;

    /// <param name="key">What the words are a function of, with <paramref name="reading"/>: the words, or their source's hash.</param>
    /// <param name="reading">What turns the source into words ("markdown"); the words are a function of the source and it alone.</param>
    /// <param name="firstTokens">The first tokens (<see cref="SearchText.FirstTokens"/>) of the words, as many as asked.</param>
    /// <param name="keyHolds">
    /// Asked after the tokens were read: whether they were read from the source <paramref name="key"/> names (a file
    /// saved during the build is read as it is now: <see cref="Content.Model.MarkdownBody.HashHolds"/>).
    /// </param>
    public SearchBody(string key, string reading, Func<int, IReadOnlyList<string>> firstTokens, Func<bool>? keyHolds = null)
    {
        Key = key;
        Reading = reading;
        _firstTokens = firstTokens;
        _keyHolds = keyHolds;
    }

    public string Key { get; }

    public string Reading { get; }

    /// <summary>The first <paramref name="limit"/> tokens of the body's words.</summary>
    public IReadOnlyList<string> FirstTokens(int limit) => _firstTokens(limit);

    /// <summary>Whether the tokens read are those of the source <see cref="Key"/> names, so may be kept under it.</summary>
    public bool KeyHolds => _keyHolds?.Invoke() ?? true;

    /// <summary>A body given as its words.</summary>
    public static implicit operator SearchBody(string words) => new(words, WordsReading, limit => SearchText.FirstTokens(words, limit));
}

/// <summary>A token's occurrence in a document, with the weight of the best field it occurs in.</summary>
public readonly record struct Posting(int Document, int Weight);

/// <summary>
/// The search index of one language, built at build time and split so that a query loads only what it needs:
/// <c>meta.json</c> (shard names, document count), <c>t/&lt;xyz&gt;.json</c> (tokens starting with xyz and their
/// postings), <c>d/&lt;n&gt;.json</c> (what results show, <see cref="ChunkSize"/> documents a chunk). Postings are
/// grouped by weight and delta-coded in base 36 ("0,1,1,3" is documents 0, 1, 2, 5), which gzip folds to almost
/// nothing for a word every product shares. Documents are ordered by kind, then name, so the best candidates of a
/// name query sit in the same chunk. A 20,000-product catalogue stays small on the first query.
/// </summary>
public sealed class SearchIndex
{
    public const int ChunkSize = 50;
    public const int Candidates = 24;
    public const int NameWeight = 16;
    public const int TagWeight = 6;
    public const int SummaryWeight = 3;
    public const int BodyWeight = 1;
    private const int MaxBodyTokens = 120;

    /// <summary>Compile-time metadata (<see cref="SearchIndexJson"/>) with an encoder that writes Vietnamese letters as themselves.</summary>
    private static readonly SearchIndexJson Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    private SearchIndex(IReadOnlyList<SearchDocument> documents, SortedDictionary<string, SortedDictionary<string, List<Posting>>> shards)
    {
        Documents = documents;
        Shards = shards;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>shard → token → postings (document, weight), by document.</summary>
    public SortedDictionary<string, SortedDictionary<string, List<Posting>>> Shards { get; }

    /// <summary>
    /// The index of <paramref name="unordered"/>; each body's first tokens are taken from <paramref name="memo"/>
    /// when it has them (and kept there when it has not).
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> unordered, SearchTokenMemo? memo = null)
    {
        var documents = unordered
            .OrderByDescending(d => d.Rank)
            .ThenBy(d => string.Join(' ', SearchText.Tokens(d.Title)), StringComparer.Ordinal)
            .ThenBy(d => d.Url, StringComparer.Ordinal)
            .ToList();
        // Postings are appended in document order, so each token's list is sorted by document; tokens are sorted into
        // their shards once, at the end.
        var postingsByToken = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> tokens, int weight)
        {
            foreach (var token in tokens)
            {
                ref var best = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, token, out _);
                best = Math.Max(best, weight);
            }
        }

        // A body's tokens from the memo come as one line; each is looked up as a span, and only a token new to the
        // index is made a string: 21,000 bodies of 120 tokens share a vocabulary far smaller than 2.5 million tokens.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var words = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        void AddLine(string line, int weight)
        {
            var rest = line.AsSpan();
            foreach (var range in rest.Split(' '))
            {
                var span = rest[range];
                if (span.IsEmpty)
                {
                    continue;
                }

                if (!words.TryGetValue(span, out var token))
                {
                    words.Add(span);
                    words.TryGetValue(span, out token);
                }

                ref var best = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, token!, out _);
                best = Math.Max(best, weight);
            }
        }

        for (var id = 0; id < documents.Count; id++)
        {
            var document = documents[id];
            weights.Clear();
            Add(SearchText.Tokens(document.Title), NameWeight);
            Add(document.Tags.Concat([document.Group ?? "", document.Producer ?? "", document.Village ?? ""]).SelectMany(SearchText.Tokens), TagWeight);
            Add(SearchText.Tokens(document.Summary), SummaryWeight);
            if (memo is null)
            {
                Add(document.Body.FirstTokens(MaxBodyTokens), BodyWeight);
            }
            else
            {
                AddLine(memo.FirstTokenLine(document.Body, MaxBodyTokens), BodyWeight);
            }

            foreach (var (token, weight) in weights)
            {
                ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(postingsByToken, token, out _);
                (postings ??= []).Add(new Posting(id, weight));
            }
        }

        var shards = new SortedDictionary<string, SortedDictionary<string, List<Posting>>>(StringComparer.Ordinal);
        foreach (var (token, postings) in postingsByToken)
        {
            var shard = SearchText.Shard(token);
            if (!shards.TryGetValue(shard, out var tokens))
            {
                shards[shard] = tokens = new SortedDictionary<string, List<Posting>>(StringComparer.Ordinal);
            }

            tokens[token] = postings;
        }

        return new SearchIndex(documents, shards);
    }

    /// <summary>The files under <c>search/&lt;lang&gt;/</c>.</summary>
    public IReadOnlyList<OutputFile> Files(string folder)
    {
        var files = new List<OutputFile>
        {
            OutputFile.FromBytes($"{folder}/meta.json", JsonSerializer.SerializeToUtf8Bytes(new SearchMeta(Documents.Count, ChunkSize, Candidates, KindRanks(), Fields, [.. Shards.Keys]), Json.SearchMeta)),
        };
        files.AddRange(Shards.Select(s => OutputFile.FromBytes($"{folder}/t/{s.Key}.json", JsonSerializer.SerializeToUtf8Bytes(Encode(s.Value), Json.SortedDictionaryStringSortedDictionaryInt32String))));
        files.AddRange(Documents.Chunk(ChunkSize).Select((chunk, i) => OutputFile.FromBytes(
            $"{folder}/d/{i}.json",
            JsonSerializer.SerializeToUtf8Bytes(chunk.Select(d => new object?[] { d.Title, d.Url, d.Kind, d.Group, d.Stars, d.Thumbnail, d.Summary, d.Village, d.Producer }).ToList(), Json.ListObjectArray))));
        return files;
    }

    /// <summary>token → { weight → delta-coded base-36 document numbers }.</summary>
    private static SortedDictionary<string, SortedDictionary<int, string>> Encode(SortedDictionary<string, List<Posting>> tokens)
    {
        var encoded = new SortedDictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
        foreach (var (token, postings) in tokens)
        {
            var byWeight = new SortedDictionary<int, string>();
            foreach (var group in postings.GroupBy(p => p.Weight))
            {
                var previous = 0;
                var deltas = new List<string>();
                foreach (var id in group.Select(p => p.Document))
                {
                    deltas.Add(ToBase36(id - previous));
                    previous = id;
                }

                byWeight[group.Key] = string.Join(',', deltas);
            }

            encoded[token] = byWeight;
        }

        return encoded;
    }

    private static string ToBase36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0)
        {
            return "0";
        }

        Span<char> text = stackalloc char[8];
        var start = text.Length;
        for (; value > 0; value /= 36)
        {
            text[--start] = digits[value % 36];
        }

        return new string(text[start..]);
    }

    /// <summary>
    /// [first document, rank] wherever the kind rank changes along the document list, so the browser can rank
    /// candidates by kind before it has fetched any document.
    /// </summary>
    private List<int[]> KindRanks()
    {
        var ranks = new List<int[]>();
        for (var id = 0; id < Documents.Count; id++)
        {
            var rank = Documents[id].Rank;
            if (ranks.Count == 0 || ranks[^1][1] != rank)
            {
                ranks.Add([id, rank]);
            }
        }

        return ranks;
    }

    /// <summary>
    /// [weight, field] from the best field down, written to meta.json so search.js can say why a result matched
    /// ("Khớp: tên, mô tả") from the weights it already decodes.
    /// </summary>
    public static readonly IReadOnlyList<object[]> Fields = [[NameWeight, "name"], [TagWeight, "tags"], [SummaryWeight, "summary"], [BodyWeight, "body"]];
}

/// <summary><c>meta.json</c>: what search.js needs before it fetches a shard.</summary>
internal sealed record SearchMeta(int Documents, int Chunk, int Candidates, List<int[]> Ranks, IReadOnlyList<object[]> Fields, List<string> Shards);

/// <summary>
/// The index files' compile-time metadata: nothing is generated by reflection while a build runs. A document is an
/// array of strings and numbers, so those two are listed for the values it holds.
/// </summary>
[JsonSerializable(typeof(SearchMeta))]
[JsonSerializable(typeof(SortedDictionary<string, SortedDictionary<int, string>>))]
[JsonSerializable(typeof(List<object?[]>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
