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
using OcopShowcase.Site;

namespace OcopShowcase.Kinds;

/// <summary>
/// A kind of content as every stage sees it, without its document type: the stages loop over
/// <see cref="ContentKinds.All"/> and call these. Implemented only by <see cref="ContentKind{T}"/>, whose abstract
/// members are what a kind must say: a forgotten one is a compile error, never a silent fall-through.
/// </summary>
public abstract class ContentKind
{
    private protected ContentKind()
    {
    }

    /// <summary>The content folder and URL segment ("san-pham"), spelled once: in <see cref="SiteUrls"/> for the first kinds, in its kind for a newer one (<c>EventKind.SectionName</c>).</summary>
    public abstract string Section { get; }

    /// <summary>The kind's name in page keys, search results and <c>new &lt;name&gt;</c> ("product").</summary>
    public abstract string Name { get; }

    /// <summary>The i18n key naming the kind's list in the menu and on staff pages ("nav.products"), or null for a kind without a list.</summary>
    public abstract string? MenuKey { get; }

    /// <summary>What <c>new &lt;name&gt;</c> writes from <c>theme/scaffolds/&lt;name&gt;.md</c>, or null when staff never start one from the command line.</summary>
    public abstract Scaffold? Scaffold { get; }

    /// <summary>A document's page in one language.</summary>
    public abstract string Url(Language language, string slug);

    /// <summary>Reads the section (Content stage).</summary>
    public abstract IReadOnlyList<IDocument> Load(SectionLoader loader);

    /// <summary>The documents for which <paramref name="keep"/> holds, as the kind's own list type.</summary>
    public abstract IReadOnlyList<IDocument> Where(IReadOnlyList<IDocument> documents, Func<IDocument, bool> keep);

    /// <summary>Every page the kind makes in one language, in the site's order: its lists, then its documents.</summary>
    public abstract IEnumerable<SitePage> Pages(SiteFacts site, Language language);

    /// <summary>The layout and values of one of the kind's pages.</summary>
    public abstract PageParts View(KindSubject subject, PageContext page);

    /// <summary>The schema.org node a page adds beside its breadcrumbs (lists add none).</summary>
    public abstract JsonNode? StructuredData(KindSubject subject, LinkedDataPage page);

    /// <summary>The date a page's content last changed, as far as the content says.</summary>
    public abstract DateOnly? LastModified(KindSubject subject, SiteFacts site);

    /// <summary>What the kind's documents add to one language's search index.</summary>
    public abstract IEnumerable<SearchDocument> Search(SearchContext search);

    /// <summary>What the kind's documents add to one language's Atom feed.</summary>
    public abstract IEnumerable<FeedEntry> Feed(SiteModel site, Language language, UiStrings strings);

    /// <summary>The share cards of the kind's documents in one language.</summary>
    public abstract IEnumerable<(PageKey Page, SocialCard Card)> ShareCards(ShareCardContext cards);

    /// <summary>The printed posters of the kind's documents in one language, by slug.</summary>
    public abstract IEnumerable<Poster> Posters(PosterContext posters);

    /// <summary>Checks what the kind's documents name against the whole content (drafts included), before anything is published.</summary>
    public abstract void CheckReferences(ContentSet content, DiagnosticBag diagnostics);

    /// <summary>Files the kind publishes besides its pages (calendars, open data…); the paths are output paths.</summary>
    public abstract IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings);

    /// <summary>
    /// The compile-time metadata (a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> in the kind's
    /// folder) of the view types the kind defines for its own layouts, which templates read and page keys are written
    /// from (<see cref="Rendering.ViewMetadata"/>); null when its pages show only the shared views.
    /// </summary>
    public abstract System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata { get; }
}

