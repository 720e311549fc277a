using CsCheck;
using OcopShowcase.Content;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Content;

public class FrontMatterTests
{
    private static (FrontMatterDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var document = FrontMatterDocument.Parse(SourceFile.FromText("san-pham/x/index.md", text), bag);
        return (document, bag.ToSortedList());
    }

    /// <summary>
    /// Where the fences are, as the file's lines read: the line after the opening fence up to the line before the
    /// closing one is YAML, the rest the body (0-based closing line, or -1 when there is none).
    /// </summary>
    private static (string Yaml, string Body, int Close, int Lines)? Fences(string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        return close < 0 ? ("", "", -1, lines.Length) : (string.Join('\n', lines[1..close]), string.Join('\n', lines[(close + 1)..]), close, lines.Length);
    }

    [Fact]
    public void Fences_yaml_and_body_are_found_line_by_line_whatever_the_lines()
    {
        string[] choices = ["---", "--- ", "---\r", " ---", "----", "", "\r", "name: Chè lam", "# ---", "Thân bài.", "  - a"];
        var line = Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
        Check.Sample(line.Array[0, 8], lines =>
        {
            var text = string.Join('\n', lines);
            var (document, diagnostics) = Parse(text);
            // As the parser sees it: line ends made line feeds.
            var source = SourceFile.FromText("san-pham/x/index.md", text);
            text = TextHygiene.Clean(source.Text, source.RelativePath, firstLine: 1, new DiagnosticBag());
            switch (Fences(text))
            {
                case null:
                    Assert.Null(document.Fields);
                    Assert.Equal(text, document.Body);
                    Assert.Equal(1, document.BodyFirstLine);
                    Assert.Contains(diagnostics, d => d.Code == "OCOP002");
                    break;
                case { Close: -1, Lines: var count }:
                    Assert.Null(document.Fields);
                    Assert.Equal("", document.Body);
                    Assert.Equal(count, document.BodyFirstLine);
                    break;
                case { Yaml: var yaml, Body: var body, Close: var close }:
                    Assert.Equal(close + 2, document.BodyFirstLine);
                    Assert.Equal(body, document.Body);
                    var expected = new DiagnosticBag();
                    var fields = YamlFields.ParseMapping(yaml, "san-pham/x/index.md", lineOffset: 1, expected);
                    Assert.Equal(fields?.ToString(), document.Fields?.ToString());
                    Assert.Equal(expected.ToSortedList().Select(d => (d.Code, d.At)), diagnostics.Where(d => d.Code != "OCOP002").Select(d => (d.Code, d.At)));
                    break;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Splits_fields_and_body_and_keeps_the_body_line()
    {
        var (document, diagnostics) = Parse("---\nname: Chè lam\n---\n\nThân bài.\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Chè lam", FieldReader.For(document, new DiagnosticBag()).Text("name"));
        Assert.Equal(4, document.BodyFirstLine);
        Assert.Contains("Thân bài.", document.Body);
    }

    [Fact]
    public void Crlf_and_bom_are_read_like_lf()
    {
        var (document, diagnostics) = Parse("\uFEFF---\r\nname: Chè lam\r\n---\r\nThân bài.\r\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Chè lam", FieldReader.For(document, new DiagnosticBag()).Text("name"));
    }

    [Fact]
    public void Missing_front_matter_is_reported_at_line_one()
    {
        var (_, diagnostics) = Parse("Chỉ có nội dung.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP002", error.Code);
        Assert.Equal(new SourceSpan("san-pham/x/index.md", 1, 1), error.At);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
        => Assert.Equal("OCOP003", Assert.Single(Parse("---\nname: x\n").Diagnostics).Code);

    [Fact]
    public void Duplicate_key_is_an_error_on_its_line()
    {
        var (_, diagnostics) = Parse("---\nname: a\nprice: 1\nprice: 2\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP005", error.Code);
        Assert.Equal(4, error.At.Line);
        Assert.Contains("price", error.Message());
    }

    [Fact]
    public void Tab_indentation_is_named_at_the_tab()
    {
        var (_, diagnostics) = Parse("---\nbuy:\n\tpostmart: x\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP007", error.Code);
        Assert.Equal(new SourceSpan("san-pham/x/index.md", 3, 1), error.At);
    }

    [Fact]
    public void Field_positions_are_file_lines_and_columns()
    {
        var (document, _) = Parse("---\nname: Chè lam\nprice: 80k\n---\n");
        var bag = new DiagnosticBag();
        var price = FieldReader.For(document, bag).Integer("price", 0, 100000, "80000");
        Assert.Null(price);
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("OCOP013", error.Code);
        Assert.Equal(new SourceSpan("san-pham/x/index.md", 3, 8), error.At);
        Assert.Contains("80k", error.Message());
    }
}
