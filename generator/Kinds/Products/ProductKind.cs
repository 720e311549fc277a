using System.Globalization;
using System.Text.Json.Nodes;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Products;

/// <summary>
/// OCOP products: <c>content/san-pham/&lt;slug&gt;/index.md</c>, the catalogue (all, per group, per star rating) and a
/// page per product (<c>theme/layouts/product.html</c>, values built in <see cref="View"/>).
/// </summary>
public sealed class ProductKind : ContentKind<Product>
{
    /// <summary>
    /// How many of the producer's other products a product page shows as cards: two rows on a wide screen, three on a
    /// phone. A cooperative with dozens of products would otherwise make every one of its pages a catalogue to
    /// download; the producer's page lists them all, and the product page links to it.
    /// </summary>
    public const int RelatedCards = 6;

    public override string Section => SiteUrls.Products;

    public override string Name => "product";

    public override string? MenuKey => "nav.products";

    public override Scaffold? Scaffold { get; } = new() { Bundle = true };

    public override string Url(Language language, string slug) => SiteUrls.Product(language, slug);

    public override IDocumentReader<Product> Reader(SiteConfig site, RatingRules rules) => new ProductReader(site);

    public override string SourceIn(Product document, Language language) => document.Text.In(language.Code).SourcePath;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
    {
        var products = site.Content.Products;
        var all = Paging.Pages(PageKey.List(Name, "products"), language, SiteUrls.ProductCatalogue(language), products.Count, Paging.ProductsPerPage, paging => new ProductCatalogueSubject(this, null, null, paging));
        var groups = site.GroupsInUse.SelectMany(group => Paging.Pages(PageKey.List(Name, $"products/group/{group.Key()}"), language, SiteUrls.ProductGroupPage(language, group),
            products.Count(p => p.Group == group), Paging.ProductsPerPage, paging => new ProductCatalogueSubject(this, group, null, paging)));
        // Only ratings some product holds get a page: a "5 sao" link that leads to "0 sản phẩm" is a dead end.
        var stars = site.StarsInUse.SelectMany(rated =>
            Paging.Pages(PageKey.List(Name, $"products/stars/{rated}"), language, SiteUrls.ProductStarsPage(language, rated), site.ProductsWithStars(rated), Paging.ProductsPerPage,
                paging => new ProductCatalogueSubject(this, null, rated, paging)));
        return all.Concat(groups).Concat(stars);
    }

