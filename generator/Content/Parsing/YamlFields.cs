using OcopShowcase.Diagnostics;
using YamlDotNet.Core;
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

        if (!YamlShape.Check(yaml, file, lineOffset, diagnostics))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var at = new SourceSpan(file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            if (ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true)
            {
                diagnostics.Add(DiagnosticCatalogue.DuplicateField, at, DuplicateKeyName(yaml, ex));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalogue.YamlSyntax, at, Describe(ex));
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1.0 throws these (not a YamlException) on some malformed flow collections and on an
            // alias used inside its own anchor ("&a [*a]"), both found by the property tests; they carry no
            // position, so the error points at the start of the block.
            diagnostics.Add(DiagnosticCatalogue.YamlSyntax, new SourceSpan(file, 1 + lineOffset, 1), Describe(new YamlException(ex.Message)));
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

    private static string DuplicateKeyName(string yaml, YamlException ex)
    {
        var lines = yaml.Split('\n');
        var index = (int)ex.Start.Line - 1;
        if (index >= 0 && index < lines.Length)
        {
            var line = lines[index].Trim();
            var colon = line.IndexOf(':');
            return colon > 0 ? line[..colon].Trim() : line;
        }

        return "?";
    }

    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException ?? ex).Message;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "có ký tự Tab; hãy thụt đầu dòng bằng dấu cách.";
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "có dấu \":\" ở giữa giá trị; hãy đặt giá trị trong ngoặc kép.";
        }

        if (message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
        {
            return "thiếu dấu ngoặc, dấu nháy hoặc thụt đầu dòng không đều.";
        }

        return message;
    }
}
