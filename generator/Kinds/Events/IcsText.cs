using System.Text;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// The text rules of RFC 5545 (iCalendar): TEXT values escape backslash, semicolon, comma and line breaks (3.3.11);
/// content lines end in CRLF and are folded so no line is longer than 75 octets, each continuation starting with one
/// space (3.1). A fold never splits a UTF-8 sequence: the limit is counted in bytes, the cut made between characters.
/// </summary>
public static class IcsText
{
    public const string LineBreak = "\r\n";

    /// <summary>The longest line RFC 5545 allows, in octets, not counting the line break.</summary>
    public const int MaxLineOctets = 75;

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append(@"\n");
                    break;
                default:
                    escaped.Append(text[i]);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>One content line, folded, each physical line ended by CRLF.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.Append(LineBreak).ToString();
    }

    /// <summary>The reverse of <see cref="Fold"/>, as a reader does it: a line break followed by one space or tab is removed.</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
}
