using System.Globalization;
using System.Text;

namespace OcopShowcase.Content;

/// <summary>
/// The one way a name becomes part of a URL or an anchor: NFC, lowercase, đ→d, tone and vowel marks removed,
/// ASCII letters and digits joined by single hyphens. "Chè lam Cẩm Tân" → "che-lam-cam-tan", "## Đà Nẵng" → "da-nang".
/// </summary>
public static class Slugifier
{
    /// <summary>The slug of <paramref name="text"/>; a text that is one already (a bundle folder's name, as a rule) is its own.</summary>
    public static string Slugify(string text) => IsSlug(text) ? text : Build(text);

    /// <summary>
    /// Whether <paramref name="text"/> is a slug as <see cref="Build"/> makes them: ASCII lowercase letters and digits
    /// joined by single hyphens, at most <see cref="MaxLength"/> long. Such a text builds to itself; a national
    /// catalogue's 41,000 folder and file names are slugs already, and building each anew was 12 MB of every build.
    /// </summary>
    private static bool IsSlug(string text)
    {
        if (text.Length is 0 or > MaxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The slug of <paramref name="text"/> by the rule: folded, then its letters and digits joined by single hyphens, shortened.</summary>
    internal static string Build(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Shorten(builder.ToString());
    }

    /// <summary>The longest slug made: long enough for any real name, short enough for a QR code and a file system.</summary>
    public const int MaxLength = 80;

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>Lowercase ASCII-folded text with its spacing kept: "Đặc sản" → "dac san". Also the basis of search folding.</summary>
    public static string Fold(string text)
    {
        // Latin, Vietnamese (NFC), punctuation and currency characters fold one by one, by a table made from the rule
        // below; text with any other character (a combining mark, another script) takes the rule itself.
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (FoldedAlone(c) is not { } one)
            {
                return FoldByRule(text);
            }

            folded.Append(one);
        }

        return folded.ToString();
    }

    /// <summary>
    /// <paramref name="c"/> folded alone, where folding never joins neighbours (so a text of such characters folds
    /// one by one); null for any other character, whose text must be folded whole (<see cref="FoldByRule"/>).
    /// </summary>
    public static string? FoldedAlone(char c) => c < FoldedChars.Length ? FoldedChars[c] : null;

    /// <summary>The folding rule: NFC, lowercase, đ→d, then marks and invisible format characters removed.</summary>
    internal static string FoldByRule(string text)
    {
        var decomposed = Parsing.TextHygiene.Normalize(Parsing.TextHygiene.Normalize(text, NormalizationForm.FormC).ToLowerInvariant().Replace('đ', 'd'), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(c);
        }

        return Parsing.TextHygiene.Normalize(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>
    /// Each character of the ranges where folding never joins neighbours (Latin, Latin Extended Additional for
    /// Vietnamese, general punctuation, currency signs), folded alone; null elsewhere. Combining marks are left to the
    /// rule: composed with their letter, the letter can fold differently ("I" + U+0307 is "İ").
    /// </summary>
    private static readonly string?[] FoldedChars = Enumerable.Range(0, 0x20D0)
        .Select(c => c < 0x300 || (c is >= 0x1E00 and < 0x1F00) || c >= 0x2000 ? FoldByRule(((char)c).ToString()) : null)
        .ToArray();
}
