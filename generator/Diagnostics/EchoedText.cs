using System.Globalization;
using System.Text;
using OcopShowcase.Content;

namespace OcopShowcase.Diagnostics;

/// <summary>
/// A value from the content as a message repeats it: every character that could act on a terminal or a CI log
/// (control characters such as ESC and BEL, bidi and other invisible format characters, line separators,
/// noncharacters, lone surrogates) is written as <c>\u001B</c>, and a long value is cut at
/// <see cref="ContentLimits.MaxEchoedLength"/> characters, so a 1 MB field is never printed whole.
/// </summary>
public static class EchoedText
{
    public static string Of(string value) => Escape(value, ContentLimits.MaxEchoedLength);

    /// <summary>
    /// A file path, escaped but never cut: an editor or CI must be able to open it, and the file system bounds it
    /// (255 bytes a name).
    /// </summary>
    public static string OfPath(string path) => Escape(path, int.MaxValue);

    private static string Escape(string value, int maxLength)
    {
        var cut = value.Length > maxLength;
        var shown = cut ? value[..maxLength] : value;
        if (!cut && !shown.Any(NeedsEscape))
        {
            return value;
        }

        var text = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                var rune = new Rune(c, shown[i + 1]);
                if (IsNoncharacter(rune.Value))
                {
                    text.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
                }
                else
                {
                    text.Append(c).Append(shown[i + 1]);
                }

                i++;
            }
            else if (NeedsEscape(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return cut ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>A character never shown raw: controls, format characters, separators, noncharacters, surrogates.</summary>
    public static bool NeedsEscape(char c)
        => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
               or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
           || IsNoncharacter(c);

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane: never text.</summary>
    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
