using System.Globalization;
using OcopShowcase.Diagnostics;
using YamlDotNet.Core;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Names the editor's mistake behind a YAML load failure from what YamlDotNet gives that does not depend on its
/// English wording: the exception's type (a YamlDotNet error with a position, or another failure without one), its
/// start mark, and the source line at that mark. The mistakes, in the order they are looked for: a tab in a line's
/// indentation (OCOP007), a quote not closed on its line (OCOP008), a line that is not "key: value" (OCOP009), a line
/// out of step with its siblings (OCOP036), and otherwise a value holding a character YAML reads as syntax, which
/// quoting fixes (OCOP004). A plain key written twice never gets here: <see cref="YamlShape"/> finds it first, from
/// the parser's events (OCOP005).
/// </summary>
public static class YamlMistake
{
    public static Diagnostic Classify(string yaml, Exception exception, string file, int lineOffset)
    {
        var lines = yaml.Split('\n');
        var (descriptor, line, column, arguments) = Find(lines, exception);
        line = Math.Clamp(line, 1, Math.Max(1, lines.Length));
        return new Diagnostic(descriptor, new SourceSpan(file, line + lineOffset, Math.Max(1, column)), arguments);
    }

    private static (DiagnosticDescriptor, int Line, int Column, string[] Arguments) Find(string[] lines, Exception exception)
    {
        // A tab in the indentation is a syntax error wherever it is, and YamlDotNet's mark often points at the
        // mapping that holds it rather than at the tab: the first such line is the mistake.
        if (exception is YamlException && FirstTabIndented(lines) is { } tab)
        {
            return (DiagnosticCatalogue.YamlTab, tab.Line, tab.Column, []);
        }

        if (exception is not YamlException yaml)
        {
            // YamlDotNet throws InvalidOperationException or ArgumentException on some malformed flow collections
            // and self-referencing aliases; they carry no position, so the error points at the block's start.
            return (DiagnosticCatalogue.YamlSyntax, 1, 1, []);
        }

        var lineNumber = (int)yaml.Start.Line;
        var column = (int)yaml.Start.Column;
        var text = lineNumber >= 1 && lineNumber <= lines.Length ? lines[lineNumber - 1].TrimEnd('\r') : "";
        var indent = text.Length - text.TrimStart(' ').Length;
        var content = text.Trim();

        if (column >= 1 && column <= text.Length && text[column - 1] is '"' or '\'')
        {
            if (!ClosesOnLine(text, column - 1))
            {
                return (DiagnosticCatalogue.YamlUnclosedQuote, lineNumber, column, [text[column - 1].ToString()]);
            }
        }

        // Whether YamlDotNet calls the same mistake a syntax or a semantic error depends on what follows it (the end of
        // the text, another line), so both are read the same way: from the line at the mark.
        if (exception is SyntaxErrorException or SemanticErrorException && content.Length > 0)
        {
            var first = indent + 1;
            var keyColon = KeyColon(text);
            if (column == first)
            {
                // The line starts a token where the mapping expected a key: a key at a column its siblings do not
                // use, a list item out of step, or a line that is not "key: value" at all.
                return content.StartsWith('-') || keyColon >= 0
                    ? Indentation(lineNumber, first, indent)
                    : (DiagnosticCatalogue.YamlMissingColon, lineNumber, first, [content]);
            }

            if (column > first && keyColon == column - 1)
            {
                // "key:" read as the continuation of the previous line's value: the line is indented deeper than
                // its siblings.
                return Indentation(lineNumber, first, indent);
            }
        }

        return (DiagnosticCatalogue.YamlSyntax, lineNumber, column, []);
    }

    private static (DiagnosticDescriptor, int, int, string[]) Indentation(int line, int column, int indent)
        => (DiagnosticCatalogue.YamlIndentation, line, column, [indent.ToString(CultureInfo.InvariantCulture)]);

    private static (int Line, int Column)? FirstTabIndented(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lead = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, lead);
            if (tab >= 0 && lead < line.TrimEnd('\r').Length)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Whether the quote at <paramref name="open"/> is closed later on the line (YAML's escapes: \" and '').</summary>
    private static bool ClosesOnLine(string line, int open)
    {
        var quote = line[open];
        for (var i = open + 1; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the colon that ends a plain "key:" at the start of the line's text, or -1.</summary>
    private static int KeyColon(string line)
    {
        var start = line.Length - line.TrimStart(' ').Length;
        if (start < line.Length && line[start] is '-' or '"' or '\'' or '#')
        {
            return -1;
        }

        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\r'))
            {
                return i;
            }

            if (line[i] is ' ' or '\t' && i + 1 < line.Length && line[i + 1] == '#')
            {
                return -1;
            }
        }

        return -1;
    }
}
