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

namespace OcopShowcase.Kinds.Tourism;

/// <summary>
/// Tourism listings (community tourism, eco-tourism, spots, homestays): <c>content/du-lich/&lt;slug&gt;/index.md</c>,
/// their list and a page each (<c>tourism.html</c>).
/// </summary>
public sealed class TourismListingKind : ContentKind<TourismListing>
{
    public override string Section => SiteUrls.Tourism;

    public override string Name => "tourism";

    /// <summary>How many products a listing's page shows at most ("what you can buy here").</summary>
    public const int ProductsShown = 12;

    public override string? MenuKey => "nav.tourism";

    public override Scaffold? Scaffold { get; } = new() { Bundle = true };

    public override string Url(Language language, string slug) => SiteUrls.TourismListing(language, slug);

    public override IDocumentReader<TourismListing> Reader(SiteConfig site, RatingRules rules) => new TourismReader(site);

    public override string SourceIn(TourismListing document, Language language) => document.Text.In(language.Code).SourcePath;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
        => [new SitePage(PageKey.List(Name, "tourism"), language, SiteUrls.TourismList(language), new ListSubject(this, Paging.Single), null)];

    protected override PageParts View(TourismListing listing, PageContext page)
    {
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var text = listing.Text.In(language.Code);
        var card = cards.Tourism(listing);
        var details = new List<DetailRow> { new(page.T("tourism.kind"), card.KindName) };
        PageContext.AddIf(details, page.T("tourism.village"), listing.Village);
        PageContext.AddIf(details, page.T("tourism.address"), listing.Contact.Address);
        PageContext.AddIf(details, page.T("tourism.opening_hours"), text.OpeningHours);
        PageContext.AddIf(details, page.T("tourism.season"), text.Season);
        var certificate = site.CertificateOf(listing.Certificate);
        var producer = site.ProducerOf(listing);
        var kind = KindKey(listing);
        var contact = cards.ContactBox(listing.Contact, "tourism_call." + kind);
        var directions = CardBuilder.Directions(listing.Location);
        var events = ContentKinds.Get<EventKind>();

        // What a visitor can buy there: the operator's products, then those made in the listing's village (best rated
        // first), with their producers. A village of a national list can make thousands: the page shows the first
        // few and a search for the village finds the rest.
        var operatorProducts = producer is null ? [] : site.ProductsOf(producer);
        var villageProducts = listing.Village is null ? [] : site.Facts.ProductsIn(listing.Village);
        // Counted, not listed: the operator's products in the village are the two lists' only overlap.
        var count = operatorProducts.Count + villageProducts.Count - (listing.Village is null ? 0 : operatorProducts.Count(p => p.Village == listing.Village));
        var sold = operatorProducts.Concat(villageProducts.Where(p => producer is null || p.Producer.Slug != producer.Slug)).Take(ProductsShown).ToList();
        var more = count <= ProductsShown ? null
            : listing.Village is { } village ? new LinkView(page.T("tourism.more_products", count, village), $"{SiteUrls.Search(language)}?q={Uri.EscapeDataString(village)}")
            : producer is null ? null
            : new LinkView(page.T("tourism.more_products_of", count, producer.Text.In(language.Code).Name), SiteUrls.Producer(language, producer.Slug));
        var makers = sold.Select(site.ProducerOf).OfType<Producer>().DistinctBy(p => p.Slug).Where(p => p.Slug != producer?.Slug).Select(cards.Producer).ToList();
        var model = new TourismPageModel(card, CardBuilder.Photos(listing.Photos, text.PhotoAlts, text.Name), page.Body(text.Body, text.Summary), details, text.Prices,
            certificate is null ? null : cards.Certificate(certificate), producer is null ? null : cards.Producer(producer), contact, directions,
            HeadlinePrice(cards, listing), page.T("tourism_heading." + kind),
            sold.Select(cards.Product).ToList(), makers,
            cards.Actions(contact, directions, "tourism_action." + kind))
        {
            Events = events.Views(page).ForListing(events.AgendaOf(site.Facts), listing.Slug),
            MoreProducts = more,
        };
        return new PageParts
        {
            Layout = "tourism",
            Title = text.Name,
            Description = text.Summary,
            Section = "tourism",
            Crumbs = page.Crumbs(new LinkView(page.T("tourism.title"), SiteUrls.TourismList(language))),
            Model = model,
            Untranslated = !listing.Text.IsTranslatedInto(language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page) => new()
    {
        Layout = "tourism-list",
        Title = page.T("tourism.title"),
        Description = page.T("tourism.intro"),
        Section = "tourism",
        Crumbs = page.Crumbs(),
        Model = new TourismListModel(page.Site.Facts.Tourism.Select(page.Cards.Tourism).ToList()),
    };

    /// <summary>The price that fits the listing's kind ("200.000 ₫ / đêm" for a homestay), from <c>headline_price</c>.</summary>
    public static string? HeadlinePrice(CardBuilder cards, TourismListing listing)
        => listing.HeadlinePriceVnd is { } vnd
            ? cards.T("tourism_price." + KindKey(listing), vnd == 0 ? cards.T("tourism.free") : cards.Format.Price(vnd))
            : null;

    /// <summary>The listing's kind as its i18n keys spell it ("homestay", "communitytourism").</summary>
    private static string KindKey(TourismListing listing) => listing.Kind.ToString().ToLowerInvariant();

    protected override JsonNode? StructuredData(TourismListing listing, LinkedDataPage page)
    {
        var (site, ld, language) = (page.Site, page.Ld, page.Language);
        var node = new JsonObject
        {
            ["@type"] = listing.Kind == Content.Model.TourismKind.Homestay ? "LodgingBusiness" : "TouristAttraction",
            ["name"] = page.Title,
            ["description"] = page.Description,
            ["url"] = ld.Absolute(Url(language, listing.Slug)),
            ["image"] = ld.Images(listing.Photos),
            ["address"] = ld.Address(listing.Contact.Address),
        };
        if (listing.Location is { } at)
        {
            node["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = at.Latitude, ["longitude"] = at.Longitude };
        }

        if (listing.Contact.Phone is { } phone)
        {
            node["telephone"] = phone.E164;
        }

        // award is not a property of TouristAttraction (a Place); hasCertification is defined on Place and on
        // LodgingBusiness alike. The page shows the same certificate in its text.
        if (site.DisplayedStars(listing.Certificate) is { } stars)
        {
            node["hasCertification"] = ld.Certification(site.CertificateOf(listing.Certificate)!, stars, language);
        }

        return node;
    }

    protected override DateOnly? LastModified(TourismListing listing, SiteFacts site) => site.CertificateOf(listing.Certificate)?.IssuedOn;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => null;

    protected override SearchDocument? Search(TourismListing listing, SearchContext search)
    {
        var text = listing.Text.In(search.Language.Code);
        return new SearchDocument(text.Name, search.Url(Url(search.Language, listing.Slug)), Name, search.T("tourism_kind." + KindKey(listing)),
            search.Site.DisplayedStars(listing.Certificate)?.Stars, search.Thumbnail(listing.Photos), text.Summary, listing.Village,
            search.Site.ProducerOf(listing)?.Text.In(search.Language.Code).Name, [], BodyText.ForSearch(text.Body)) { Rank = 2 };
    }

    protected override FeedEntry? FeedEntry(TourismListing listing, Language language, UiStrings strings) => null;

    protected override SocialCard? ShareCard(TourismListing listing, ShareCardContext cards)
    {
        var stars = cards.Site.DisplayedStars(listing.Certificate)?.Stars;
        return new SocialCard(
            cards.OutputPath(this, listing.Slug), listing.Text.In(cards.Language.Code).Name, cards.T("tourism_kind." + KindKey(listing)),
            stars, stars is null ? null : cards.T("stars.label", stars), cards.Place, cards.SiteTitle, cards.PhotoOf(listing.Photos), cards.FocusOf(listing.Photos));
    }

    protected override Poster? Poster(TourismListing listing, PosterContext posters)
    {
        var cards = posters.Cards;
        var card = cards.Tourism(listing);
        var producer = posters.Site.ProducerOf(listing)?.Text.In(cards.Language.Code).Name;
        return posters.Make(KeyOf(listing), this, listing.Slug, card.Url, card.Name, card.KindName, card.Stars,
            producer is null ? null : cards.T("poster.producer", producer), card.Summary,
            HeadlinePrice(cards, listing) ?? listing.Text.In(cards.Language.Code).Prices.FirstOrDefault(),
            cards.T("poster.scan_tourism"), null, listing.Photos);
    }

    /// <summary>Its producer and certificate must exist (OCOP100, OCOP101, the closest slug suggested) and, unless it is a draft, be published (OCOP118).</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
        var references = new ReferenceCheck(content, diagnostics);
        foreach (var listing in content.Tourism)
        {
            var from = new DocumentId(Section, listing.Slug);
            references.Producer(from, listing.Producer);
            references.Certificate(from, listing.Certificate);
        }
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}
