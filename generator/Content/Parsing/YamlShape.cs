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
/// aliases is bounded by the file size instead). A key written twice in one mapping is reported at its second place
/// (from the events, so never from YamlDotNet's message). A syntax error is left to the real load, which reports it.
/// The events read are handed back (<paramref name="events"/>), so the tree is built from them instead of parsing the
/// text a second time; they are null when the text does not parse.
/// </summary>
public static class YamlShape
{
    public static bool Check(string yaml, string file, int lineOffset, DiagnosticBag diagnostics, out IReadOnlyList<ParsingEvent>? events)
    {
        events = null;
        var read = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<Collection>();
        long values = 0;
        try
        {
            while (parser.MoveNext())
            {
                read.Add(parser.Current!);
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        var start = (NodeEvent)parser.Current;
                        open.TryPeek(out var parent);
                        parent?.TakeNode(null);
                        open.Push(new Collection(start.Anchor.IsEmpty ? null : start.Anchor.Value, values, start is MappingStart));
                        values++;
                        if (open.Count > ContentLimits.MaxYamlNesting)
                        {
                            return Report(DiagnosticCatalogue.YamlTooDeep, start.Start, file, lineOffset, diagnostics);
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        var closed = open.Pop();
                        if (closed.Anchor is not null)
                        {
                            anchors[closed.Anchor] = values - closed.ValuesBefore;
                        }

                        break;
                    case Scalar scalar:
                        values++;
                        if (open.TryPeek(out var holder) && !holder.TakeNode(scalar.Value))
                        {
                            diagnostics.Add(DiagnosticCatalogue.DuplicateField, new SourceSpan(file, (int)scalar.Start.Line + lineOffset, (int)scalar.Start.Column), scalar.Value);
                            return false;
                        }

                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        open.TryPeek(out var aliasHolder);
                        aliasHolder?.TakeNode(null);
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
            return true;
        }

        events = read;
        return true;
    }

    private static bool Report(DiagnosticDescriptor descriptor, Mark at, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        diagnostics.Add(descriptor, new SourceSpan(file, (int)at.Line + lineOffset, (int)at.Column));
        return false;
    }

    /// <summary>An open sequence or mapping; a mapping's nodes alternate key, value, and its plain keys are remembered.</summary>
    private sealed class Collection(string? anchor, long valuesBefore, bool isMapping)
    {
        private readonly HashSet<string>? _keys = isMapping ? new(StringComparer.Ordinal) : null;
        private bool _nextIsKey = true;

        public string? Anchor { get; } = anchor;

        public long ValuesBefore { get; } = valuesBefore;

        /// <summary>Takes the next node (a scalar's value, or null for anything else); false for a key seen before.</summary>
        public bool TakeNode(string? scalar)
        {
            if (_keys is null)
            {
                return true;
            }

            var isKey = _nextIsKey;
            _nextIsKey = !_nextIsKey;
            return !isKey || scalar is null || _keys.Add(scalar);
        }
    }
}
