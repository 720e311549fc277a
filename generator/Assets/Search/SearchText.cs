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
        => NonWord().Split(Slugifier.Fold(text)).Where(t => t.Length > 0).ToList();

    /// <summary>The shard a token lives in: its first two characters (one for a one-letter token).</summary>
    public static string Shard(string token) => token.Length >= 2 ? token[..2] : token;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
