using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Builds, for one page, the layout to use and the values it shows. Here is where a product page gets its photos,
/// badge, buy buttons and details table; the HTML around them is in <c>theme/layouts/product.html</c>.
/// </summary>
/// <param name="builders">The card builder of each language, shared by every page of the build.</param>
public sealed class PageViewBuilder(SiteModel site, UiStrings strings, MarkdownRenderer markdown, SortedLists lists, IReadOnlyDictionary<string, CardBuilder> builders, SocialCardSet cards, PosterPlan posters, Assets.ThemeAssets assets, DiagnosticBag diagnostics)
{
    /// <summary>
    /// How many of the producer's other products a product page shows as cards: two rows on a wide screen, three on a
    /// phone. A cooperative with dozens of products would otherwise make every one of its pages a catalogue to
    /// download; the producer's page lists them all, and the product page links to it.
    /// </summary>
    public const int RelatedCards = 6;

    private readonly StructuredData _structuredData = new(site, strings);

    public (string Layout, PageView View) Build(SitePage page)
    {
        var language = page.Language;
        var cards = builders[language.Code];
        PageParts parts = page.Subject switch
        {
            HomeSubject => Home(cards),
            ProductCatalogueSubject catalogue => Catalogue(cards, catalogue),
            ProductSubject { Product: var product } => Product(cards, product),
            ProducerListSubject { Paging: var paging } => new PageParts("producer-list", Paged(cards, cards.T("producers.title"), paging), cards.T("producers.intro"), "producers", Crumbs(cards),
                new ProducerListModel(paging.Slice(site.Content.Producers, Paging.RowsPerPage).Select(cards.Producer).ToList(), Pagination(cards, paging, SiteUrls.ProducerList(language))), false),
            ProducerSubject { Producer: var producer } => Producer(cards, producer),
            CertificateRegisterSubject { Paging: var paging } => new PageParts("certificate-list", Paged(cards, cards.T("certificates.title"), paging), cards.T("certificates.intro"), "certificates", Crumbs(cards),
                new CertificateRegisterModel(paging.Slice(lists.CertificatesNewestFirst, Paging.RowsPerPage).Select(cards.CertificateRow).ToList(),
                    site.Content.Rules.InForceOn(site.Today)?.ValidityMonths ?? 36, Pagination(cards, paging, SiteUrls.CertificateRegister(language))), false),
            CertificateSubject { Certificate: var certificate } => Certificate(cards, certificate),
            TourismListSubject => new PageParts("tourism-list", cards.T("tourism.title"), cards.T("tourism.intro"), "tourism", Crumbs(cards), new TourismListModel(site.Content.Tourism.Select(cards.Tourism).ToList()), false),
            TourismSubject { Listing: var listing } => Tourism(cards, listing),
            NewsListSubject => new PageParts("news-list", cards.T("news.title"), cards.T("news.intro"), "news", Crumbs(cards),
                new NewsListModel(site.Content.News.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).Select(cards.News).ToList()), false),
            NewsSubject { Post: var post } => News(cards, post),
            StaticPageSubject { Page: var staticPage } => StaticPage(cards, staticPage),
            NotFoundSubject => new PageParts("404", cards.T("not_found.title"), cards.T("not_found.text"), "", Array.Empty<LinkView>(),
                new NotFoundModel(site.Languages.Select(l => new LinkView(strings.Get(l.Code, "not_found.home"), SiteUrls.Home(l))).ToList()), false),
            SearchSubject => new PageParts("search", cards.T("search.title"), cards.T("search.intro"), "search", Crumbs(cards),
                new SearchModel(SiteUrls.SearchIndex(language), assets.Script), false),
            SavedSubject => new PageParts("saved", cards.T("saved.title"), cards.T("saved.intro"), "", Crumbs(cards), VisitorLists(language), false),
            OfflineSubject => new PageParts("offline", cards.T("offline.title"), cards.T("offline.intro"), "", Array.Empty<LinkView>(), VisitorLists(language), false),
            StaffSubject => new PageParts("staff", cards.T("staff.title"), cards.T("staff.intro"), "", Crumbs(cards), Staff(cards), false),
            ProductFormSubject => new PageParts("product-form", cards.T("product_form.title"), cards.T("product_form.intro"), "", Crumbs(cards, new LinkView(cards.T("staff.title"), SiteUrls.Staff(language))), ProductForm(cards), false),
            PostersSubject => new PageParts("posters", cards.T("posters.title"), cards.T("posters.intro"), "", Crumbs(cards), Posters(cards), false),
            _ => throw new InvalidOperationException($"No layout for {page.Subject.GetType().Name}"),
        };

