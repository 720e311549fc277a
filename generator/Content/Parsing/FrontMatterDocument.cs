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
    /// <summary>Where <see cref="Body"/> starts in the cleaned text of the file, or -1 when it is not read from there (no front matter, or a body too deeply nested to render, which is left empty).</summary>
    public int BodyStart { get; init; } = -1;

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
            return new FrontMatterDocument(source, fields, 2, "", close + 2);
        }

        return new FrontMatterDocument(source, fields, 2, body, close + 2) { BodyStart = closeEnd == text.Length ? text.Length : closeEnd + 1 };
    }

    /// <summary>
    /// The body of the file at <paramref name="fullPath"/> that started at <paramref name="start"/> of its cleaned text
    /// when it was parsed, whose hash was <paramref name="hash"/> (<see cref="Model.BodyOrigin"/>). When the file no
    /// longer holds that body there (it was saved since), it is parsed again and its body as it is now is given, not
    /// as hashed.
    /// </summary>
    public static (string Text, bool AsHashed) BodyAt(string fullPath, int start, string hash)
    {
        var ignored = new DiagnosticBag();
        var source = SourceFile.TryRead(Path.GetDirectoryName(fullPath) ?? "", fullPath, fullPath, ignored)
            ?? throw new IOException($"{fullPath}: unreadable since this build took its document from the previous build's memo ({string.Join("; ", ignored.ToSortedList().Select(d => d.Message(MessageLanguage.English)))})");
        var text = TextHygiene.Clean(source.Text, fullPath, firstLine: 1, ignored);
        if (start <= text.Length && text[start..] is var body && Output.Fingerprint.Of(body) == hash)
        {
            return (body, true);
        }

        return (Parse(source, ignored).Body, false);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its line feed, or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var feed = text.IndexOf('\n', start);
        return feed < 0 ? text.Length : feed;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual(Fence);
}
