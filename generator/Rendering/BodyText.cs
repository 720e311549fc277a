using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Rendering;

/// <summary>
/// The words of a Markdown body as a visitor reads them on the page, for search: text, link text, image alt text and
/// code, read from Markdig's syntax tree (parsed with the pipeline pages render with, never rendered). Link addresses,
/// file names, reference definitions and HTML tags and attributes are not words of the page, so they are left out;
/// so is a bare address, whose only text is the address.
/// </summary>
public static partial class BodyText
{
    /// <summary>
    /// Each body is parsed once however many indexes read it: a page without a translation shows its Vietnamese body
    /// in every language, and a national catalogue has few translations.
    /// </summary>
    private static readonly ConditionalWeakTable<MarkdownBody, string> Read = [];

    public static string Of(MarkdownBody body) => Read.GetValue(body, Words);

    /// <summary>A body for search, whose words are read only if an index is made (<see cref="Assets.Search.SearchBody"/>).</summary>
    public static Assets.Search.SearchBody ForSearch(MarkdownBody body) => new(body.Markdown, "markdown", _ => Of(body));

    private static string Words(MarkdownBody body)
    {
        if (body.IsEmpty || MarkdownRenderer.TryParse(body.Markdown) is not { } document)
        {
            return "";
        }

        var text = new StringBuilder(body.Markdown.Length);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case LinkReferenceDefinition:
                    continue;
                case HtmlBlock html:
                    text.Append(WebUtility.HtmlDecode(Tag().Replace(html.Lines.ToString(), " ")));
                    break;
                case { Inline: { } inline }:
                    Append(text, inline);
                    break;
                default:
                    // Code blocks: shown as they are written.
                    text.Append(block.Lines.ToString());
                    break;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case AutolinkInline or LinkInline { IsAutoLink: true }:
                    break;
                case ContainerInline inner:
                    // Emphasis, a link's text, an image's alt text: no break around them, so "**Ch**è" stays one word.
                    Append(text, inner);
                    break;
            }
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
