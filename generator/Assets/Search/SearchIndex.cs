using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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
/// postings; <c>t/&lt;xy&gt;.json</c> the word xy itself, <c>t/&lt;xy-&gt;.json</c> the small groups starting with
/// xy, <see cref="SharedBelow"/>), <c>d/&lt;n&gt;.json</c> (what results show, <see cref="ChunkSize"/> documents a
/// chunk). Postings are grouped by weight and delta-coded in base 36 ("0,1,1,3" is documents 0, 1, 2, 5), which gzip
/// folds to almost nothing for a word every product shares. Documents are ordered by kind, then name, so the best
/// candidates of a name query sit in the same chunk. A 20,000-product catalogue stays small on the first query.
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

    /// <summary>
    /// A group of three letters (<see cref="SearchText.Group"/>) whose shard would be smaller than this many bytes is
    /// put in the shard the small groups of its first two letters share (<see cref="SearchText.SharedShard"/>, "ca-"):
    /// numbers in names ("Mật ong 492"), certificate numbers and rare words made a thousand shards of a few dozen bytes
    /// in each language at 1,000 products, a file each to write and to deploy and a name each in the meta.json every
    /// first query loads. A shared shard holds at most 36 such groups, nothing else; a group this size or larger keeps
    /// a shard of its own, and a short word ("ca") always does.
    /// </summary>
    public const int SharedBelow = 1024;

    /// <summary>About what a token costs its shard besides its letters (quotes, braces, a weight), and what a posting costs (a base-36 delta and a comma).</summary>
    private const int TokenBytes = 12, PostingBytes = 3;

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
    /// when it has them (and kept there when it has not), and each document's terms from <paramref name="terms"/>
    /// (the preview server's, kept from its last index of this language) when it has them for the same fields.
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> unordered, SearchTokenMemo? memo = null, SearchTerms? terms = null)
    {
        var keep = terms is not null;
        terms ??= new SearchTerms();
        var line = new StringBuilder();
        // Documents are ordered by kind, then by their title's tokens; a document whose fields are those of the last
        // index made with the same terms has its title's tokens, and all its terms, from there.
        var ordered = unordered
            .Select(document => (Document: document, Known: terms.Find(document)))
            .Select(d => (d.Document, d.Known, TitleTokens: d.Known?.TitleTokens ?? TokenLine(d.Document.Title, line)))
            .OrderByDescending(d => d.Document.Rank)
            .ThenBy(d => d.TitleTokens, StringComparer.Ordinal)
            .ThenBy(d => d.Document.Url, StringComparer.Ordinal)
            .ToList();
        // Each token is numbered once, when the terms first meet it; a document's terms are its tokens' numbers with
        // the best weight each has in it, so a token occurrence costs one lookup of its characters (21,000 bodies of
        // 120 tokens share a vocabulary far smaller than their 2.5 million tokens). Postings are appended in document
        // order, so each token's list is sorted by document; tokens are sorted into their shards at the end. The terms
        // read are kept as pairs (number, weight) only for a set kept for the next index.
        var postingsOf = new List<List<Posting>?>();
        var kept = keep ? new List<SearchTerms.Terms>(ordered.Count) : null;
        var best = new List<int>();
        var seen = new List<int>();
        for (var id = 0; id < ordered.Count; id++)
        {
            var (document, known, titleTokens) = ordered[id];
            if (known is not null)
            {
                for (var at = 0; at < known.Pairs.Length; at += 2)
                {
                    Post(known.Pairs[at], known.Pairs[at + 1]);
                }

                kept?.Add(known);
                continue;
            }

            Read(document, terms, memo, best, seen);
            var pairs = kept is null ? null : new int[seen.Count * 2];
            for (var i = 0; i < seen.Count; i++)
            {
                var number = seen[i];
                Post(number, best[number]);
                if (pairs is not null)
                {
                    (pairs[2 * i], pairs[(2 * i) + 1]) = (number, best[number]);
                }

                best[number] = 0;
            }

            seen.Clear();
            kept?.Add(new SearchTerms.Terms(document, titleTokens, pairs!));
            void Post(int number, int weight)
            {
                while (postingsOf.Count <= number)
                {
                    postingsOf.Add(null);
                }

                (postingsOf[number] ??= new List<Posting>(terms.LastCount(number))).Add(new Posting(id, weight));
            }
        }

        if (kept is not null)
        {
            terms.Keep(kept, postingsOf);
        }

        // Each group's size as its shard would write it, about: a small group shares the shard of its first two letters.
        var order = terms.Sorted();
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in order)
        {
            if (number < postingsOf.Count && postingsOf[number] is { } postings)
            {
                var group = terms.Group(number);
                sizes[group] = sizes.GetValueOrDefault(group) + terms.Token(number).Length + TokenBytes + (postings.Count * PostingBytes);
            }
        }

        var shards = new SortedDictionary<string, SortedDictionary<string, List<Posting>>>(StringComparer.Ordinal);
        foreach (var number in order)
        {
            if (number >= postingsOf.Count || postingsOf[number] is not { } postings)
            {
                continue;
            }

            var group = terms.Group(number);
            var shard = group.Length == SearchText.PrefixLength && sizes[group] < SharedBelow ? SearchText.SharedShard(group) : group;
            if (!shards.TryGetValue(shard, out var current))
            {
                shards[shard] = current = new SortedDictionary<string, List<Posting>>(StringComparer.Ordinal);
            }

            current[terms.Token(number)] = postings;
        }

        return new SearchIndex([.. ordered.Select(d => d.Document)], shards);
    }

    /// <summary>
    /// Reads a document's terms from its fields into <paramref name="seen"/> (each token's number, once) and
    /// <paramref name="best"/> (by number, the weight of the best field it is in).
    /// </summary>
    private static void Read(SearchDocument document, SearchTerms terms, SearchTokenMemo? memo, List<int> best, List<int> seen)
    {
        void AddText(string text, int weight)
        {
            var sink = new TermSink(terms, best, seen, weight);
            if (!SearchText.TryEachToken(text, ref sink))
            {
                foreach (var word in SearchText.Tokens(text))
                {
                    sink.Add(word);
                }
            }
        }

        AddText(document.Title, NameWeight);
        foreach (var tag in document.Tags)
        {
            AddText(tag, TagWeight);
        }

        AddText(document.Group ?? "", TagWeight);
        AddText(document.Producer ?? "", TagWeight);
        AddText(document.Village ?? "", TagWeight);
        AddText(document.Summary, SummaryWeight);
        var body = new TermSink(terms, best, seen, BodyWeight);
        if (memo is null)
        {
            foreach (var word in document.Body.FirstTokens(MaxBodyTokens))
            {
                body.Add(word);
            }
        }
        else
        {
            // A body's tokens from the memo come as one line, each looked up as a span.
            var tokens = memo.FirstTokenLine(document.Body, MaxBodyTokens).AsSpan();
            foreach (var range in tokens.Split(' '))
            {
                if (!tokens[range].IsEmpty)
                {
                    body.Add(tokens[range]);
                }
            }
        }
    }

    /// <summary>
    /// Notes each token of a field in a document's terms: its number once in <c>seen</c>, and in <c>best</c> (by
    /// number) the weight of the best field it is in.
    /// </summary>
    private readonly struct TermSink(SearchTerms terms, List<int> best, List<int> seen, int weight) : SearchText.ITokenSink
    {
        public void Add(ReadOnlySpan<char> token)
        {
            var number = terms.Number(token);
            while (best.Count <= number)
            {
                best.Add(0);
            }

            if (best[number] == 0)
            {
                seen.Add(number);
            }

            best[number] = Math.Max(best[number], weight);
        }
    }

    /// <summary>A text's tokens as one line, separated by single spaces (a title's, which the index is sorted by).</summary>
    private static string TokenLine(string text, StringBuilder line)
    {
        line.Clear();
        var sink = new LineSink(line);
        return SearchText.TryEachToken(text, ref sink) ? line.ToString() : string.Join(' ', SearchText.Tokens(text));
    }

    private readonly struct LineSink(StringBuilder line) : SearchText.ITokenSink
    {
        public void Add(ReadOnlySpan<char> token)
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(token);
        }
    }

    /// <summary>The files under <c>search/&lt;lang&gt;/</c>.</summary>
    public IReadOnlyList<OutputFile> Files(string folder) => Files(folder, static (_, _, make) => make());

    /// <summary>
    /// The files under <c>search/&lt;lang&gt;/</c>, each shard and each chunk of documents made through
    /// <paramref name="keyed"/> with a key of what it is made from (a shard's tokens and postings, a chunk's documents
    /// as results show them), so that an index made again after one edit (a name, an added product) encodes only the
    /// files whose content changed; the others are the last build's. <c>meta.json</c> is made each time (a few
    /// hundred bytes).
    /// </summary>
    public IReadOnlyList<OutputFile> Files(string folder, KeyedFiles keyed)
    {
        var files = new List<OutputFile>
        {
            OutputFile.FromBytes($"{folder}/meta.json", JsonSerializer.SerializeToUtf8Bytes(new SearchMeta(Documents.Count, ChunkSize, Candidates, KindRanks(), Fields, [.. Shards.Keys]), Json.SearchMeta)),
        };
        // One pair of buffers for every shard this index encodes, each shard's bytes copied out of them.
        var buffers = (Bytes: new ArrayBufferWriter<byte>(), Deltas: new ArrayBufferWriter<char>());
        foreach (var (shard, tokens) in Shards)
        {
            files.AddRange(keyed($"{folder}/t/{shard}", hash => AddShardKey(tokens, hash), () => [OutputFile.FromBytes($"{folder}/t/{shard}.json", Encode(tokens, buffers.Bytes, buffers.Deltas))]));
        }

        foreach (var (chunk, number) in Documents.Chunk(ChunkSize).Select((chunk, number) => (chunk, number)))
        {
            files.AddRange(keyed($"{folder}/d/{number}", hash => AddChunkKey(chunk, hash), () => [ChunkFile(folder, number, chunk)]));
        }

        return files;
    }

    private static OutputFile ChunkFile(string folder, int number, IReadOnlyList<SearchDocument> chunk)
        => OutputFile.FromBytes($"{folder}/d/{number}.json", JsonSerializer.SerializeToUtf8Bytes(chunk.Select(Shown).ToList(), Json.ListObjectArray));

    /// <summary>A document as a result shows it: the fields of <c>d/&lt;n&gt;.json</c>, in their order.</summary>
    private static object?[] Shown(SearchDocument d) => [d.Title, d.Url, d.Kind, d.Group, d.Stars, d.Thumbnail, d.Summary, d.Village, d.Producer];

    /// <summary>
    /// A shard's key: each token, how many postings it has, then the postings as they are in memory (document and
    /// weight, four bytes each). The count comes first, so the postings' bytes (which may hold any byte, the parts'
    /// separator too) can never be read as another token's.
    /// </summary>
    private static void AddShardKey(SortedDictionary<string, List<Posting>> tokens, FingerprintBuilder hash)
    {
        foreach (var (token, postings) in tokens)
        {
            hash.Add(token).Add(postings.Count.ToString(CultureInfo.InvariantCulture)).Add(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(postings)));
        }
    }

    /// <summary>A chunk's key: each document's shown fields, each text after its length ("-" for none).</summary>
    private static void AddChunkKey(IReadOnlyList<SearchDocument> chunk, FingerprintBuilder hash)
    {
        foreach (var document in chunk)
        {
            foreach (var field in Shown(document))
            {
                var text = field switch
                {
                    null => null,
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    string value => value,
                    _ => throw new InvalidOperationException($"A search result field of type {field.GetType()} has no key."),
                };
                hash.Add(text is null ? "-" : text.Length.ToString(CultureInfo.InvariantCulture)).Add(text ?? "");
            }
        }
    }

    /// <summary>
    /// A shard's file: <c>{"token":{"weight":"delta-coded base-36 document numbers",…},…}</c>, tokens in ordinal order,
    /// weights in ascending order, each weight's documents in order. Written as it is read, straight into bytes: a
    /// national catalogue's 460 shards hold millions of postings.
    /// </summary>
    private static byte[] Encode(SortedDictionary<string, List<Posting>> tokens, ArrayBufferWriter<byte> bytes, ArrayBufferWriter<char> deltas)
    {
        bytes.ResetWrittenCount();
        var weights = new List<int>();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = Json.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (token, postings) in tokens)
            {
                writer.WritePropertyName(token);
                writer.WriteStartObject();
                weights.Clear();
                foreach (var posting in postings)
                {
                    if (!weights.Contains(posting.Weight))
                    {
                        weights.Add(posting.Weight);
                    }
                }

                weights.Sort();
                foreach (var weight in weights)
                {
                    deltas.ResetWrittenCount();
                    var previous = 0;
                    foreach (var posting in postings)
                    {
                        if (posting.Weight != weight)
                        {
                            continue;
                        }

                        if (deltas.WrittenCount > 0)
                        {
                            deltas.Write(",");
                        }

                        WriteBase36(deltas, posting.Document - previous);
                        previous = posting.Document;
                    }

                    writer.WriteString(weight.ToString(CultureInfo.InvariantCulture), deltas.WrittenSpan);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return bytes.WrittenSpan.ToArray();
    }

    private static void WriteBase36(ArrayBufferWriter<char> output, int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0)
        {
            output.Write("0");
            return;
        }

        Span<char> text = stackalloc char[8];
        var start = text.Length;
        for (; value > 0; value /= 36)
        {
            text[--start] = digits[value % 36];
        }

        output.Write(text[start..]);
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
[JsonSerializable(typeof(List<object?[]>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
