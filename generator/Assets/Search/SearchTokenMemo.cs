using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using OcopShowcase.Output;

namespace OcopShowcase.Assets.Search;

/// <summary>
/// The first search tokens of every body the site's indexes hold, kept by <c>build</c> between runs, by what they are a
/// function of (<see cref="SearchBody.Reading"/> and <see cref="SearchBody.Key"/>: the hash of a body's Markdown).
/// <para>An index is made again whenever one of its documents changed (a product added, a name edited); the first
/// tokens of each body it takes (120) are then taken from here, and only the bodies not here (new or edited) are read and parsed.
/// Reading them all took an added product's build at 20,000 products 4-5 s of its search stage, from files the
/// document memo had not even opened (BENCHMARKS.md, session 21).</para>
/// <para>The file (<c>.cache/search/</c>, one per content folder) is read only when an index is made, and written again
/// only when a body was read: then with exactly the bodies of this build's documents, in every language
/// (<see cref="Hold"/>), so a removed product's is dropped by the next build that reads a body (until then it is only
/// unused: an entry is a function of its key). A body taken from the document memo whose file was saved during the
/// build is not kept (<see cref="SearchBody.KeyHolds"/>). <c>serve</c> keeps its memo in memory (<see cref="InMemory"/>)
/// for as long as it runs: its rebuilds make an index again after each edit of a name or summary, and reading 120
/// tokens of every body again took a second and 500 MB per language at 20,000 products. The file begins with the
/// generator's identity (the tokens are the tokeniser's) and ends with its hash (<see cref="SealedFile"/>): another
/// generator's, or a damaged one, is not used.</para>
/// </summary>
public sealed class SearchTokenMemo
{
    private static readonly byte[] Magic = Encoding.UTF8.GetBytes($"OCOP-SEARCH-TOKENS 1 {Fingerprint.Generator}\n");

    /// <summary>Where the memo is kept between builds; null for one kept in memory (<see cref="InMemory"/>).</summary>
    private readonly string? _file;
    private readonly Lazy<Stored> _stored;
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<IReadOnlyList<SearchDocument>> _held = [];
    private readonly ConcurrentDictionary<string, SearchTerms> _terms = new(StringComparer.Ordinal);
    private int _read;
    private int _taken;
    private int? _limit;
    private Task? _writing;

    private SearchTokenMemo(string? file)
    {
        _file = file;
        _stored = new Lazy<Stored>(() => file is null ? new Stored(0, []) : Load(file));
    }

    /// <summary>The memo kept in <paramref name="file"/>; nothing is read from it until an index asks for a body's tokens.</summary>
    public static SearchTokenMemo OnDisk(string file) => new(file);

    /// <summary>
    /// A memo kept in memory by a process that makes indexes again and again (<c>serve</c>): every body's tokens it
    /// read are kept, by key, until it ends (a line of 120 tokens for each version of a body: an edit adds one), and
    /// nothing is written.
    /// </summary>
    public static SearchTokenMemo InMemory() => new(null);

    /// <summary>
    /// The terms a memo kept in memory keeps for the index at <paramref name="folder"/> (<see cref="SearchTerms"/>):
    /// its documents' tokens, taken again by the next index of that folder for the documents that did not change.
    /// Null for a memo kept on disk: <c>build</c> makes an index once.
    /// </summary>
    public SearchTerms? TermsOf(string folder) => _file is null ? _terms.GetOrAdd(folder, _ => new SearchTerms()) : null;

    /// <summary>How many bodies were read for their tokens, and how many had theirs taken from the memo.</summary>
    public (int Read, int Taken) Bodies => (_read, _taken);

