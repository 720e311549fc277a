using OcopShowcase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Checks a YAML block's shape before YamlDotNet builds its node tree: that tree is built recursively (a stack overflow,
/// which .NET cannot catch, past some thousands of levels) and compares mapping keys by walking them (an alias bomb
/// used as a key never ends). The check reads the parser's events, which YamlDotNet produces without recursion, and
/// stops at the first place past <see cref="ContentLimits.MaxYamlNesting"/> levels, or at the alias that takes the
/// block past <see cref="ContentLimits.MaxYamlExpandedValues"/> values with every alias expanded (a long list without
/// aliases is bounded by the file size instead). A syntax error is left to the
/// real load, which reports it.
/// </summary>
public static class YamlShape
{
    public static bool Check(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long ValuesBefore)>();
        long values = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        var start = (NodeEvent)parser.Current;
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, values));
                        values++;
                        if (open.Count > ContentLimits.MaxYamlNesting)
                        {
                            return Report(DiagnosticCatalogue.YamlTooDeep, start.Start, file, lineOffset, diagnostics);
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        var (anchor, before) = open.Pop();
                        if (anchor is not null)
                        {
                            anchors[anchor] = values - before;
                        }

                        break;
                    case Scalar scalar:
                        values++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        // An alias to an anchor still open (or unknown) is an error the real load reports.
                        values += anchors.GetValueOrDefault(alias.Value.Value, 1);
                        if (values > ContentLimits.MaxYamlExpandedValues)
                        {
                            return Report(DiagnosticCatalogue.YamlAliasesTooLarge, alias.Start, file, lineOffset, diagnostics);
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Malformed YAML: the load that follows reports it where it is.
        }

        return true;
    }

    private static bool Report(DiagnosticDescriptor descriptor, Mark at, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        diagnostics.Add(descriptor, new SourceSpan(file, (int)at.Line + lineOffset, (int)at.Column));
        return false;
    }
}