    protected override PageParts View(Product product, PageContext page)
    {
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var text = product.Text.In(language.Code);
        var card = cards.Product(product);
        var certificate = site.CertificateOf(product.Certificate);
        var producer = site.ProducerOf(product);
        var details = new List<DetailRow> { new(page.T("product.group"), card.GroupName, SiteUrls.ProductGroupPage(language, product.Group)) };
        if (producer is not null)
        {
            details.Add(new(page.T("product.producer"), producer.Text.In(language.Code).Name, SiteUrls.Producer(language, producer.Slug)));
        }

        PageContext.AddIf(details, page.T("product.village"), product.Village);
        PageContext.AddIf(details, page.T("product.price"), card.PriceText);
        PageContext.AddIf(details, page.T("product.packaging"), text.Packaging is { } packaging ? cards.Gloss(packaging) : null);
        PageContext.AddIf(details, page.T("product.shelf_life"), text.ShelfLife is { } shelfLife ? cards.Gloss(shelfLife) : null);
        PageContext.AddIf(details, page.T("product.ingredients"), text.Ingredients);
        // By reference: a record's == compares every member, and a producer of a national list makes hundreds.
        var related = (producer is null ? [] : site.ProductsOf(producer)).Where(p => !ReferenceEquals(p, product)).Take(RelatedCards).Select(cards.Product).ToList();
        // A tour sold as an OCOP product is booked, not ordered.
        var isTour = product.Group == ProductGroup.Tourism;
        var buy = isTour ? cards.Buy(product.Buy, "product.call_tour", "tour") : cards.Buy(product.Buy);
        var events = ContentKinds.Get<EventKind>();
        var model = new ProductPageModel(
            card,
            CardBuilder.Photos(product.Photos, text.PhotoAlts, text.Name),
            page.Body(text.Body, text.Summary),
            certificate is null ? null : cards.Certificate(certificate),
            producer is null ? null : cards.Producer(producer),
            buy,
            details,
            related,
            // Directions lead to where the product is made and sold, when its producer gives coordinates.
            cards.Actions(buy, CardBuilder.Directions(producer?.Location), isTour ? "tourism_action.communitytourism" : "action.call"))
        {
            Events = events.Views(page).ForProduct(events.AgendaOf(site.Facts), product.Slug),
        };
        return new PageParts
        {
            Layout = "product",
            Title = text.Name,
            Description = text.Summary,
            Section = "products",
            Crumbs = page.Crumbs(new LinkView(page.T("catalogue.title"), SiteUrls.ProductCatalogue(language)), new LinkView(card.GroupName, SiteUrls.ProductGroupPage(language, product.Group))),
            Model = model,
            Untranslated = !product.Text.IsTranslatedInto(language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page)
    {
        var subject = (ProductCatalogueSubject)list;
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var matching = site.Facts.Catalogue(language, subject.Group, subject.Stars, subject.Paging);
        var products = matching.Products.Select(cards.Product).ToList();
        var groupFilters = site.Facts.GroupsInUse
            .Select(g => new LinkView(page.T("group." + g.Key()), SiteUrls.ProductGroupPage(language, g), g == subject.Group))
            .ToList();
        var starFilters = site.Facts.StarsInUse
            .Select(s => new LinkView(page.T("stars.filter", s), SiteUrls.ProductStarsPage(language, s), s == subject.Stars))
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
            { Group: { } group } => (page.T("group." + group.Key()), page.T("catalogue.group_intro", page.T("group." + group.Key()))),
            { Stars: { } stars } => (page.T("catalogue.stars_heading", stars), page.T("catalogue.stars_intro", stars)),
            _ => (page.T("catalogue.title"), page.T("catalogue.intro")),
        };
        var isAll = subject.Group is null && subject.Stars is null;
        var crumbs = isAll ? page.Crumbs() : page.Crumbs(new LinkView(page.T("catalogue.title"), all));

        // The in-page filters narrow the cards of one page; a catalogue split into pages is narrowed by its group and
        // star pages and by search instead.
        var filters = isAll && subject.Paging.Count == 1;
        var model = new CatalogueModel(heading, intro, products, groupFilters, starFilters, all, !isAll,
            filters ? site.Facts.GroupsInUse.Select(g => new FilterOption(g.Key(), page.T("group." + g.Key()))).ToList() : [],
            filters ? site.Content.Products.Select(p => p.Village).OfType<string>().Distinct().Order(StringComparer.Create(language.Culture, false)).Select(v => new FilterOption(Slugifier.Slugify(v), v)).ToList() : [],
            filters ? site.Content.Producers.Where(p => site.ProductsOf(p).Count > 0).Select(p => new FilterOption(p.Slug, p.Text.In(language.Code).Name)).ToList() : [],
            page.Assets.Script,
            matching.Total,
            page.Pagination(subject.Paging, listUrl));
        heading = page.Paged(heading, subject.Paging);
        return new PageParts { Layout = "catalogue", Title = heading, Description = intro, Section = "products", Crumbs = crumbs, Model = model with { Heading = heading } };
    }

    protected override JsonNode? StructuredData(Product product, LinkedDataPage page)
    {
        var (site, ld, language) = (page.Site, page.Ld, page.Language);
        var text = product.Text.In(language.Code);
        var producer = site.ProducerOf(product);
        var stars = site.DisplayedStars(product.Certificate);
        var node = new JsonObject
        {
            ["@type"] = "Product",
            ["name"] = text.Name,
            ["description"] = page.Description,
            ["sku"] = product.Slug,
            ["url"] = ld.Absolute(Url(language, product.Slug)),
            ["category"] = page.T("group." + product.Group.Key()),
            ["image"] = ld.Images(product.Photos),
        };
        if (producer is not null)
        {
            node["brand"] = new JsonObject { ["@type"] = "Brand", ["name"] = producer.Text.In(language.Code).Name };
            node["manufacturer"] = new JsonObject { ["@type"] = "Organization", ["name"] = producer.Text.In(language.Code).Name, ["url"] = ld.Absolute(SiteUrls.Producer(language, producer.Slug)) };
        }

        if (stars is { } rating)
        {
            // award is defined on Product (and CreativeWork, Organization, Person, Service); the certificate itself is
            // hasCertification, which schema.org defines on Product and on Place alike.
            node["award"] = page.T("stars.label", rating.Stars);
            node["hasCertification"] = ld.Certification(site.CertificateOf(product.Certificate)!, rating, language);
        }

        var offers = new[] { (Url: product.Buy.Postmart, Seller: site.Site.Postmart.Name), (Url: product.Buy.Voso, Seller: site.Site.Voso.Name) }
            .Where(o => o.Url is not null && product.PriceVnd is not null)
            .Select(o => (JsonNode)new JsonObject
            {
                ["@type"] = "Offer",
                ["url"] = o.Url!.AbsoluteUri,
                ["price"] = product.PriceVnd!.Value.ToString(CultureInfo.InvariantCulture),
                ["priceCurrency"] = "VND",
                ["availability"] = "https://schema.org/InStock",
                ["seller"] = new JsonObject { ["@type"] = "Organization", ["name"] = o.Seller },
            })
            .ToArray();
        if (offers.Length == 0 && product.PriceVnd is { } price && !product.Buy.IsEmpty)
        {
            // Sold only by phone, Zalo or in a shop: the producer sells it, at the price on the page.
            offers =
            [
                new JsonObject
                {
                    ["@type"] = "Offer",
                    ["url"] = ld.Absolute(Url(language, product.Slug)),
                    ["price"] = price.ToString(CultureInfo.InvariantCulture),
                    ["priceCurrency"] = "VND",
                    ["availability"] = "https://schema.org/InStock",
                    ["seller"] = producer is null
                        ? ld.Commune()
                        : new JsonObject { ["@type"] = "Organization", ["name"] = producer.Text.In(language.Code).Name, ["url"] = ld.Absolute(SiteUrls.Producer(language, producer.Slug)) },
                },
            ];
        }

        if (offers.Length > 0)
        {
            node["offers"] = new JsonArray(offers);
        }

        return node;
    }

    protected override DateOnly? LastModified(Product product, SiteFacts site) => site.ChangedOn(product);

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => site.LatestProductChange;

    protected override SearchDocument? Search(Product product, SearchContext search)
    {
        var text = product.Text.In(search.Language.Code);
        return new SearchDocument(text.Name, search.Url(Url(search.Language, product.Slug)), Name, search.T("group." + product.Group.Key()),
            search.Site.DisplayedStars(product.Certificate)?.Stars, search.Thumbnail(product.Photos), text.Summary, product.Village,
            search.Site.ProducerOf(product)?.Text.In(search.Language.Code).Name, product.Tags, BodyText.ForSearch(text.Body)) { Rank = 3 };
    }

    protected override FeedEntry? FeedEntry(Product product, Language language, UiStrings strings)
        => product.Added is { } added
            ? new FeedEntry
            {
                Date = added,
                Page = KeyOf(product),
                Title = product.Text.In(language.Code).Name,
                Summary = product.Text.In(language.Code).Summary,
                Url = Url(language, product.Slug),
                Category = strings.Get(language.Code, "catalogue.title"),
            }
            : null;

    protected override SocialCard? ShareCard(Product product, ShareCardContext cards)
    {
        var stars = cards.Site.DisplayedStars(product.Certificate)?.Stars;
        return new SocialCard(
            cards.OutputPath(this, product.Slug), product.Text.In(cards.Language.Code).Name, cards.T("group." + product.Group.Key()),
            stars, stars is null ? null : cards.T("stars.label", stars), cards.Place, cards.SiteTitle, cards.PhotoOf(product.Photos), cards.FocusOf(product.Photos));
    }

    protected override Poster? Poster(Product product, PosterContext posters)
    {
        var (site, cards) = (posters.Site, posters.Cards);
        var card = cards.Product(product);
        var online = new[] { (product.Buy.Postmart, site.Site.Postmart.Name), (product.Buy.Voso, site.Site.Voso.Name) }
            .Where(m => m.Item1 is not null).Select(m => m.Name).ToList();
        return posters.Make(KeyOf(product), this, product.Slug, card.Url, card.Name, card.GroupName, card.Stars,
            card.ProducerName is null ? null : cards.T("poster.producer", card.ProducerName), card.Summary, card.PriceText,
            cards.T("poster.scan_product"), online.Count == 0 ? null : cards.T("poster.buy_online", string.Join(" · ", online)),
            product.Photos);
    }

    /// <summary>Its producer and certificate must exist (OCOP100, OCOP101, the closest slug suggested) and, unless it is a draft, be published (OCOP118).</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
        var references = new ReferenceCheck(content, diagnostics);
        foreach (var product in content.Products)
        {
            var from = new DocumentId(Section, product.Slug);
            references.Producer(from, product.Producer);
            references.Certificate(from, product.Certificate);
        }
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}

/// <summary>A page of the product catalogue: all products, one group's or one star rating's.</summary>
public sealed record ProductCatalogueSubject(ContentKind Kind, ProductGroup? Group, int? Stars, Paging Paging) : ListSubject(Kind, Paging);
