using System.Text.RegularExpressions;
using OcopShowcase.Content;

namespace OcopShowcase.Assets.Search;

/// <summary>
/// The one folding and tokenising rule of search, mirrored line for line by <c>theme/assets/search.js</c> and checked
/// against the same vectors (<c>theme/search-vectors.json</c>) on both sides: NFC, lowercase, đ→d, marks removed,
/// anything but a–z and 0–9 is a word break. "Đặc sản Cẩm Tân" → ["dac", "san", "cam", "tan"].
/// </summary>
public static partial class SearchText
{
    public static IReadOnlyList<string> Tokens(string text) => Tokens(text, int.MaxValue);

    /// <summary>
    /// The first <paramref name="limit"/> tokens of a text, read no further than they need: a national catalogue's
    /// index reads 120 tokens of 20,000 bodies. Each character is folded by <see cref="Slugifier"/>'s table and
    /// tokens are cut as they go, in one pass; a text holding a character the table does not fold alone (a combining
    /// mark, another script) is folded whole by the rule, then cut (the two agree: a property test holds them to it).
    /// </summary>
    public static IReadOnlyList<string> FirstTokens(string text, int limit) => Tokens(text, limit);

    /// <summary>Takes a text's tokens one at a time, each as the characters of a buffer that the next one reuses.</summary>
    public interface ITokenSink
    {
        void Add(ReadOnlySpan<char> token);
    }

    /// <summary>
    /// Gives each of <paramref name="text"/>'s tokens to <paramref name="sink"/>, without a string for each (an index
    /// reads the names, tags and summaries of 20,000 documents in each language): the tokens <see cref="Tokens(string)"/>
    /// lists, in order. False, having given none, when the text holds a character that does not fold alone (a combining
    /// mark, another script), which only the rule folds: the caller takes <see cref="Tokens(string)"/> instead.
    /// </summary>
    public static bool TryEachToken<TSink>(string text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        foreach (var c in text)
        {
            if (Slugifier.FoldedAlone(c) is null)
            {
                return false;
            }
        }

        return Cut(text, int.MaxValue, ref sink);
    }

    private static List<string> Tokens(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var tokens = new List<string>();
        var sink = new ListSink(tokens);
        return Cut(text, limit, ref sink) ? tokens : ByRule(text, limit);
    }

    /// <summary>
    /// Cuts the first <paramref name="limit"/> tokens of a text in one pass, each character folded by the table, and
    /// gives each to <paramref name="sink"/> as it is cut. False at the first character the table does not fold alone:
    /// the tokens given so far are then not the text's (the rule folds it whole).
    /// </summary>
    private static bool Cut<TSink>(string text, int limit, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var cut = 0;
        Span<char> buffer = stackalloc char[64];
        var token = new ValueList(buffer);
        try
        {
            foreach (var c in text)
            {
                if (Slugifier.FoldedAlone(c) is not { } folded)
                {
                    return false;
                }

                // The tokens asked for are whole once the character after the break that ended the last one folds
                // alone: a combining mark after it could change the break itself ("İ" is a break, "İ" + U+0323 folds to "i").
                if (cut >= limit)
                {
                    break;
                }

                foreach (var f in folded)
                {
                    if (char.IsAsciiLetterLower(f) || char.IsAsciiDigit(f))
                    {
                        token.Append(f);
                    }
                    else if (token.Length > 0)
                    {
                        if (cut++ < limit)
                        {
                            sink.Add(token.Written);
                        }

                        token.Clear();
                    }
                }
            }

            if (token.Length > 0 && cut < limit)
            {
                sink.Add(token.Written);
            }

            return true;
        }
        finally
        {
            token.Dispose();
        }
    }

    private readonly struct ListSink(List<string> tokens) : ITokenSink
    {
        public void Add(ReadOnlySpan<char> token) => tokens.Add(new string(token));
    }

    /// <summary>The rule itself: the whole text folded (<see cref="Slugifier.Fold"/>), split at everything but a–z and 0–9.</summary>
    private static List<string> ByRule(string text, int limit)
    {
        var folded = Slugifier.Fold(text);
        var tokens = new List<string>();
        foreach (var range in NonWord().EnumerateSplits(folded))
        {
            if (tokens.Count == limit)
            {
                break;
            }

            if (range.End.Value > range.Start.Value)
            {
                tokens.Add(folded[range]);
            }
        }

        return tokens;
    }

    /// <summary>A token's characters, on the stack until it outgrows the buffer.</summary>
    private ref struct ValueList(Span<char> initial)
    {
        private Span<char> _chars = initial;
        private char[]? _rented;

        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                var larger = System.Buffers.ArrayPool<char>.Shared.Rent(_chars.Length * 2);
                _chars.CopyTo(larger);
                if (_rented is not null)
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(_rented);
                }

                _chars = _rented = larger;
            }

            _chars[Length++] = c;
        }

        public readonly ReadOnlySpan<char> Written => _chars[..Length];

        public void Clear() => Length = 0;

        public readonly void Dispose()
        {
            if (_rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            }
        }
    }

    /// <summary>
    /// Query terms shorter than this match whole words only ("ca" finds "cà", not every word starting with "ca"); longer
    /// ones match word prefixes. Vietnamese words are syllables, and one- or two-letter prefixes would make a first query
    /// on a national catalogue load most of the index.
    /// </summary>
    public const int PrefixLength = 3;

    /// <summary>
    /// A token's group: its first three characters, or the whole token when shorter. A group of one or two characters
    /// (a short word) is always a shard of its own; a group of three is too, unless it is small
    /// (<see cref="SearchIndex.SharedBelow"/>): then it is in the shard its first two letters' small groups share
    /// (<see cref="SharedShard"/>).
    /// </summary>
    public static string Group(string token) => token.Length >= PrefixLength ? token[..PrefixLength] : token;

    /// <summary>
    /// The shard the small groups starting with <paramref name="group"/>'s first two letters share: those letters and
    /// a hyphen ("ca-"), a name no token has (tokens are letters and digits), so a short word's own shard ("ca") is
    /// never also the shared one: typing "ca" loads only what "ca" can match, and a rare word loads no common one.
    /// </summary>
    public static string SharedShard(string group) => group[..(PrefixLength - 1)] + "-";

    /// <summary>
    /// The shard a query term is looked up in, among the index's <paramref name="shards"/> (meta.json lists them): its
    /// group's own, else (a group of three) the one small groups share; null when neither exists (nothing can match).
    /// search.js has the same rule; theme/search-vectors.json checks both.
    /// </summary>
    public static string? ShardOf(string term, IReadOnlySet<string> shards)
    {
        var group = Group(term);
        if (shards.Contains(group))
        {
            return group;
        }

        return group.Length == PrefixLength && shards.Contains(SharedShard(group)) ? SharedShard(group) : null;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