        var (layout, title, description, section, crumbs, model, untranslated) = parts;
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
            Assets.Discovery.AtomFeedWriter.Url(language),
            model) { Draft = site.IsDraft(page) };
        return (layout, view);
    }

    /// <summary>The page's own share card, else the site's, as an absolute URL (Zalo and Facebook need one).</summary>
    private (string? Url, bool OwnCard) SocialImage(SitePage page)
    {
        var own = cards.UrlByPageKey.GetValueOrDefault(SocialCardPlanner.Key(page.Key, page.Language));
        var url = own ?? cards.UrlByPageKey.GetValueOrDefault(SocialCardPlanner.Key(SocialCardPlanner.SiteCardKey, page.Language));
        return (url is null ? null : site.Urls.Absolute(url), own is not null);
    }

    /// <summary>A page's body; <paramref name="lead"/> is the text its layout already shows above it (the summary), whose
    /// echo as the body's first paragraph is dropped (SummaryEcho), or null when the layout shows none.</summary>
    private RawHtml Body(MarkdownBody body, Language language, string? lead) => markdown.Render(body, language, diagnostics, lead);

    private static VisitorListModel VisitorLists(Language language) => new(SiteUrls.Saved(language), SiteUrls.Home(language), SiteUrls.ProductCatalogue(language));

    private static LinkView[] Crumbs(CardBuilder cards, params LinkView[] trail)
        => [new LinkView(cards.T("nav.home"), SiteUrls.Home(cards.Language)), .. trail];

    private StaffModel Staff(CardBuilder cards)
    {
        var toRenew = site.Content.Certificates.Where(c => site.StateOf(c) != CertificateState.Valid).OrderBy(c => c.ValidUntil).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        // A renewal is a new decision and a new file (the old one stays, as history); editing is for a mistyped one.
        var renew = toRenew.Count > 0 && SiteUrls.NewCertificateUrl(site.Site) is { } newFile ? new LinkView(cards.T("staff.add_certificate"), newFile) : null;
        var edits = toRenew
            .Select(c => SiteUrls.EditUrl(site.Site, c.Text.In(cards.Language.Code).SourcePath) is { } url ? new LinkView(cards.T("staff.edit_certificate", c.DecisionNumber), url) : null)
            .Prepend(renew)
            .OfType<LinkView>()
            .ToList();
        return new StaffModel(toRenew.Select(cards.CertificateRow).ToList(), edits, SiteUrls.ProductForm(cards.Language), SiteUrls.Posters(cards.Language), site.Site.Posters.Enabled,
            site.Content.Rules.ExpiringWarningDays, cards.Format.Date(site.Today));
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
        var sources = site.Pages.Where(p => p.Language == language && p.SourcePath is not null).ToDictionary(p => p.Key, p => p.SourcePath, StringComparer.Ordinal);
        PosterEntry Entry(Poster p) => new(p.Name, p.PageUrl, p.QrUrl, PosterSet.PreviewUrl(p), PosterSet.PreviewWidth / 2, PosterSet.PreviewHeight / 2, PosterSet.PdfUrl(p, PaperSize.A4), PosterSet.PdfUrl(p, PaperSize.A6),
            SiteUrls.EditUrl(site.Site, sources.GetValueOrDefault(p.Key[..p.Key.LastIndexOf('@')])));
        var bundles = posters.Bundles.Where(b => b.Language == language.Code).ToList();
        var links = bundles.GroupBy(b => b.Size).SelectMany(sameSize => sameSize.Select((b, i) =>
        {
            var size = b.Size.Name.ToUpperInvariant();
            return new LinkView(sameSize.Count() == 1 ? cards.T("posters.bundle", size) : cards.T("posters.bundle_part", size, i + 1), b.Url);
        })).ToList();
        return new PostersModel(
            links,
            mine.Where(p => p.Key.StartsWith("product/", StringComparison.Ordinal)).Select(Entry).ToList(),
            mine.Where(p => p.Key.StartsWith("tourism/", StringComparison.Ordinal)).Select(Entry).ToList());
    }

    /// <summary>"Sản phẩm – trang 2": every page of a list keeps a title of its own.</summary>
    private static string Paged(CardBuilder cards, string title, Paging paging)
        => paging.Number == 1 ? title : cards.T("pagination.title", title, paging.Number);

    private static PaginationView? Pagination(CardBuilder cards, Paging paging, string listUrl)
    {
        if (paging.Count <= 1)
        {
            return null;
        }

        var numbers = new SortedSet<int> { 1, paging.Count };
        for (var n = Math.Max(1, paging.Number - 2); n <= Math.Min(paging.Count, paging.Number + 2); n++)
        {
            numbers.Add(n);
        }

        return new PaginationView(
            numbers.Select(n => new LinkView(cards.Format.Number(n), SiteUrls.Paged(listUrl, n), n == paging.Number)).ToList(),
            paging.Number > 1 ? SiteUrls.Paged(listUrl, paging.Number - 1) : null,
            paging.Number < paging.Count ? SiteUrls.Paged(listUrl, paging.Number + 1) : null);
    }

    private PageParts Home(CardBuilder cards)
    {
        var products = site.Content.Products;
        var featured = products
            .OrderByDescending(p => site.DisplayedStars(p.Certificate)?.Stars ?? 0)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Take(6)
            .Select(cards.Product)
            .ToList();
        var groups = ProductGroups.InOrder
            .Where(g => products.Any(p => p.Group == g))
            .Select(g => new LinkView(cards.T("group." + g.Key()), SiteUrls.ProductGroupPage(cards.Language, g)))
            .ToList();
        var text = site.Site.Text.In(cards.Language.Code);
        var model = new HomeModel(
            featured,
            groups,
            site.Content.Tourism.Take(4).Select(cards.Tourism).ToList(),
            site.Content.News.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).Take(3).Select(cards.News).ToList(),
            products.Count,
            site.Content.Producers.Count,
            site.Content.Tourism.Count,
            products.Count(p => site.DisplayedStars(p.Certificate)?.Stars >= 4));
        return new("home", text.Title, text.Description, "home", [], model, false);
    }

    private PageParts Catalogue(CardBuilder cards, ProductCatalogueSubject subject)
    {
        var language = cards.Language;
        var matching = lists.Catalogue(language, subject.Group, subject.Stars);
        var products = subject.Paging.Slice(matching, Paging.ProductsPerPage).Select(cards.Product).ToList();
        var groupFilters = lists.Groups
            .Select(g => new LinkView(cards.T("group." + g.Key()), SiteUrls.ProductGroupPage(language, g), g == subject.Group))
            .ToList();
        var starFilters = Enumerable.Range(StarRating.Min, StarRating.Max - StarRating.Min + 1)
            .Where(s => lists.Catalogue(language, null, s).Count > 0)
            .Select(s => new LinkView(cards.T("stars.filter", s), SiteUrls.ProductStarsPage(language, s), s == subject.Stars))
            .ToList();
        var all = SiteUrls.ProductCatalogue(language);
        var listUrl = subject switch
        {
            { Group: { } g } => SiteUrls.ProductGroupPage(language, g),
            { Stars: { } s } => SiteUrls.ProductStarsPage(language, s),
            _ => all,
        };
        var (heading, intro) = subject switch
        {
            { Group: { } group } => (cards.T("group." + group.Key()), cards.T("catalogue.group_intro", cards.T("group." + group.Key()))),
            { Stars: { } stars } => (cards.T("catalogue.stars_heading", stars), cards.T("catalogue.stars_intro", stars)),
            _ => (cards.T("catalogue.title"), cards.T("catalogue.intro")),
        };
        var crumbs = subject.Group is null && subject.Stars is null
            ? Crumbs(cards)
            : Crumbs(cards, new LinkView(cards.T("catalogue.title"), all));
        var isAll = subject.Group is null && subject.Stars is null;

        // The in-page filters narrow the cards of one page; a catalogue split into pages is narrowed by its group and
        // star pages and by search instead.
        var filters = isAll && subject.Paging.Count == 1;
        var model = new CatalogueModel(heading, intro, products, groupFilters, starFilters, all, !isAll,
            filters ? lists.Groups.Select(g => new FilterOption(g.Key(), cards.T("group." + g.Key()))).ToList() : [],
            filters ? site.Content.Products.Select(p => p.Village).OfType<string>().Distinct().Order(StringComparer.Create(language.Culture, false)).Select(v => new FilterOption(Content.Slugifier.Slugify(v), v)).ToList() : [],
            filters ? site.Content.Producers.Where(p => site.ProductsOf(p).Count > 0).Select(p => new FilterOption(p.Slug, p.Text.In(language.Code).Name)).ToList() : [],
            assets.Script,
            matching.Count,
            Pagination(cards, subject.Paging, listUrl));
        heading = Paged(cards, heading, subject.Paging);
        return new("catalogue", heading, intro, "products", crumbs, model with { Heading = heading }, false);
    }

    private PageParts Product(CardBuilder cards, Product product)
    {
        var language = cards.Language;
        var text = product.Text.In(language.Code);
        var card = cards.Product(product);
        var certificate = site.CertificateOf(product.Certificate);
        var producer = site.ProducerOf(product);
        var details = new List<DetailRow> { new(cards.T("product.group"), card.GroupName, SiteUrls.ProductGroupPage(language, product.Group)) };
        if (producer is not null)
        {
            details.Add(new(cards.T("product.producer"), producer.Text.In(language.Code).Name, SiteUrls.Producer(language, producer.Slug)));
        }

        AddIf(details, cards.T("product.village"), product.Village);
        AddIf(details, cards.T("product.price"), card.PriceText);
        AddIf(details, cards.T("product.packaging"), text.Packaging is { } packaging ? cards.Gloss(packaging) : null);
        AddIf(details, cards.T("product.shelf_life"), text.ShelfLife is { } shelfLife ? cards.Gloss(shelfLife) : null);
        AddIf(details, cards.T("product.ingredients"), text.Ingredients);
        var siblings = producer is null ? [] : site.ProductsOf(producer).Where(p => p != product).ToList();
        var related = siblings.Take(RelatedCards).Select(cards.Product).ToList();
        // A tour sold as an OCOP product is booked, not ordered.
        var isTour = product.Group == ProductGroup.Tourism;
        var buy = isTour ? cards.Buy(product.Buy, "product.call_tour", "tour") : cards.Buy(product.Buy);
        var model = new ProductPageModel(
            card,
            CardBuilder.Photos(product.Photos, text.PhotoAlts, text.Name),
            Body(text.Body, language, text.Summary),
            certificate is null ? null : cards.Certificate(certificate),
            producer is null ? null : cards.Producer(producer),
            buy,
            details,
            related,
            // Directions lead to where the product is made and sold, when its producer gives coordinates.
            cards.Actions(buy, CardBuilder.Directions(producer?.Location), isTour ? "tourism_action.communitytourism" : "action.call"));
        var crumbs = Crumbs(cards, new LinkView(cards.T("catalogue.title"), SiteUrls.ProductCatalogue(language)), new LinkView(card.GroupName, SiteUrls.ProductGroupPage(language, product.Group)));
        return new("product", text.Name, text.Summary, "products", crumbs, model, !product.Text.IsTranslatedInto(language.Code));
    }

    private PageParts Producer(CardBuilder cards, Producer producer)
    {
        var language = cards.Language;
        var text = producer.Text.In(language.Code);
        var card = cards.Producer(producer);
        var details = new List<DetailRow> { new(cards.T("producer.legal_form"), card.LegalFormName) };
        AddIf(details, cards.T("producer.representative"), producer.Representative);
        AddIf(details, cards.T("producer.village"), producer.Village);
        AddIf(details, cards.T("producer.address"), producer.Contact.Address);
        AddIf(details, cards.T("producer.registration"), producer.RegistrationNumber);
        AddIf(details, cards.T("producer.founded"), producer.FoundedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (producer.Contact.Email is { } email)
        {
            details.Add(new(cards.T("producer.email"), email, "mailto:" + email));
        }

        if (producer.Contact.Facebook is { } facebook)
        {
            details.Add(new(cards.T("producer.facebook"), facebook.Host + facebook.AbsolutePath.TrimEnd('/'), facebook.AbsoluteUri));
        }

        var contact = cards.ContactBox(producer.Contact, "producer.call");
        var directions = CardBuilder.Directions(producer.Location);
        var model = new ProducerPageModel(card, Body(text.Body, language, text.Summary), details,
            site.ProductsOf(producer).Select(cards.Product).ToList(),
            site.TourismOf(producer).Select(cards.Tourism).ToList(),
            contact,
            directions,
            cards.Actions(contact, directions, "action.call"));
        return new("producer", text.Name, text.Summary, "producers", Crumbs(cards, new LinkView(cards.T("producers.title"), SiteUrls.ProducerList(language))), model, !producer.Text.IsTranslatedInto(language.Code));
    }

    private PageParts Certificate(CardBuilder cards, Certificate certificate)
    {
        var language = cards.Language;
        var text = certificate.Text.In(language.Code);
        var row = cards.CertificateRow(certificate);
        var rules = site.Content.Rules.InForceOn(certificate.IssuedOn);
        var title = cards.T("certificate.title", certificate.DecisionNumber);
        var model = new CertificatePageModel(row, text.Note, Body(text.Body, language, lead: null),
            certificate.Scan is { } scan ? SiteUrls.ContentFile(scan.ContentPath) : null, rules is null ? "" : cards.Gloss(rules.Decision), cards.TextLang(certificate.Text));
        var description = cards.T("certificate.description", certificate.DecisionNumber, certificate.Stars.Stars);
        return new("certificate", title, description, "certificates", Crumbs(cards, new LinkView(cards.T("certificates.title"), SiteUrls.CertificateRegister(language))), model, false);
    }

    private PageParts Tourism(CardBuilder cards, TourismListing listing)
    {
        var language = cards.Language;
        var text = listing.Text.In(language.Code);
        var card = cards.Tourism(listing);
        var details = new List<DetailRow> { new(cards.T("tourism.kind"), card.KindName) };
        AddIf(details, cards.T("tourism.village"), listing.Village);
        AddIf(details, cards.T("tourism.address"), listing.Contact.Address);
        AddIf(details, cards.T("tourism.opening_hours"), text.OpeningHours);
        AddIf(details, cards.T("tourism.season"), text.Season);
        var certificate = site.CertificateOf(listing.Certificate);
        var producer = site.ProducerOf(listing);
        var kind = listing.Kind.ToString().ToLowerInvariant();
        var contact = cards.ContactBox(listing.Contact, "tourism_call." + kind);
        var directions = CardBuilder.Directions(listing.Location);

        // What a visitor can buy there: the operator's products and those made in the listing's village, with their producers.
        var sold = (producer is null ? [] : site.ProductsOf(producer))
            .Concat(listing.Village is null ? [] : site.Content.Products.Where(p => p.Village == listing.Village))
            .Distinct()
            .ToList();
        var makers = sold.Select(site.ProducerOf).OfType<Producer>().Where(p => p != producer).Distinct().Select(cards.Producer).ToList();
        var model = new TourismPageModel(card, CardBuilder.Photos(listing.Photos, text.PhotoAlts, text.Name), Body(text.Body, language, text.Summary), details, text.Prices,
            certificate is null ? null : cards.Certificate(certificate), producer is null ? null : cards.Producer(producer), contact, directions,
            HeadlinePrice(cards, listing), cards.T("tourism_heading." + kind),
            sold.Select(cards.Product).ToList(), makers,
            cards.Actions(contact, directions, "tourism_action." + kind));
        return new("tourism", text.Name, text.Summary, "tourism", Crumbs(cards, new LinkView(cards.T("tourism.title"), SiteUrls.TourismList(language))), model, !listing.Text.IsTranslatedInto(language.Code));
    }

    /// <summary>The price that fits the listing's kind ("200.000 ₫ / đêm" for a homestay), from <c>headline_price</c>.</summary>
    public static string? HeadlinePrice(CardBuilder cards, TourismListing listing)
        => listing.HeadlinePriceVnd is { } vnd
            ? cards.T("tourism_price." + listing.Kind.ToString().ToLowerInvariant(), vnd == 0 ? cards.T("tourism.free") : cards.Format.Price(vnd))
            : null;

    private PageParts News(CardBuilder cards, NewsPost post)
    {
        var language = cards.Language;
        var text = post.Text.In(language.Code);
        var model = new NewsPageModel(cards.News(post), Body(text.Body, language, text.Summary));
        return new("news", text.Title, text.Summary, "news", Crumbs(cards, new LinkView(cards.T("news.title"), SiteUrls.NewsList(language))), model, !post.Text.IsTranslatedInto(language.Code));
    }

    private PageParts StaticPage(CardBuilder cards, StaticPage page)
    {
        var language = cards.Language;
        var text = page.Text.In(language.Code);
        var model = new StaticPageModel(Body(text.Body, language, text.Summary), []);
        return new("page", text.Title, text.Summary, "page/" + page.Slug, Crumbs(cards), model, !page.Text.IsTranslatedInto(language.Code));
    }

    private static void AddIf(List<DetailRow> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new DetailRow(label, value));
        }
    }

    private sealed record PageParts(string Layout, string Title, string Description, string Section, IReadOnlyList<LinkView> Crumbs, object Model, bool Untranslated)
    {
        public void Deconstruct(out string layout, out string title, out string description, out string section, out IReadOnlyList<LinkView> crumbs, out object model, out bool untranslated)
            => (layout, title, description, section, crumbs, model, untranslated) = (Layout, Title, Description, Section, Crumbs, Model, Untranslated);
    }
}
