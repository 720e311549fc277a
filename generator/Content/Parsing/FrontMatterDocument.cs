using OcopShowcase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// A Markdown file split into its YAML front matter and its body, with positions kept so that every later
/// error points at the right line of the original file.
/// </summary>
public sealed record FrontMatterDocument(SourceFile Source, YamlMappingNode? Fields, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    public static FrontMatterDocument Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
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
        return new FrontMatterDocument(source, fields, 2, body, close + 2);
    }
}
