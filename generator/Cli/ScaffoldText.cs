using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OcopShowcase.Cli;

/// <summary>
/// A title typed on the command line, made fit for a scaffold's front matter whatever it holds: one line (line breaks,
/// tabs and other control characters become spaces; noncharacters are dropped), then written as a YAML double-quoted
/// scalar by YamlDotNet's own emitter, so quotes, backslashes, colons and <c>#</c> are escaped by the library that reads
/// them back.
/// </summary>
public static class ScaffoldText
{
    /// <summary>The title as one clean line.</summary>
    public static string OneLine(string title)
    {
        var line = new StringBuilder(title.Length);
        foreach (var rune in title.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune))
            {
                line.Append(' ');
            }
            else if (!Diagnostics.EchoedText.IsNoncharacter(rune.Value) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Surrogate)
            {
                line.Append(rune.ToString());
            }
        }

        return string.Join(' ', line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A complete YAML value: <c>"…"</c>.</summary>
    public static string Quoted(string text)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(null, null, text, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        // An empty scalar as a whole document is written after an explicit "---".
        var yaml = writer.ToString().TrimEnd('\r', '\n');
        yaml = yaml.StartsWith("--- ", StringComparison.Ordinal) ? yaml[4..] : yaml;
        if (yaml.Length < 2 || yaml[0] != '"' || yaml[^1] != '"')
        {
            throw new InvalidOperationException($"YamlDotNet emitted an unexpected scalar: {yaml}");
        }

        return yaml;
    }

    /// <summary>The inside of a double-quoted scalar, for a scaffold that writes <c>"Giới thiệu {{ title_in_quotes }}."</c>.</summary>
    public static string InsideQuotes(string text) => Quoted(text)[1..^1];
}