    /// <summary>
    /// The first <paramref name="limit"/> tokens of <paramref name="body"/>, from the memo when it has them, as one line,
    /// separated by single spaces (a token is letters and digits): as the memo keeps them, so that an index reads a
    /// body's tokens without a string for each (<see cref="SearchIndex.Build"/>) and the memo holds one string per body.
    /// </summary>
    public string FirstTokenLine(SearchBody body, int limit)
    {
        if (body.Reading == SearchBody.WordsReading)
        {
            // Its key is its words: nothing to spare.
            return string.Join(' ', body.FirstTokens(limit));
        }

        var key = KeyOf(body);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var stored = _stored.Value;
        if (stored.Limit == limit && stored.Tokens.TryGetValue(key, out var line))
        {
            // Counted once, however many indexes take it.
            if (_known.TryAdd(key, line))
            {
                Interlocked.Increment(ref _taken);
            }

            return line;
        }

        line = string.Join(' ', body.FirstTokens(limit));
        if (!body.KeyHolds)
        {
            // Not kept, so read again by the other language's index, and counted by each.
            Interlocked.Increment(ref _read);
            return line;
        }

        _limit = limit;
        // Two indexes may have read the same body side by side: it is counted once, and both take the first line kept.
        if (_known.TryAdd(key, line))
        {
            Interlocked.Increment(ref _read);
            return line;
        }

        return _known[key];
    }

    /// <summary>
    /// Names one language's documents as this build's, whether its index was made again or taken from the previous
    /// build: the memo is written with the tokens of their bodies, and of no others. A memo kept in memory is not
    /// written, and holds nothing.
    /// </summary>
    public void Hold(IReadOnlyList<SearchDocument> documents)
    {
        if (_file is not null)
        {
            _held.Add(documents);
        }
    }

    /// <summary>Starts writing the memo beside the rest of the build, when a body was read for its tokens.</summary>
    public void End()
    {
        if (_file is { } file && _read > 0 && _limit is { } limit)
        {
            _writing = Task.Run(() => Write(file, limit));
        }
    }

    /// <summary>Waits for the memo to be on disk (a failure to write it only makes the next index read every body).</summary>
    public void Flush()
    {
        try
        {
            _writing?.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
        }
    }

    private static string KeyOf(SearchBody body) => $"{body.Reading} {body.Key}";

    private void Write(string file, int limit)
    {
        var stored = _stored.Value.Limit == limit ? _stored.Value.Tokens : [];
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var body in _held.SelectMany(documents => documents).Select(d => d.Body).Where(b => b.Reading != SearchBody.WordsReading))
        {
            var key = KeyOf(body);
            if (entries.ContainsKey(key))
            {
                continue;
            }

            if (_known.TryGetValue(key, out var line) || stored.TryGetValue(key, out line))
            {
                entries[key] = line;
            }
        }

        SealedFile.Write(file, stream =>
        {
            stream.Write(Magic);
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(limit);
            writer.Write(entries.Count);
            foreach (var (key, line) in entries)
            {
                writer.Write(key);
                writer.Write(line);
            }
        });
    }

    /// <summary>The tokens a previous build kept, joined by spaces (a token is letters and digits), and how many it kept of each body.</summary>
    private sealed record Stored(int Limit, Dictionary<string, string> Tokens);

    private static Stored Load(string file)
    {
        try
        {
            if (SealedFile.ReadWith(file, Magic, bytes =>
            {
                // As BinaryWriter wrote it (each string its UTF-8 length, 7 bits a byte, then its bytes), decoded from
                // the bytes in place: BinaryReader gathers a string longer than 128 bytes through a StringBuilder.
                var at = Magic.Length;
                var end = bytes.Length - SealedFile.HashLength;
                var limit = BinaryPrimitives.ReadInt32LittleEndian(bytes.Span[at..]);
                var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.Span[(at + sizeof(int))..]);
                at += 2 * sizeof(int);
                string Next()
                {
                    var span = bytes.Span;
                    var length = 0;
                    for (var shift = 0; ; shift += 7)
                    {
                        if (at >= end || shift > 28)
                        {
                            throw new EndOfStreamException();
                        }

                        var b = span[at++];
                        length |= (b & 0x7F) << shift;
                        if (b < 0x80)
                        {
                            break;
                        }
                    }

                    if (length < 0 || length > end - at)
                    {
                        throw new EndOfStreamException();
                    }

                    at += length;
                    return Encoding.UTF8.GetString(span.Slice(at - length, length));
                }

                var tokens = new Dictionary<string, string>(Math.Clamp(count, 0, 1 << 20), StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    tokens[Next()] = Next();
                }

                return new Stored(limit, tokens);
            }) is { } stored)
            {
                return stored;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            // Unreadable as a memo (EndOfStreamException is an IOException): an index made in this build reads every body.
        }

        return new Stored(0, []);
    }
}
