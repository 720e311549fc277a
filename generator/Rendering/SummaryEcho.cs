using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OcopShowcase.Rendering;

/// <summary>
/// The one decision about a body that repeats the summary: when the first block of a body is a paragraph whose words
/// are the summary's (whitespace and Unicode form aside), it is dropped, because the page already shows the summary
/// as its lead.
/// </summary>
public static class SummaryEcho
{
    public static bool Remove(MarkdownDocument document, string summary)
    {
        if (document.Count == 0 || document[0] is not ParagraphBlock { Inline: { } inline } || Words(Text(inline)) != Words(summary))
        {
            return false;
        }

        document.RemoveAt(0);
        return true;
    }

    private static string Text(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var part in inline.Descendants<Inline>())
        {
            switch (part)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }

        return text.ToString();
    }

    private static string Words(string text)
        => string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
