using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Rendering;

/// <summary>
/// Finds the addresses typed as raw HTML in a Markdown body that <see cref="LinkPolicy"/> refuses, with their position,
/// so that <c>&lt;a href="javascript:…"&gt;</c> is a located error like <c>[x](javascript:…)</c> and not only an
/// attribute the allow-list drops. Entities are decoded by AngleSharp first, as a browser would.
/// </summary>
public static class RawHtmlLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href", "srcset"];

    // Pages render in parallel; a parser (and its browsing context) is kept per thread.
    [ThreadStatic]
    private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Every refused address: the URL, the Markdown line (0-based, as Markdig counts) and the 1-based column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Unsafe(MarkdownDocument document)
    {
        var fragments = document.Descendants<HtmlBlock>().Select(b => (Html: b.Lines.ToString(), b.Line, b.Column))
            .Concat(document.Descendants<HtmlInline>().Select(i => (Html: i.Tag ?? "", i.Line, i.Column)));
        foreach (var (html, line, column) in fragments)
        {
            if (html.IndexOf('=') < 0)
            {
                continue;
            }

            var parsed = Parser.ParseDocument(html);
            foreach (var element in parsed.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (!UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) || Refused(attribute.Name, attribute.Value) is not { } url)
                    {
                        continue;
                    }

                    var at = element.SourceReference?.Position;
                    var lineInFragment = at is { } p ? p.Line - 1 : 0;
                    var columnInFragment = at is { } q ? q.Column : 1;
                    yield return (url, line + lineInFragment, lineInFragment == 0 ? column + columnInFragment : columnInFragment);
                }
            }
        }
    }

    private static string? Refused(string name, string value)
    {
        if (!name.Equals("srcset", StringComparison.OrdinalIgnoreCase))
        {
            return LinkPolicy.IsAllowed(value) ? null : value;
        }

        // "a.jpg 1x, b.jpg 2x": each candidate's address is its first word.
        return value.Split(',').Select(c => c.Trim().Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0 && !LinkPolicy.IsAllowed(u));
    }
}
