using OcopShowcase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Content.Parsing;

/// <summary>Parses a YAML text into a mapping node, turning every YamlDotNet failure into a located diagnostic.</summary>
public static class YamlFields
{
    public static YamlMappingNode? ParseMapping(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        if (!YamlShape.Check(yaml, file, lineOffset, diagnostics, out var events))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            // The check's events when the text parsed (half the cost: parsing is most of it), else the text, so the
            // load reports the syntax error where it is.
            stream.Load(events is null ? new Parser(new StringReader(yaml)) : new Replay(events));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1.0 throws InvalidOperationException or ArgumentException (not a YamlException) on some
            // malformed flow collections and on an alias used inside its own anchor ("&a [*a]"), both found by the
            // property tests.
            diagnostics.Add(YamlMistake.Classify(yaml, ex, file, lineOffset));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(DiagnosticCatalogue.NotAMapping, new SourceSpan(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column));
            return null;
        }

        return mapping;
    }

    /// <summary>Parser events read before, handed out again.</summary>
    private sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
