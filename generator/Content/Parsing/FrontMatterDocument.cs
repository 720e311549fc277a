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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.Add(DiagnosticCatalogue.FrontMatterMissing, SourceSpan.StartOf(source.RelativePath));
            return new FrontMatterDocument(source, null, 2, text, 1);
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == Fence);
        if (close < 0)
        {
            diagnostics.Add(DiagnosticCatalogue.FrontMatterUnclosed, SourceSpan.StartOf(source.RelativePath));
            return new FrontMatterDocument(source, null, 2, "", lines.Length);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var fields = YamlFields.ParseMapping(yaml, source.RelativePath, lineOffset: 1, diagnostics);

        // A body nested past the limit would overflow the stack when rendered: it is reported and never rendered.
        if (!MarkdownNesting.Check(body, source.RelativePath, close + 2, diagnostics))
        {
            body = "";
        }

        return new FrontMatterDocument(source, fields, 2, body, close + 2);
    }
}
