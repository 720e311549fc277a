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
    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = Slugifier.Fold(text);
        var tokens = new List<string>();
        foreach (var range in NonWord().EnumerateSplits(folded))
        {
            if (range.End.Value > range.Start.Value)
            {
                tokens.Add(folded[range]);
            }
        }

        return tokens;
    }

    /// <summary>
    /// The first <paramref name="limit"/> tokens of a long text, folding only as much of it as they need: a prefix that
    /// ends at white space, doubled until it holds enough tokens. Folding never joins across white space, so these are
    /// the first tokens of the whole text.
    /// </summary>
    public static IReadOnlyList<string> FirstTokens(string text, int limit)
    {
        for (var length = limit * 8; ; length *= 2)
        {
            var end = length >= text.Length ? text.Length : text.AsSpan(length).IndexOfAny(WhiteSpace) is var next and >= 0 ? length + next : text.Length;
            var tokens = Tokens(end == text.Length ? text : text[..end]);
            if (tokens.Count >= limit || end == text.Length)
            {
                return tokens.Count > limit ? tokens.Take(limit).ToList() : tokens;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(" \t\r\n");

    /// <summary>
    /// Query terms shorter than this match whole words only ("ca" finds "cà", not every word starting with "ca"); longer
    /// ones match word prefixes. Vietnamese words are syllables, and one- or two-letter prefixes would make a first query
    /// on a national catalogue load most of the index.
    /// </summary>
    public const int PrefixLength = 3;

    /// <summary>The shard a token lives in: its first three characters, or the whole token when shorter.</summary>
    public static string Shard(string token) => token.Length >= PrefixLength ? token[..PrefixLength] : token;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
