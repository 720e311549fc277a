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

namespace OcopShowcase.Kinds.News;

/// <summary>News: <c>content/tin-tuc/&lt;slug&gt;.md</c>, the list (newest first, <see cref="SiteFacts.NewsNewestFirst"/>) and a page each (<c>news.html</c>).</summary>
public sealed class NewsKind : ContentKind<NewsPost>
{
    public override string Section => SiteUrls.News;

    public override string Name => "news";

    public override string? MenuKey => "nav.news";

    public override Scaffold? Scaffold { get; } = new() { Bundle = false };

    public override string Url(Language language, string slug) => SiteUrls.NewsPost(language, slug);

    public override IDocumentReader<NewsPost> Reader(SiteConfig site, RatingRules rules) => new NewsReader();

    public override string SourceIn(NewsPost document, Language language) => document.Text.In(language.Code).SourcePath;

    protected override IEnumerable<NewsPost> InPageOrder(SiteFacts site) => site.NewsNewestFirst;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
        => [new SitePage(PageKey.List(Name, "news"), language, SiteUrls.NewsList(language), new ListSubject(this, Paging.Single), null)];

    protected override PageParts View(NewsPost post, PageContext page)
    {
        var language = page.Language;
        var text = post.Text.In(language.Code);
        return new PageParts
        {
            Layout = "news",
            Title = text.Title,
            Description = text.Summary,
            Section = "news",
            Crumbs = page.Crumbs(new LinkView(page.T("news.title"), SiteUrls.NewsList(language))),
            Model = new NewsPageModel(page.Cards.News(post), page.Body(text.Body, text.Summary)),
            Untranslated = !post.Text.IsTranslatedInto(language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page) => new()
    {
        Layout = "news-list",
        Title = page.T("news.title"),
        Description = page.T("news.intro"),
        Section = "news",
        Crumbs = page.Crumbs(),
        Model = new NewsListModel(page.Site.Facts.NewsNewestFirst.Select(page.Cards.News).ToList()),
    };

    protected override JsonNode? StructuredData(NewsPost post, LinkedDataPage page) => new JsonObject
    {
        ["@type"] = "NewsArticle",
        ["headline"] = page.Title,
        ["description"] = page.Description,
        ["datePublished"] = Rendering.StructuredData.Iso(post.Date),
        ["dateModified"] = Rendering.StructuredData.Iso(post.Date),
        ["inLanguage"] = page.Language.Code,
        ["mainEntityOfPage"] = page.Ld.Absolute(page.Page.Url),
        ["image"] = page.Image is null ? null : new JsonArray(page.Image),
        ["author"] = page.Ld.Commune(),
        ["publisher"] = page.Ld.Commune(),
    };

    protected override DateOnly? LastModified(NewsPost post, SiteFacts site) => post.Date;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => site.LatestNews;

    protected override SearchDocument? Search(NewsPost post, SearchContext search)
    {
        var text = post.Text.In(search.Language.Code);
        return new SearchDocument(text.Title, search.Url(Url(search.Language, post.Slug)), Name, search.T("news.title"), null, null, text.Summary, null, null, [], BodyText.ForSearch(text.Body));
    }

    protected override FeedEntry? FeedEntry(NewsPost post, Language language, UiStrings strings) => new()
    {
        Date = post.Date,
        Page = KeyOf(post),
        Title = post.Text.In(language.Code).Title,
        Summary = post.Text.In(language.Code).Summary,
        Url = Url(language, post.Slug),
        Category = strings.Get(language.Code, "news.title"),
    };

    protected override SocialCard? ShareCard(NewsPost post, ShareCardContext cards)
        => new(cards.OutputPath(this, post.Slug), post.Text.In(cards.Language.Code).Title, cards.T("news.title"),
            null, null, cards.Place, cards.SiteTitle, cards.Photo(post.Photo), post.Photo?.Focus);

    protected override Poster? Poster(NewsPost post, PosterContext posters) => null;

    /// <summary>A news post names no other document (its Markdown links are checked as pages render).</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}
