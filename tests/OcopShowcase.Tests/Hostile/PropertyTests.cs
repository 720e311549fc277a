using CsCheck;
using OcopShowcase.Content;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Random front matter, Markdown and file names thrown at parsing, slugging and rendering: the only outcomes are a
/// built page or a reported error with a location, never an unhandled exception.
/// </summary>
public class PropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệ \t\n:-#*[]()<>\"'&|\\/\u200b\u202e\u0300\u0301"], 0, 60],
        Gen.OneOf<string>("", "---", "\n---\n", ": :", "- - -", "&a [*a]", "<script>alert(1)</script>", "javascript:alert(1)", "price: 80k", "stars: bốn"));

    [Fact]
    public void Slugs_are_always_lowercase_ascii_words_joined_by_single_hyphens()
        => Text.Sample(input =>
        {
            var slug = Slugifier.Slugify(input);
            Assert.Matches("^([a-z0-9]+(-[a-z0-9]+)*)?$", slug);
            Assert.True(slug.Length <= Slugifier.MaxLength);
            Assert.Equal(slug, Slugifier.Slugify(slug));
            Assert.Equal(slug, Slugifier.Slugify(input.Normalize(System.Text.NormalizationForm.FormD)));
        }, iter: 2000);

    [Fact]
    public void Any_front_matter_parses_or_reports_located_errors()
    {
        var key = Gen.OneOf<string>("name", "group", "producer", "price", "summary", "photos", "buy", "tags", "stars", "pirce", "", "-", "a b");
        var line = Gen.Select(key, Text, (k, v) => $"{k}: {v}");
        var document = Gen.Select(line.List[0, 8], Text, (lines, body) => $"---\n{string.Join('\n', lines)}\n---\n{body}");
        document.Sample(text =>
        {
            var bag = new DiagnosticBag();
            var parsed = FrontMatterDocument.Parse(SourceFile.FromText("san-pham/x/index.md", text), bag);
            if (parsed.Fields is not null)
            {
                var fields = FieldReader.For(parsed, bag);
                fields.Text("name");
                fields.Integer("price", 0, 1000, "1");
                fields.TextList("tags");
                fields.Child("buy")?.HttpsUrl("postmart", "postmart.vn");
            }

            Assert.All(bag.ToSortedList(), d =>
            {
                Assert.Equal("san-pham/x/index.md", d.At.File);
                Assert.True(d.At.Line >= 1 && d.At.Column >= 1, d.Format());
            });
        }, iter: 2000);
    }

    [Fact]
    public void Any_markdown_renders_without_script_or_reports_located_errors()
    {
        var renderer = new MarkdownRenderer(new SiteLinks("/", ["index.html", "san-pham/index.html"], OcopShowcase.Assets.Images.PhotoSet.Empty));
        var language = new Language("vi", IsDefault: true);
        var markdown = Gen.Select(Text.List[0, 6], parts => string.Join("\n", parts) + "\n[a](javascript:x) <img src=x onerror=y> [b](../../../x)");
        markdown.Sample(body =>
        {
            var bag = new DiagnosticBag();
            var html = renderer.Render(new OcopShowcase.Content.Model.MarkdownBody(body, "trang/x.md", 5), language, bag).Html;
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("script, iframe, form, object, embed"));
            Assert.All(document.All, e => Assert.All(e.Attributes, a =>
            {
                Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), a.Name);
                Assert.False(a.Name is "href" or "src" && a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), a.Value);
            }));
            Assert.All(bag.ToSortedList(), d => Assert.True(d.At.File == "trang/x.md" && d.At.Line >= 5 && d.At.Column >= 1, d.Format()));
        }, iter: 1000);
    }

    [Fact]
    public void Any_product_file_or_folder_name_builds_or_reports_located_errors()
    {
        var name = Gen.String[Gen.Char["abcđèẩ -_.()[]!@#$%^&~`'\u200b\u0301"], 1, 24].Where(n => n.Trim() is not ("" or "." or ".."));
        Gen.Select(name, Text, Text).Sample((folder, productName, body) =>
        {
            var fixture = new ContentFixture();
            fixture.Write($"san-pham/{folder.Trim()}/index.md", $"---\nname: \"{productName.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)}\"\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: x\n---\n{body}\n");
            var result = fixture.Build();
            Assert.All(result.Diagnostics, d => Assert.True(d.At.File.Length > 0 && d.At.Line >= 1 && d.At.Column >= 1, d.Format()));
            if (result.Succeeded)
            {
                HostileContentTests.AssertNothingExecutable(result);
            }
        }, iter: 40);
    }
}
