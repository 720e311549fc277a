using System.Text.Json.Nodes;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Pages;

/// <summary>Plain pages (about the commune, the OCOP programme): <c>content/trang/&lt;slug&gt;.md</c> at <c>/&lt;slug&gt;/</c>, in the footer and, when asked, the menu.</summary>
public sealed class StaticPageKind : ContentKind<StaticPage>
{
    public override string Section => SiteUrls.Pages;

    public override string Name => "page";

    /// <summary>Plain pages have no list; the footer links them.</summary>
    public override string? MenuKey => null;

    /// <summary>Plain pages are few and written once, by hand.</summary>
    public override Scaffold? Scaffold => null;

    public override string Url(Language language, string slug) => SiteUrls.StaticPage(language, slug);

    public override IDocumentReader<StaticPage> Reader(SiteConfig site, RatingRules rules) => new PageReader();

    public override string SourceIn(StaticPage document, Language language) => document.Text.In(language.Code).SourcePath;

    /// <summary>Plain pages have no list: the footer links them all.</summary>
    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language) => [];

    protected override PageParts View(StaticPage staticPage, PageContext page)
    {
        var text = staticPage.Text.In(page.Language.Code);
        return new PageParts
        {
            Layout = "page",
            Title = text.Title,
            Description = text.Summary,
            Section = "page/" + staticPage.Slug,
            Crumbs = page.Crumbs(),
            Model = new StaticPageModel(page.Body(text.Body, text.Summary), []),
            Untranslated = !staticPage.Text.IsTranslatedInto(page.Language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page) => throw new InvalidOperationException("Plain pages have no list page.");

    protected override JsonNode? StructuredData(StaticPage staticPage, LinkedDataPage page) => null;

    protected override DateOnly? LastModified(StaticPage staticPage, SiteFacts site) => null;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => null;

    protected override SearchDocument? Search(StaticPage staticPage, SearchContext search)
    {
        var text = staticPage.Text.In(search.Language.Code);
        return new SearchDocument(text.Title, search.Url(Url(search.Language, staticPage.Slug)), Name, null, null, null, text.Summary, null, null, [], BodyText.ForSearch(text.Body));
    }

    protected override FeedEntry? FeedEntry(StaticPage staticPage, Language language, UiStrings strings) => null;

    protected override SocialCard? ShareCard(StaticPage staticPage, ShareCardContext cards) => null;

    protected override Poster? Poster(StaticPage staticPage, PosterContext posters) => null;

    /// <summary>A plain page names no other document (its Markdown links are checked as pages render).</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}
