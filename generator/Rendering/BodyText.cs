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
    public static Assets.Search.SearchBody ForSearch(MarkdownBody body) => new(body.Hash, "markdown", limit => FirstTokens(body, limit), () => body.HashHolds);

    /// <summary>
    /// The first <paramref name="limit"/> search tokens of a body's words, parsing no more of it than they need: an
    /// index takes 120 tokens of each body, a few hundred characters of a product's thousands. A prefix is read only
    /// where it is known to give the same first words as the whole: it ends at a blank line (no block's text, not even
    /// a list item's, continues across one into what came before), and the body defines no link reference or footnote
    /// (<c>]:</c>, which can change a link's text above it) and has no fence or HTML (<c>```</c>, <c>~~~</c>,
    /// <c>&lt;</c>, whose blocks span blank lines). A prefix is enough when its words hold more tokens than asked for,
    /// so the last one asked for is whole. A property test holds this to the whole body's words.
    /// </summary>
    public static IReadOnlyList<string> FirstTokens(MarkdownBody body, int limit)
    {
        // Kept with the body, as its words are: `serve` takes an unchanged document's body from its previous build.
        if (Tokens.TryGetValue(body, out var known) && known.Limit == limit)
        {
            return known.Tokens;
        }

        var tokens = ReadFirstTokens(body, limit);
        Tokens.AddOrUpdate(body, new FirstTokensRead(limit, tokens));
        return tokens;
    }

    private sealed record FirstTokensRead(int Limit, IReadOnlyList<string> Tokens);

    private static readonly ConditionalWeakTable<MarkdownBody, FirstTokensRead> Tokens = [];

    private static IReadOnlyList<string> ReadFirstTokens(MarkdownBody body, int limit)
    {
        var markdown = body.Markdown;
        if (limit <= 0)
        {
            return [];
        }

        if (limit < markdown.Length / 6 && !markdown.Contains("]:", StringComparison.Ordinal))
        {
            // Each prefix tried ends at a later blank line than the one before, about twice as far in.
            for (var length = limit * 6; length < markdown.Length; length = length < markdown.Length / 2 ? length * 2 : markdown.Length)
            {
                var cut = markdown.IndexOf("\n\n", length, StringComparison.Ordinal);
                if (cut < 0)
                {
                    break;
                }

                length = cut + 2;

                var prefix = markdown[..(cut + 2)];
                if (prefix.Contains('<') || prefix.Contains("```", StringComparison.Ordinal) || prefix.Contains("~~~", StringComparison.Ordinal))
                {
                    break;
                }

                var tokens = Assets.Search.SearchText.FirstTokens(Words(body.WithText(prefix)), limit + 1);
                if (tokens.Count > limit)
                {
                    return tokens.Take(limit).ToList();
                }
            }
        }

        return Assets.Search.SearchText.FirstTokens(Of(body), limit);
    }

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
