using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Measures how deep a Markdown body could nest before Markdig sees it: Markdig parses and renders containers and
/// inlines recursively, and a stack overflow kills the process (.NET cannot catch it), so the depth is checked on the
/// text, in one linear pass. The measure errs on the generous side of what Markdig would build:
/// <list type="bullet">
/// <item>containers on a line: every quote marker <c>&gt;</c> and list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>)
/// at its start, and a list marker's indentation (two spaces a level);</item>
/// <item>inlines in a paragraph: unclosed <c>[</c>, and emphasis runs (<c>*</c>, <c>_</c>, <c>~</c>, <c>^</c>,
/// <c>++</c>, <c>==</c>) that open without closing, half the run's length each;</item>
/// <item>raw HTML in the whole body: elements opened and not closed.</item>
/// </list>
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Reports the first place past <see cref="ContentLimits.MaxMarkdownNesting"/>; true when within it.</summary>
    public static bool Check(string markdown, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var line = firstLine;
        var inlineDepth = 0;
        var brackets = 0;
        var html = 0;
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(lineStart, end - lineStart);
            if (text.IsWhiteSpace())
            {
                // A blank line ends a paragraph: its inlines cannot nest into the next one.
                inlineDepth = 0;
                brackets = 0;
            }
            else if (ContainerDepth(text, out var column) is var containers && containers > ContentLimits.MaxMarkdownNesting)
            {
                return Report(file, line, column, diagnostics);
            }
            else if (InlineDepth(text, ref inlineDepth, ref brackets, ref html, out column) > ContentLimits.MaxMarkdownNesting)
            {
                return Report(file, line, column, diagnostics);
            }

            lineStart = end + 1;
            line++;
        }

        return true;
    }

    private static bool Report(string file, int line, int column, DiagnosticBag diagnostics)
    {
        diagnostics.Add(DiagnosticCatalogue.MarkdownTooDeep, new SourceSpan(file, line, column));
        return false;
    }

    /// <summary>Quote and list markers at the start of a line, and list indentation; <paramref name="column"/> where the limit was passed.</summary>
    private static int ContainerDepth(ReadOnlySpan<char> text, out int column)
    {
        var depth = 0;
        var indent = 0;
        var i = 0;
        column = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
                continue;
            }

            if (c == '\t')
            {
                indent += 4;
                i++;
                continue;
            }

            var marker = MarkerLength(text[i..]);
            if (marker == 0)
            {
                break;
            }

            depth += 1 + (indent / 2);
            indent = 0;
            i += marker;
            if (depth > ContentLimits.MaxMarkdownNesting)
            {
                column = i;
                return depth;
            }
        }

        return depth;
    }

    /// <summary>1 for "&gt;", the marker's length for a list item marker followed by a space or the line's end; else 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        if (text[0] == '>')
        {
            return 1;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var length = digits > 0
            ? (digits < text.Length && text[digits] is '.' or ')' ? digits + 1 : 0)
            : (text[0] is '-' or '*' or '+' ? 1 : 0);
        return length > 0 && (length == text.Length || text[length] is ' ' or '\t') ? length : 0;
    }

    /// <summary>
    /// Carries a paragraph's open brackets and emphasis, and the body's open HTML elements (the sanitizer parses the
    /// whole body at once), across lines; returns the deepest reached on this line.
    /// </summary>
    private static int InlineDepth(ReadOnlySpan<char> text, ref int emphasis, ref int brackets, ref int html, out int column)
    {
        column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '<' && i + 1 < text.Length)
            {
                html = Math.Max(0, html + HtmlTag(text[(i + 1)..]));
            }
            else if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            else if (c is '*' or '_' or '~' or '^' or '+' or '=')
            {
                var run = 1;
                while (i + run < text.Length && text[i + run] == c)
                {
                    run++;
                }

                var opens = i + run < text.Length && !char.IsWhiteSpace(text[i + run]);
                var closes = i > 0 && !char.IsWhiteSpace(text[i - 1]);
                // "+" and "=" mark only in pairs (++inserted++, ==marked==); the others also alone.
                var levels = c is '+' or '=' ? run / 2 : (run + 1) / 2;
                if (opens && !closes)
                {
                    emphasis += levels;
                }
                else if (closes && !opens)
                {
                    emphasis = Math.Max(0, emphasis - levels);
                }

                i += run - 1;
            }

            if (brackets + emphasis + html > ContentLimits.MaxMarkdownNesting)
            {
                column = i + 1;
                return brackets + emphasis + html;
            }
        }

        return brackets + emphasis + html;
    }

    /// <summary>
    /// +1 for a tag that opens an element holding others, -1 for a closing tag, 0 otherwise: void and self-closing
    /// elements, and those a sibling closes by itself (p, li, td…), never nest. 100,000 nested &lt;div&gt; make
    /// the HTML parser and sanitizer run for minutes.
    /// </summary>
    private static int HtmlTag(ReadOnlySpan<char> afterLess)
    {
        var closing = afterLess[0] == '/';
        var name = closing ? afterLess[1..] : afterLess;
        var length = 0;
        while (length < name.Length && char.IsAsciiLetterOrDigit(name[length]))
        {
            length++;
        }

        // A tag name ends at white space, '>' or '/'; anything else (<https://…>, <mailto:…>, <ocop@…>) is an
        // autolink, which nests nothing.
        if (length == 0 || !char.IsAsciiLetter(name[0]) || (length < name.Length && !char.IsWhiteSpace(name[length]) && name[length] is not ('>' or '/')))
        {
            return 0;
        }

        if (closing)
        {
            return -1;
        }

        var end = name.IndexOf('>');
        if (end > 0 && name[end - 1] == '/')
        {
            return 0;
        }

        return NeverNests.Contains(name[..length].ToString().ToLowerInvariant()) ? 0 : 1;
    }

    private static readonly HashSet<string> NeverNests = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "rt", "rp",
    };
}
