using System.Text.RegularExpressions;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// The one definition of placeholder text: words between double square brackets, <c>[[Viết giới thiệu ở đây]]</c>.
/// The scaffolds of <c>new</c> write their hints through <see cref="Wrap"/> (the <c>placeholder</c> template function),
/// and a document that is not a draft is checked with <see cref="FindIn"/>, so the two can never disagree.
/// Markdown gives <c>[[…]]</c> no meaning, so a real text never carries it by accident.
/// </summary>
public static partial class Placeholder
{
    public const string Open = "[[";
    public const string Close = "]]";

    public static string Wrap(string hint) => Open + hint + Close;

    /// <summary>Every placeholder left in a document's front matter values (not its comments) and body, with where it is.</summary>
    public static IEnumerable<(SourceSpan At, string Text)> FindIn(FrontMatterDocument document)
    {
        // Nearly every document has none: it is not split into lines to find that out.
        if (!document.Source.Text.Contains(Open, StringComparison.Ordinal))
        {
            yield break;
        }

        var lines = document.Source.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = index + 1;
            var inFrontMatter = line >= document.YamlFirstLine && line < document.BodyFirstLine - 1;
            if (line == document.BodyFirstLine - 1 || (inFrontMatter && lines[index].TrimStart().StartsWith('#')) || (line < document.YamlFirstLine))
            {
                continue;
            }

            foreach (Match match in Pattern().Matches(lines[index]))
            {
                yield return (new SourceSpan(document.Source.RelativePath, line, match.Index + 1), match.Value);
            }
        }
    }

    [GeneratedRegex(@"\[\[[^\[\]\r\n]+\]\]")]
    private static partial Regex Pattern();
}
