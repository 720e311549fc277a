using OcopShowcase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// A Markdown file split into its YAML front matter and its body, with positions kept so that every later
/// error points at the right line of the original file. Forbidden characters (<see cref="TextHygiene"/>), YAML past
/// its limits (<see cref="YamlShape"/>) and Markdown nested too deep (<see cref="MarkdownNesting"/>) are reported
/// here, before any parser recurses.
/// </summary>
public sealed record FrontMatterDocument(SourceFile Source, YamlMappingNode? Fields, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    public static FrontMatterDocument Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var text = TextHygiene.Clean(source.Text, source.RelativePath, firstLine: 1, diagnostics);
        // Lines are found by position, not split out and joined again: a national catalogue has 40,000 files.
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd)))
        {
            diagnostics.Add(DiagnosticCatalogue.FrontMatterMissing, SourceSpan.StartOf(source.RelativePath));
            return new FrontMatterDocument(source, null, 2, text, 1);
        }

        // The closing fence: the first line after the opening one that is a fence (0-based line number).
        var (close, closeStart, closeEnd) = (0, firstEnd, firstEnd);
        while (closeEnd < text.Length)
        {
            (close, closeStart) = (close + 1, closeEnd + 1);
            closeEnd = LineEnd(text, closeStart);
            if (IsFence(text.AsSpan(closeStart, closeEnd - closeStart)))
            {
                break;
            }
        }

        if (close == 0 || !IsFence(text.AsSpan(closeStart, closeEnd - closeStart)))
        {
            diagnostics.Add(DiagnosticCatalogue.FrontMatterUnclosed, SourceSpan.StartOf(source.RelativePath));
            return new FrontMatterDocument(source, null, 2, "", close + 1);
        }

        var yaml = close == 1 ? "" : text[(firstEnd + 1)..(closeStart - 1)];
        var body = closeEnd == text.Length ? "" : text[(closeEnd + 1)..];
        var fields = YamlFields.ParseMapping(yaml, source.RelativePath, lineOffset: 1, diagnostics);

        // A body nested past the limit would overflow the stack when rendered: it is reported and never rendered.
        if (!MarkdownNesting.Check(body, source.RelativePath, close + 2, diagnostics))
        {
            body = "";
        }

        return new FrontMatterDocument(source, fields, 2, body, close + 2);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its line feed, or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var feed = text.IndexOf('\n', start);
        return feed < 0 ? text.Length : feed;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual(Fence);
}
