using System.Globalization;
using System.Text;

namespace OcopShowcase.Content;

/// <summary>
/// The one way a name becomes part of a URL or an anchor: NFC, lowercase, đ→d, tone and vowel marks removed,
/// ASCII letters and digits joined by single hyphens. "Chè lam Cẩm Tân" → "che-lam-cam-tan", "## Đà Nẵng" → "da-nang".
/// </summary>
public static class Slugifier
{
    public static string Slugify(string text)
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
        var decomposed = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
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

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
