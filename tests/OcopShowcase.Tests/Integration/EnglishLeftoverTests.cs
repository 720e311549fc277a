using System.Text.RegularExpressions;
using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// Reads every English page as a visitor would and fails on Vietnamese that is not marked as such: a Vietnamese UI
/// string of theme/i18n/vi.yml, or a term of content/glossary.en.yml left untranslated. Both lists are read from the
/// files, so a new string or glossary entry is checked without touching this test. Text inside an element marked
/// lang="vi" (an untranslated body under its note, a proper name) is allowed.
/// </summary>
public partial class EnglishLeftoverTests(RootSite root) : IClassFixture<RootSite>
{
    private SampleSite Site => root.Site;

    private static readonly string[] Attributes = ["alt", "aria-label", "placeholder", "title", "data-none", "data-some", "data-matched"];

    /// <summary>Vietnamese UI strings: each vi.yml value that differs from en.yml's, cut at its placeholders into fragments of two words or more that hold a Vietnamese letter.</summary>
    public static IReadOnlyList<string> VietnameseUiFragments()
    {
        var vi = Leaves(Path.Combine(TestPaths.Theme, "i18n", "vi.yml"));
        var en = Leaves(Path.Combine(TestPaths.Theme, "i18n", "en.yml"));
        return vi.Where(kv => en.GetValueOrDefault(kv.Key) != kv.Value)
            .SelectMany(kv => Placeholder().Split(kv.Value))
            .Select(f => f.Trim(' ', ',', '.', ':', ';', '–', '·', '"', '(', ')'))
            .Where(f => f.Contains(' ', StringComparison.Ordinal) && VietnameseLetter().IsMatch(f))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The Vietnamese terms of the English glossary, as written in the content.</summary>
    public static IReadOnlyList<string> GlossaryTerms()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Content, "glossary.en.yml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
    }

    [Fact]
    public void The_lists_come_from_the_files()
    {
        Assert.Contains("UBND tỉnh Thanh Hóa", GlossaryTerms());
        Assert.Contains("Trang chủ", VietnameseUiFragments());
        Assert.True(VietnameseUiFragments().Count > 100);
    }

    [Fact]
    public void An_english_page_shows_no_vietnamese_ui_string_and_no_untranslated_glossary_term()
    {
        var forbidden = VietnameseUiFragments().Select(f => (Text: f, Why: "vi.yml")).Concat(GlossaryTerms().Select(t => (Text: t, Why: "glossary.en.yml"))).ToList();
        var failures = new List<string>();
        var pages = Site.HtmlFiles.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40);
        foreach (var path in pages)
        {
            var page = Site.Page(path);
            var english = string.Join('\n', EnglishText(page));
            failures.AddRange(forbidden.Where(f => english.Contains(f.Text, StringComparison.Ordinal)).Select(f => $"{path}: \"{f.Text}\" ({f.Why})"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void The_glossary_translates_issuing_bodies_units_and_shops_where_no_file_does()
    {
        // Bánh gai has no English file: its price unit, shops and certificate come from the Vietnamese file.
        var page = Site.Page("en/san-pham/banh-gai-cam-tan/index.html");
        Assert.Contains("per bundle of 10", page.QuerySelector(".product__price")!.TextContent, StringComparison.Ordinal);
        var shop = page.QuerySelectorAll(".buy__shops li").First();
        Assert.Equal(("en", "OCOP showroom, Cẩm Tân Commune People's Committee"), (shop.GetAttribute("lang"), shop.TextContent));
        var issuer = page.QuerySelectorAll(".cert .facts dd").Single(d => d.TextContent.Contains("People's Committee", StringComparison.Ordinal));
        Assert.Equal("en", issuer.GetAttribute("lang"));
        // The Vietnamese page keeps the words as written.
        Assert.Contains("UBND", Site.Page("san-pham/banh-gai-cam-tan/index.html").QuerySelector(".cert")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Text and attributes of the page whose nearest lang is English; scripts and JSON-LD excluded.</summary>
    private static IEnumerable<string> EnglishText(IDocument page)
    {
        static string LangOf(INode node)
        {
            for (var element = node as IElement ?? node.ParentElement; element is not null; element = element.ParentElement)
            {
                if (element.GetAttribute("lang") is { } lang)
                {
                    return lang;
                }
            }

            return "";
        }

        foreach (var node in page.Body!.GetDescendants())
        {
            if (node is IText text && text.ParentElement is { LocalName: not ("script" or "style") } && LangOf(node) == "en")
            {
                yield return text.Data;
            }
            else if (node is IElement element && LangOf(element) == "en")
            {
                foreach (var name in Attributes)
                {
                    if (element.GetAttribute(name) is { } value)
                    {
                        yield return value;
                    }
                }
            }
        }

        // An untranslated page's title is its Vietnamese title, as its note says.
        if (page.QuerySelector(".note--untranslated") is not null)
        {
            yield break;
        }

        foreach (var meta in page.Head!.QuerySelectorAll("title, meta[name=description], meta[property^='og:']"))
        {
            yield return meta.LocalName == "title" ? meta.TextContent : meta.GetAttribute("content") ?? "";
        }
    }

    private static Dictionary<string, string> Leaves(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(YamlNode node, string prefix)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        Walk(value, prefix + ((YamlScalarNode)key).Value + ".");
                    }

                    break;
                case YamlScalarNode scalar:
                    leaves[prefix.TrimEnd('.')] = scalar.Value ?? "";
                    break;
            }
        }

        Walk(stream.Documents[0].RootNode, "");
        return leaves;
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();
}