/// <summary>A kind of content: one folder under <c>Kinds/</c>, its layouts, its i18n keys and one line in <see cref="ContentKinds"/>.</summary>
public abstract class ContentKind<T> : ContentKind
    where T : class, IDocument
{
    /// <summary>The kind's reader (schema and validation), built on <see cref="DocumentKind{TDocument, TText}"/>.</summary>
    public abstract IDocumentReader<T> Reader(SiteConfig site, RatingRules rules);

    /// <summary>The original or translated file a document's page is made from in <paramref name="language"/>.</summary>
    public abstract string SourceIn(T document, Language language);

    /// <summary>The kind's list pages in one language (none for a kind without a list).</summary>
    protected abstract IEnumerable<SitePage> ListPages(SiteFacts site, Language language);

    protected abstract PageParts View(T document, PageContext page);

    protected abstract PageParts ListView(ListSubject list, PageContext page);

    protected abstract JsonNode? StructuredData(T document, LinkedDataPage page);

    protected abstract DateOnly? LastModified(T document, SiteFacts site);

    protected abstract DateOnly? ListLastModified(ListSubject list, SiteFacts site);

    /// <summary>A document's search entry, or null when the kind is not searched.</summary>
    protected abstract SearchDocument? Search(T document, SearchContext search);

    /// <summary>A document's feed entry, or null when it is not announced in the feed.</summary>
    protected abstract FeedEntry? FeedEntry(T document, Language language, UiStrings strings);

    /// <summary>A document's own share card, or null when its pages share the site's.</summary>
    protected abstract SocialCard? ShareCard(T document, ShareCardContext cards);

    /// <summary>A document's poster, or null when the kind has none.</summary>
    protected abstract Poster? Poster(T document, PosterContext posters);

    /// <summary>The order of the kind's document pages (the folder's order unless a kind says otherwise).</summary>
    protected virtual IEnumerable<T> InPageOrder(SiteFacts site) => site.Content.Of(this);

    public PageKey KeyOf(T document) => PageKey.Document(Name, document.Slug);

    public sealed override IReadOnlyList<IDocument> Load(SectionLoader loader) => loader.Load(Reader(loader.Site, loader.Rules));

    public sealed override IReadOnlyList<IDocument> Where(IReadOnlyList<IDocument> documents, Func<IDocument, bool> keep)
        => documents.Cast<T>().Where(document => keep(document)).ToList<T>();

    public sealed override IEnumerable<SitePage> Pages(SiteFacts site, Language language)
        => ListPages(site, language).Concat(InPageOrder(site).Select(document =>
            new SitePage(KeyOf(document), language, Url(language, document.Slug), new DocumentSubject(this, document), SourceIn(document, language))));

    public sealed override PageParts View(KindSubject subject, PageContext page) => subject switch
    {
        DocumentSubject { Document: T document } => View(document, page),
        ListSubject list => ListView(list, page),
        _ => throw new ArgumentException($"{subject} is not a page of {Name}", nameof(subject)),
    };

    public sealed override JsonNode? StructuredData(KindSubject subject, LinkedDataPage page)
        => subject is DocumentSubject { Document: T document } ? StructuredData(document, page) : null;

    public sealed override DateOnly? LastModified(KindSubject subject, SiteFacts site) => subject switch
    {
        DocumentSubject { Document: T document } => LastModified(document, site),
        ListSubject list => ListLastModified(list, site),
        _ => null,
    };

    public sealed override IEnumerable<SearchDocument> Search(SearchContext search)
        => search.Site.Content.Of(this).Select(d => Search(d, search)).OfType<SearchDocument>();

    public sealed override IEnumerable<FeedEntry> Feed(SiteModel site, Language language, UiStrings strings)
        => site.Content.Of(this).Select(d => FeedEntry(d, language, strings)).OfType<FeedEntry>();

    public sealed override IEnumerable<(PageKey Page, SocialCard Card)> ShareCards(ShareCardContext cards)
        => cards.Site.Content.Of(this).Select(d => (Page: KeyOf(d), Card: ShareCard(d, cards))).Where(c => c.Card is not null).Select(c => (c.Page, c.Card!));

    public sealed override IEnumerable<Poster> Posters(PosterContext posters)
        => posters.Site.Content.Of(this).OrderBy(d => d.Slug, StringComparer.Ordinal).Select(d => Poster(d, posters)).OfType<Poster>();
}

/// <summary>How <c>new</c> starts a document of a kind: a page bundle (<c>&lt;slug&gt;/index.md</c>, for photos) or one file.</summary>
public sealed record Scaffold
{
    public required bool Bundle { get; init; }
}
