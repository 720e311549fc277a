using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;
using OcopShowcase.Kinds.Events;
using OcopShowcase.Kinds.Products;
using OcopShowcase.Kinds.Tourism;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Builds, for one page, the layout to use and the values it shows: the frame every page shares (title, alternates,
/// share card, JSON-LD) here, the page's own values by its kind (a product page's in <c>Kinds/Products/ProductKind.cs</c>,
/// its HTML in <c>theme/layouts/product.html</c>) or, for the site's own pages (home, search, staff…), here.
/// </summary>
/// <param name="builders">The card builder of each language, shared by every page of the build.</param>
public sealed class PageViewBuilder(SiteModel site, UiStrings strings, MarkdownRenderer markdown, IReadOnlyDictionary<string, CardBuilder> builders, SocialCardSet cards, PosterPlan posters, Assets.ThemeAssets assets, DiagnosticBag diagnostics)
{
    private readonly StructuredData _structuredData = new(site, strings);

    public (string Layout, PageView View) Build(SitePage page)
    {
        var language = page.Language;
        var cards = builders[language.Code];
        var context = new PageContext(site, strings, markdown, cards, assets, diagnostics);
        var parts = page.Subject switch
        {
            KindSubject subject => subject.Kind.View(subject, context),
            HomeSubject => Home(context),
            NotFoundSubject => Parts("404", cards.T("not_found.title"), cards.T("not_found.text"), [],
                new NotFoundModel(site.Languages.Select(l => new LinkView(strings.Get(l.Code, "not_found.home"), SiteUrls.Home(l))).ToList())),
            SearchSubject => Parts("search", cards.T("search.title"), cards.T("search.intro"), context.Crumbs(), new SearchModel(SiteUrls.SearchIndex(language), assets.Script), "search"),
            SavedSubject => Parts("saved", cards.T("saved.title"), cards.T("saved.intro"), context.Crumbs(), VisitorLists(language)),
            OfflineSubject => Parts("offline", cards.T("offline.title"), cards.T("offline.intro"), [], VisitorLists(language)),
            StaffSubject => Parts("staff", cards.T("staff.title"), cards.T("staff.intro"), context.Crumbs(), Staff(cards)),
            ProductFormSubject => Parts("product-form", cards.T("product_form.title"), cards.T("product_form.intro"), context.Crumbs(new LinkView(cards.T("staff.title"), SiteUrls.Staff(language))), ProductForm(cards)),
            PostersSubject => Parts("posters", cards.T("posters.title"), cards.T("posters.intro"), context.Crumbs(), Posters(cards)),
            _ => throw new InvalidOperationException($"No layout for {page.Subject.GetType().Name}"),
        };

        var (layout, title, description, section, crumbs, model, untranslated) = (parts.Layout, parts.Title, parts.Description, parts.Section, parts.Crumbs, parts.Model, parts.Untranslated);
        var siteTitle = site.Site.Text.In(language.Code).Title;
        var (socialImage, ownCard) = SocialImage(page);
        // The card shows the page's own name when it has a card, else the site's.
        var socialImageAlt = socialImage is null ? null : cards.T("social.image_alt", ownCard ? title : siteTitle);
        var translations = site.Translations(page);
        var view = new PageView(
            language.Code,
            title,
            page.Subject is HomeSubject ? $"{siteTitle} – {site.Site.Text.In(language.Code).Tagline}" : $"{title} – {siteTitle}",
            description,
            page.Url,
            site.Urls.Absolute(page.Url),
            section,
            translations.Select(p => new AlternateView(p.Language.Code, strings.Get(p.Language.Code, "language.name"), p.Url, site.Urls.Absolute(p.Url), p.Language == language)).ToList(),
            crumbs,
            untranslated,
            untranslated ? site.DefaultLanguage.Code : language.Code,
            SiteUrls.EditUrl(site.Site, page.SourcePath),
            Assets.Discovery.PublicPages.IsForStaff(page),
            !Assets.Discovery.PublicPages.IsPublic(page),
            socialImage,
            socialImageAlt,
            strings.Get(language.Code, "language.locale"),
            translations.Where(p => p.Language != language).Select(p => strings.Get(p.Language.Code, "language.locale")).Distinct().ToList(),
            _structuredData.For(page, title, description, crumbs, socialImage),
            model) { Draft = site.IsDraft(page) };
        return (layout, view);
    }

    /// <summary>The page's own share card, else the site's, as an absolute URL (Zalo and Facebook need one).</summary>
    private (string? Url, bool OwnCard) SocialImage(SitePage page)
    {
        var (url, own) = SocialCardPlanner.CardOf(cards, page);
        return (url is null ? null : site.Urls.Absolute(url), own);
    }

    private static VisitorListModel VisitorLists(Language language) => new(SiteUrls.Saved(language), SiteUrls.Home(language), SiteUrls.ProductCatalogue(language));

    /// <summary>A site page's parts; <paramref name="section"/> is the menu entry it belongs to, if any.</summary>
    private static PageParts Parts(string layout, string title, string description, IReadOnlyList<LinkView> crumbs, object model, string section = "")
        => new() { Layout = layout, Title = title, Description = description, Section = section, Crumbs = crumbs, Model = model };

    private StaffModel Staff(CardBuilder cards)
    {
        var toRenew = site.Facts.CertificatesNewestFirst.Where(c => site.StateOf(c) != CertificateState.Valid).OrderBy(c => c.ValidUntil).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        // A renewal is a new decision and a new file (the old one stays, as history); editing is for a mistyped one.
        var renew = toRenew.Count > 0 && SiteUrls.NewCertificateUrl(site.Site) is { } newFile ? new LinkView(cards.T("staff.add_certificate"), newFile) : null;
        var edits = toRenew
            .Select(c => SiteUrls.EditUrl(site.Site, c.Text.In(cards.Language.Code).SourcePath) is { } url ? new LinkView(cards.T("staff.edit_certificate", c.DecisionNumber), url) : null)
            .Prepend(renew)
            .OfType<LinkView>()
            .ToList();
        return new StaffModel(toRenew.Select(cards.CertificateRow).ToList(), edits, SiteUrls.ProductForm(cards.Language), SiteUrls.Posters(cards.Language), site.Site.Posters.Enabled,
            site.Rules.ExpiringWarningDays, cards.Format.Date(site.Today));
    }

    private ProductFormModel ProductForm(CardBuilder cards)
    {
        var choices = ProductChoices.Of(site, cards.Language);
        return new ProductFormModel(
            assets.ProductFormScript,
            Assets.StaffForm.ProductSchemaWriter.Url,
            SiteUrls.NewProductUrl(site.Site),
            [.. choices.Groups.Select(g => new Choice(g, cards.T("group." + g)))],
            choices.Producers,
            choices.Certificates,
            choices.Villages,
            site.Site.Postmart.Home.AbsoluteUri,
            site.Site.Voso.Home.AbsoluteUri);
    }

    private PostersModel Posters(CardBuilder cards)
    {
        var language = cards.Language;
        var mine = posters.Posters.Where(p => p.Language == language.Code).ToList();
        var sources = site.Pages.Where(p => p.Language == language && p.SourcePath is not null).ToDictionary(p => p.Key, p => p.SourcePath);
        PosterEntry Entry(Poster p) => new(p.Name, p.PageUrl, p.QrUrl, PosterSet.PreviewUrl(p), PosterSet.PreviewWidth / 2, PosterSet.PreviewHeight / 2, PosterSet.PdfUrl(p, PaperSize.A4), PosterSet.PdfUrl(p, PaperSize.A6),
            SiteUrls.EditUrl(site.Site, sources.GetValueOrDefault(p.Page)));
        var bundles = posters.Bundles.Where(b => b.Language == language.Code).ToList();
        var links = bundles.GroupBy(b => b.Size).SelectMany(sameSize => sameSize.Select((b, i) =>
        {
            var size = b.Size.Name.ToUpperInvariant();
            return new LinkView(sameSize.Count() == 1 ? cards.T("posters.bundle", size) : cards.T("posters.bundle_part", size, i + 1), b.Url);
        })).ToList();
        var groups = ContentKinds.All
            .Select(kind => (Kind: kind, Posters: mine.Where(p => p.Page.Kind == kind.Name).Select(Entry).ToList()))
            .Where(group => group.Posters.Count > 0)
            .Select(group => new PosterGroup
            {
                Heading = cards.T(group.Kind.MenuKey ?? throw new InvalidOperationException($"The kind {group.Kind.Name} has posters, so it needs a MenuKey to head them.")),
                Posters = group.Posters,
            })
            .ToList();
        return new PostersModel(links, groups);
    }

    private PageParts Home(PageContext page)
    {
        var cards = page.Cards;
        var events = ContentKinds.Get<EventKind>();
        // What the page shows, each read as itself (SiteReads): a price edited elsewhere leaves it undrafted.
        var facts = site.Facts;
        var featured = facts.BestRated(6).Select(cards.Product).ToList();
        var counts = facts.Counts;
        var groups = facts.GroupsInUse
            .Select(g => new LinkView(cards.T("group." + g.Key()), SiteUrls.ProductGroupPage(cards.Language, g)))
            .ToList();
        var text = site.Site.Text.In(cards.Language.Code);
        var model = new HomeModel(
            featured,
            groups,
            facts.FirstTourism(4).Select(cards.Tourism).ToList(),
            facts.NewsNewestFirst.Take(3).Select(cards.News).ToList(),
            counts.Products,
            counts.Producers,
            counts.Tourism,
            facts.StarsInUse.Where(stars => stars >= 4).Sum(facts.ProductsWithStars))
        {
            Events = events.Views(page).Next(events.AgendaOf(facts), EventKind.OnHomePage),
        };
        return Parts("home", text.Title, text.Description, [], model, "home");
    }
}
