using System.Globalization;
using System.Text;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Text hygiene at the door: a content file may carry no control character (other than tab and line feed) and no
/// noncharacter. Each is an error at its line and column (OCOP050), and is replaced by U+FFFD so that nothing
/// downstream (the Atom and sitemap XML writers refuse them, a terminal acts on them) ever meets one. Invisible
/// format characters (zero-width, bidi) are not errors here: <see cref="FieldReader.Clean"/> strips them.
/// </summary>
public static class TextHygiene
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every forbidden character replaced, each reported (the first few of a file).</summary>
    public static string Clean(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var first = IndexOfForbidden(text, 0);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var reported = 0;
        var line = firstLine;
        var lineStart = 0;
        var scanned = 0;
        for (var i = first; i >= 0; i = IndexOfForbidden(text, i + 1))
        {
            for (; scanned < i; scanned++)
            {
                if (text[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (reported++ < ContentLimits.MaxReportedCharacters)
            {
                diagnostics.Add(DiagnosticCatalogue.ForbiddenCharacter, new SourceSpan(file, line, i - lineStart + 1), Name(codePoint));
            }

            chars[i] = Replacement;
            if (pair)
            {
                chars[i + 1] = Replacement;
                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Unicode normalization that never throws: .NET refuses to normalize a string holding a noncharacter or a lone
    /// surrogate ("invalid Unicode code points"), so the text is normalized piece by piece around them, and they are
    /// kept where they are for <see cref="Clean"/> to report (they combine with nothing, so no composition spans them).
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        var bad = IndexOfForbidden(text, 0);
        if (bad < 0)
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }

        var result = new StringBuilder(text.Length);
        var start = 0;
        for (; bad >= 0; bad = IndexOfForbidden(text, start))
        {
            var length = char.IsHighSurrogate(text[bad]) && bad + 1 < text.Length && char.IsLowSurrogate(text[bad + 1]) ? 2 : 1;
            result.Append(text[start..bad].Normalize(form)).Append(text, bad, length);
            start = bad + length;
        }

        return result.Append(text[start..].Normalize(form)).ToString();
    }

    /// <summary>
    /// The first forbidden character of a value, named ("U+000B"), or null. A YAML escape ("\v", "\e", "\x1b",
    /// "\uFFFF" in double quotes) makes one after the file's own check, so values are checked again once read.
    /// </summary>
    public static string? FirstForbidden(string value)
    {
        var i = IndexOfForbidden(value, 0);
        if (i < 0)
        {
            return null;
        }

        var pair = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
        return Name(pair ? char.ConvertToUtf32(value[i], value[i + 1]) : value[i]);
    }

    /// <summary>
    /// The characters this class refuses, as a JavaScript regular expression (flag "u"), for the staff form: C0 controls but tab
    /// and line feed, DEL and C1 controls, noncharacters, and lone surrogates (which "u" reads as code points of \p{Cs}).
    /// </summary>
    public const string ForbiddenPatternForBrowsers = @"[\u0000-\u0008\u000B-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}\p{Cs}]";

    private static int IndexOfForbidden(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c is >= '\u007F' and <= '\u009F' or >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                if (c is '\t' or '\n')
                {
                    continue;
                }

                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (EchoedText.IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        return i;
                    }

                    i++;
                    continue;
                }

                // A lone surrogate: not text (strict UTF-8 never yields one, a string made in code can).
                return i;
            }
        }

        return -1;
    }

    private static string Name(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
