using OcopShowcase.Assets;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;
using Scriban;

namespace OcopShowcase.Tests.Rendering;

/// <summary>
/// A partial that reads nothing but its value, the language's site values and the card heading is rendered once per
/// value in a build (<see cref="PartialMemo"/>): which partials qualify, and that every page made with the remembered
/// partials is the page made without them, its recorded addresses and broken links included.
/// </summary>
public class PartialMemoTests
{
    [Fact]
    public void The_themes_cards_stars_and_site_chrome_are_remembered_and_partials_that_read_the_page_are_not()
    {
        var theme = Theme.Load(TestPaths.Theme, ["vi", "en"], new DiagnosticBag())!;

        Assert.Subset(theme.MemoizablePartials.ToHashSet(), new HashSet<string> { "product-card", "tourism-card", "stars", "certificate-box", "site-head", "masthead", "menu", "mainnav", "footer" });
        // These write the page's language (page.lang) into their HTML.
        Assert.DoesNotContain("buy-box", theme.MemoizablePartials);
        Assert.DoesNotContain("action-bar", theme.MemoizablePartials);
        Assert.DoesNotContain("event-section", theme.MemoizablePartials);
    }

    [Theory]
    [InlineData("{{ it.name }} {{ t \"x\" }} {{ url it.url }} {{ card_heading }} {{ site.title }} {{ lang }} {{ it.name | string.upcase }}", true)]
    [InlineData("{{ page.url }}", false)]
    [InlineData("{{ m.name }}", false)] // a variable its caller set
    [InlineData("{{ $x }}", false)]
    [InlineData("{{ x = it }}{{ x }}", false)]
    [InlineData("{{ for i in it }}{{ i }}{{ for.index }}{{ end }}", true)]
    [InlineData("{{ for i in it }}{{ end }}{{ i }}", false)] // the loop's variable, read after the loop: the caller's
    [InlineData("{{ for i in page.items }}{{ i }}{{ end }}", false)]
    [InlineData("{{ date.now }}", false)]
    [InlineData("{{ object.eval \"page.url\" }}", false)]
    [InlineData("{{ content }}", false)]
    [InlineData("{{ capture x }}{{ it }}{{ end }}", false)]
    [InlineData("{{ with it }}{{ name }}{{ end }}", false)]
    [InlineData("{{ partial it.name it }}", false)] // a partial named by a value
    [InlineData("{{ partial \"pure\" it.photo }}", true)]
    [InlineData("{{ partial \"reads-page\" it }}", false)]
    [InlineData("{{ partial \"pure\" page.model }}", false)]
    [InlineData("{{ partial \"self\" it }}", false)] // calls itself
    [InlineData("{{ it.kind | partial \"pure\" }}", false)] // piped: the value is the partial's name
    [InlineData("{{ for i in it }}{{ i }}{{ else }}{{ i }}{{ end }}", false)] // else: the loop never started
    [InlineData("{{ for i in it limit:i }}{{ i }}{{ end }}", false)]
    [InlineData("{{ tablerow i in it }}{{ for.index }}{{ end }}", false)]
    [InlineData("{{ math.random 1 9 }}", false)]
    [InlineData("{{ array.cycle [\"a\", \"b\"] }}", false)]
    [InlineData("{{ it * 20 }}{{ math.abs it }}", true)]
    public void A_partial_is_remembered_only_if_it_reads_nothing_but_its_value(string text, bool remembered)
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal)
        {
            ["tested"] = Template.Parse(text),
            ["pure"] = Template.Parse("<b>{{ it.src }}</b>"),
            ["reads-page"] = Template.Parse("{{ page.lang }}"),
            ["self"] = Template.Parse("{{ if it }}{{ partial \"self\" null }}{{ end }}"),
        };
        Assert.False(partials["tested"].HasErrors, string.Join("; ", partials["tested"].Messages));

        Assert.Equal(remembered, PartialMemo.Memoizable(partials).Contains("tested"));
    }

    [Theory]
    [InlineData("{{ site = null }}")]
    [InlineData("{{ for lang in page.alternates }}{{ end }}")]
    [InlineData("{{ t = 1 }}")]
    public void No_partial_is_remembered_when_a_layout_rebinds_a_name_they_read(string layout)
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal) { ["pure"] = Template.Parse("{{ it }}{{ site.title }}") };

        Assert.Contains("pure", (IReadOnlySet<string>)PartialMemo.Memoizable(partials, [Template.Parse("{{ card_heading = 2 }}{{ for p in page.items }}{{ partial \"pure\" p }}{{ end }}")]));
        Assert.Empty(PartialMemo.Memoizable(partials, [Template.Parse(layout)]));
    }

    [Fact]
    public void Only_values_that_compare_by_what_they_hold_are_keys()
    {
        Assert.True(PartialMemo.CanKey(null));
        Assert.True(PartialMemo.CanKey(4));
        Assert.True(PartialMemo.CanKey("x"));
        Assert.False(PartialMemo.CanKey(1.0m)); // equal to 1.00m, printed otherwise
        Assert.True(PartialMemo.CanKey(new OcopShowcase.Rendering.Views.PhotoView("/a.jpg", "a")));
        // A view holding a list compares the list by reference: a page's own list is never met again.
        Assert.False(PartialMemo.CanKey(new OcopShowcase.Rendering.Views.LinkView("a", "/a/") is var link ? new OcopShowcase.Rendering.Views.PaginationView([link], null, null) : null));
        Assert.False(PartialMemo.CanKey(new List<int> { 1 }));
        Assert.False(PartialMemo.CanKey(new Scriban.Runtime.ScriptObject()));
        Assert.False(PartialMemo.CanKey(new Uri("https://example.vn/"))); // not one of the generator's views
    }

    [Fact]
    public void Every_page_of_the_sample_is_the_same_made_with_remembered_partials_as_without()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(TestPaths.Content, null, diagnostics)!;
        var theme = Theme.Load(TestPaths.Theme, content.Site.Languages, diagnostics)!;
        var site = SiteEnricher.Enrich(content, new DateOnly(2026, 11, 29), diagnostics);
        var photos = ImagePipeline.Process(content.Files, ImageSettings.Default, Path.Combine(TestPaths.TempDirectory(), "images"), diagnostics, null);
        var assets = ThemeAssets.Load(TestPaths.Theme);
        var published = site.Pages.Select(p => p.OutputPath).Concat(photos.Files.Select(f => f.Path)).Concat(assets.Files.Select(f => f.Path)).ToList();
        var renderer = new PageRenderer(site, theme, assets, new SiteLinks(site.Urls.BasePath, published, photos), SocialCardSet.Empty, PosterPlan.Empty, diagnostics);
        var drafts = site.Pages.Select(renderer.Draft).Where(d => !d.HasErrors).ToList();
        var memo = new PartialMemo();

        // Forwards and backwards, so each page meets partials both first rendered by itself and by others.
        foreach (var draft in drafts.Concat(Enumerable.Reverse(drafts)))
        {
            var remembered = renderer.Render(draft, memo)!;
            var evaluated = renderer.Render(draft, partials: null)!;
            Assert.True(evaluated.Html.Span.SequenceEqual(remembered.Html.Span), draft.Page.Url);
            Assert.Equal(evaluated.Links.Select(l => l.ToString()).Order(StringComparer.Ordinal), remembered.Links.Select(l => l.ToString()).Order(StringComparer.Ordinal));
        }

        Assert.True(drafts.Count > 100);
        Assert.InRange(memo.Count, 20, drafts.Count * 4);
        var count = memo.Count;
        renderer.Render(drafts[0], memo);
        Assert.Equal(count, memo.Count); // everything it shows was remembered
    }

    [Fact]
    public void A_broken_link_in_a_remembered_partial_is_reported_on_every_page_that_shows_it()
    {
        var fixture = new ContentFixture();
        var theme = Path.Combine(fixture.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "partials/footer.html"), "<a href=\"{{ url \"/khong-co/\" }}\">x</a>");

        var result = BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme });

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(errors, e => Assert.Equal(("OCOP113", "theme/partials/footer.html"), (e.Code, e.At.File)));
        var pages = errors.Select(e => e.Message()).Distinct().ToList();
        Assert.Equal(errors.Count, pages.Count);
        Assert.Contains(pages, m => m.EndsWith(" /.", StringComparison.Ordinal)); // the home page
        Assert.Contains(pages, m => m.Contains("/san-pham/che-lam/", StringComparison.Ordinal));
        Assert.Contains(pages, m => m.Contains("/en/san-pham/che-lam/", StringComparison.Ordinal));
    }
}
