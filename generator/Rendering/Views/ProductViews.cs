using OcopShowcase.Content.Model;

namespace OcopShowcase.Rendering.Views;

public sealed record ProductCard(
    string Name,
    string Url,
    string Summary,
    PhotoView? Photo,
    int? Stars,
    string GroupName,
    string? PriceText,
    string? ProducerName,
    string TextLang,
    string GroupKey,
    string? ProducerSlug,
    string? VillageKey);

public sealed record CertificateBadge(
    string DecisionNumber,
    string Url,
    int Stars,
    int? Score,
    string IssuedOn,
    LocalizedValue IssuingBody,
    string LevelName,
    string ValidUntil,
    string State,
    string StateLabel);

public sealed record BuyView(
    string? PostmartUrl,
    string? VosoUrl,
    string? PhoneDisplay,
    string? TelUrl,
    string? ZaloDisplay,
    string? ZaloUrl,
    IReadOnlyList<ShopView> Shops,
    string? CallLabel,
    string? ZaloLabel)
{
    public bool Any => PostmartUrl is not null || VosoUrl is not null || TelUrl is not null || ZaloUrl is not null || Shops.Count > 0;

    /// <summary>The box's words: goods are bought, a tour is booked (the i18n groups "product" and "tour").</summary>
    public required BuyWords Words { get; init; }
}

/// <summary>The words of a buy box and of the action bar's marketplace link, from one i18n group ("product" or "tour").</summary>
public sealed record BuyWords(string Heading, string Shops, string Postmart, string Voso, string Bar);

/// <summary>A shop where the product is sold: its name (glossed into the page's language) and directions when it has coordinates.</summary>
public sealed record ShopView(LocalizedValue Name, DirectionsView? Directions);

public sealed record ProductPageModel(
    ProductCard Card,
    IReadOnlyList<PhotoView> Photos,
    RawHtml Body,
    CertificateBadge? Certificate,
    ProducerCard? Producer,
    BuyView Buy,
    IReadOnlyList<DetailRow> Details,
    IReadOnlyList<ProductCard> Related,
    ActionBarView Actions)
{
    /// <summary>Events to come where the product is shown or sold, soonest first; null when none.</summary>
    public required Kinds.Events.EventSection? Events { get; init; }

    /// <summary>Whether the producer has more products than the related cards show (the page then links to them all).</summary>
    public bool HasMoreRelated => Producer is not null && Related.Count < Producer.ProductCount - 1;
}

public sealed record CatalogueModel(
    string Heading,
    string Intro,
    IReadOnlyList<ProductCard> Products,
    IReadOnlyList<LinkView> GroupFilters,
    IReadOnlyList<LinkView> StarFilters,
    string AllUrl,
    bool IsFiltered,
    IReadOnlyList<FilterOption> Groups,
    IReadOnlyList<FilterOption> Villages,
    IReadOnlyList<FilterOption> Producers,
    string ScriptUrl,
    int Total,
    PaginationView? Pagination);

/// <summary>One choice of a catalogue filter: the value in the URL query and what the visitor reads.</summary>
public sealed record FilterOption(string Value, string Label);

public sealed record ProducerCard(string Name, string Url, string Summary, string LegalFormName, string? Village, PhotoView? Photo, int ProductCount, string TextLang);

public sealed record ProducerPageModel(
    ProducerCard Card,
    RawHtml Body,
    IReadOnlyList<DetailRow> Details,
    IReadOnlyList<ProductCard> Products,
    IReadOnlyList<TourismCard> Tourism,
    BuyView Contact,
    DirectionsView? Directions,
    ActionBarView Actions);

public sealed record ProducerListModel(IReadOnlyList<ProducerCard> Producers, PaginationView? Pagination);
