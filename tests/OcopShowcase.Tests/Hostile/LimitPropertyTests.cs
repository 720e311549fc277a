using CsCheck;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Generated nesting and control characters: Markdown and YAML nested to any depth either pass their limit's check
/// and then parse and render (so the check never lets through what would overflow the stack), or are reported with
/// a location; a control character anywhere is reported exactly where it is; no input makes an exception.
/// </summary>
public class LimitPropertyTests
{
    private const string File = "san-pham/x/index.md";

    private static readonly Gen<string> Forbidden = Gen.OneOf(
        Gen.OneOf(
            Gen.Char['\u0000', '\u0008'], Gen.Const('\u000B'), Gen.Const('\u000C'), Gen.Char['\u000E', '\u001F'],
            Gen.Char['\u007F', '\u009F'], Gen.Char['\uFDD0', '\uFDEF'], Gen.Const('\uFFFE'), Gen.Const('\uFFFF')).Select(c => c.ToString()),
        Gen.OneOf<string>("\U0001FFFE", "\U0010FFFF"));

    /// <summary>Text without line breaks or forbidden characters, Vietnamese and YAML punctuation included.</summary>
    private static readonly Gen<string> Plain = Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệ \t:-#*[]{}()<>\"'&|\\/\u200b\u0301"], 0, 30];

    private static readonly Gen<string> MarkdownOpener = Gen.OneOf<string>(">", "> ", "- ", "* ", "+ ", "1. ", "  ", "[", "*", "_", "**", "__", "~~", "++", "==", "^", "*a ", "[x](", "<div>", "`");

    private static readonly Gen<string> YamlOpener = Gen.OneOf<string>("[", "{a: ", "- ", "? ", "&x [", "*x, ", "[a, ", "{? ", "!!seq [");

    [Fact]
    public void Markdown_nested_to_any_depth_renders_or_reports_its_depth()
    {
        var renderer = new MarkdownRenderer(new SiteLinks("/", ["index.html"], OcopShowcase.Assets.Images.PhotoSet.Empty));
        var language = new Language("vi", IsDefault: true);
        Gen.Select(MarkdownOpener, Gen.Int[0, 20_000], MarkdownOpener.List[0, 40], Plain)
            .Select((unit, depth, mixed, text) => string.Concat(Enumerable.Repeat(unit, depth)) + string.Concat(mixed) + text)
            .Sample(body =>
            {
                var bag = new DiagnosticBag();
                var document = FrontMatterDocument.Parse(SourceFile.FromText(File, "---\nname: x\n---\n" + body), bag);
                var depth = bag.ToSortedList().Where(d => d.Code == "OCOP053").ToList();
                if (depth.Count > 0)
                {
                    Assert.Equal("", document.Body);
                    Assert.All(depth, d => Assert.True(d.At.File == File && d.At.Line >= 4 && d.At.Column >= 1, d.Format()));
                    return;
                }

                renderer.Render(new MarkdownBody(document.Body, File, document.BodyFirstLine), language, bag);
            }, iter: 400);
    }

    [Fact]
    public void Yaml_nested_to_any_depth_loads_or_reports_its_depth_or_aliases()
    {
        Gen.Select(YamlOpener, Gen.Int[0, 60_000], YamlOpener.List[0, 40], Plain)
            .Select((unit, depth, mixed, text) => "tags: " + string.Concat(Enumerable.Repeat(unit, depth)) + string.Concat(mixed) + text)
            .Sample(yaml =>
            {
                var bag = new DiagnosticBag();
                var fields = YamlFields.ParseMapping(yaml, File, lineOffset: 1, bag);
                if (fields is not null)
                {
                    new FieldReader(fields, File, 1, bag).TextList("tags");
                }

                Assert.All(bag.ToSortedList(), d => Assert.True(d.At.File == File && d.At.Line >= 2 && d.At.Column >= 1, d.Format()));
            }, iter: 400);
    }

    [Fact]
    public void A_forbidden_character_in_any_field_or_the_body_is_reported_where_it_is()
    {
        var key = Gen.OneOf<string>("name", "summary", "producer", "price", "village", "tags", "unknown", "photo_alts");
        Gen.Select(key, Plain, Forbidden, Plain, Gen.Bool).Sample((field, before, bad, after, inBody) =>
        {
            var line = $"{(inBody ? "" : field + ": ")}{before}{bad}{after}";
            var text = inBody
                ? $"---\nname: Chè lam\n---\n\n{line}\n"
                : $"---\nname: Chè lam\n{line}\n---\n\nNội dung.\n";
            var bag = new DiagnosticBag();
            var document = FrontMatterDocument.Parse(SourceFile.FromText(File, text), bag);
            if (document.Fields is not null)
            {
                var fields = FieldReader.For(document, bag);
                fields.Text(field);
                fields.TextList(field);
            }

            // Columns count the text as read, in NFC: a letter and its combining accent are one character.
            var prefix = (inBody ? "" : field + ": ") + before.Normalize(System.Text.NormalizationForm.FormC);
            var expected = new SourceSpan(File, inBody ? 5 : 3, prefix.Length + 1);
            var errors = bag.ToSortedList().Where(d => d.Code == "OCOP050").ToList();
            Assert.True(errors.Any(d => d.At == expected), $"expected OCOP050 at {expected}, got:\n{string.Join("\n", bag.ToSortedList())}");
            Assert.DoesNotContain(document.Body + string.Concat(document.Fields?.AllNodes.Select(n => n.ToString()) ?? []), c => c == bad[0]);
        }, iter: 3000);
    }

    [Fact]
    public void A_forbidden_character_in_a_built_product_is_a_located_error_and_never_an_exception()
    {
        var key = Gen.OneOf<string>("name", "summary", "village", "unit", "packaging");
        Gen.Select(key, Plain, Forbidden, Gen.Bool).Sample((field, text, bad, english) =>
        {
            var fixture = new ContentFixture();
            var value = "\"" + text.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + bad + "\"";
            var path = english ? "san-pham/che-lam/index.en.md" : "san-pham/che-lam/index.md";
            fixture.Write(path, english
                ? $"---\n{field}: {value}\n---\n"
                : LimitCases.ProductText().Replace("price: 45000\n", $"price: 45000\n{(field == "name" ? "village" : field)}: {value}\n", StringComparison.Ordinal));
            var result = fixture.Build();
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Code == "OCOP050" && d.At.File == path && d.At.Line >= 2);
        }, iter: 25);
    }

    [Fact]
    public void An_echoed_value_never_carries_a_control_character_and_stays_short()
        => Gen.String[0, 500].Select(Forbidden, Gen.Int[0, 500], (s, bad, at) => s.Insert(Math.Min(at, s.Length), bad)).Sample(value =>
        {
            var echoed = EchoedText.Of(value);
            Assert.DoesNotContain(echoed, c => char.IsControl(c) || EchoedText.IsNoncharacter(c));
            Assert.True(WellFormed(echoed), echoed);
            Assert.True(echoed.Length <= (ContentLimits.MaxEchoedLength * 10) + 1);
        }, iter: 2000);

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (EchoedText.IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
