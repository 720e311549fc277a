namespace OcopShowcase.Rendering.Views;

public sealed record CertificateRow(CertificateBadge Badge, IReadOnlyList<LinkView> Products);

public sealed record CertificateRegisterModel(IReadOnlyList<CertificateRow> Certificates, int ValidityMonths, PaginationView? Pagination);

public sealed record CertificatePageModel(CertificateRow Row, string? Note, RawHtml Body, string? ScanUrl, string RulesDecision, string TextLang);

public sealed record TourismCard(string Name, string Url, string Summary, string KindName, PhotoView? Photo, int? Stars, string? Village, string TextLang);

public sealed record TourismPageModel(
    TourismCard Card,
    IReadOnlyList<PhotoView> Photos,
    RawHtml Body,
    IReadOnlyList<DetailRow> Details,
    IReadOnlyList<string> Prices,
    CertificateBadge? Certificate,
    ProducerCard? Producer,
    BuyView Contact,
    DirectionsView? Directions,
    string? HeadlinePrice,
    string ContactHeading,
    IReadOnlyList<ProductCard> Products,
    IReadOnlyList<ProducerCard> Producers,
    ActionBarView Actions)
{
    /// <summary>Events to come that the listing takes part in, soonest first; null when none.</summary>
    public required Kinds.Events.EventSection? Events { get; init; }

    /// <summary>Where to see every product of the village when the page shows only the first (a search for it); null when it shows them all.</summary>
    public required LinkView? MoreProducts { get; init; }
}

public sealed record TourismListModel(IReadOnlyList<TourismCard> Listings);

public sealed record NewsCard(string Title, string Url, string Summary, string Date, string IsoDate, PhotoView? Photo, string TextLang);

public sealed record NewsPageModel(NewsCard Card, RawHtml Body);

public sealed record NewsListModel(IReadOnlyList<NewsCard> Posts);

public sealed record StaticPageModel(RawHtml Body, IReadOnlyList<LinkView> Toc);

public sealed record HomeModel(
    IReadOnlyList<ProductCard> Featured,
    IReadOnlyList<LinkView> Groups,
    IReadOnlyList<TourismCard> Tourism,
    IReadOnlyList<NewsCard> News,
    int ProductCount,
    int ProducerCount,
    int TourismCount,
    int FourStarPlusCount)
{
    /// <summary>The next events to come, soonest first, with a link to them all; null when none is coming.</summary>
    public required Kinds.Events.EventSection? Events { get; init; }
}

public sealed record NotFoundModel(IReadOnlyList<LinkView> HomeLinks);

public sealed record SearchModel(string IndexUrl, string ScriptUrl);

/// <summary>The saved list and the offline page: both filled by the visitor script from the browser's own storage.</summary>
public sealed record VisitorListModel(string SavedUrl, string HomeUrl, string CatalogueUrl);

/// <summary>The staff page: certificates to renew with a link to edit each, and the staff tools.</summary>
public sealed record StaffModel(IReadOnlyList<CertificateRow> ToRenew, IReadOnlyList<LinkView> EditLinks, string ProductFormUrl, string PostersUrl, bool Posters, int WarningDays, string Today);

/// <summary>
/// The new-product form: its choices are filled in at build time from <see cref="Site.ProductChoices"/>, the same
/// lists its schema enumerates. <see cref="NewFileUrl"/> is GitHub's "new file" page of the products folder.
/// </summary>
public sealed record ProductFormModel(
    string ScriptUrl,
    string SchemaUrl,
    string? NewFileUrl,
    IReadOnlyList<Site.Choice> Groups,
    IReadOnlyList<Site.Choice> Producers,
    IReadOnlyList<Site.Choice> Certificates,
    IReadOnlyList<string> Villages,
    string PostmartHome,
    string VosoHome);

public sealed record PosterEntry(string Name, string PageUrl, string QrTarget, string PreviewUrl, int PreviewWidth, int PreviewHeight, string A4Url, string A6Url, string? EditUrl);

/// <summary>The posters page: print-shop bundles, then each kind's posters under its name, in the registry's order.</summary>
public sealed record PostersModel(IReadOnlyList<LinkView> Bundles, IReadOnlyList<PosterGroup> Groups);

public sealed record PosterGroup
{
    public required string Heading { get; init; }

    public required IReadOnlyList<PosterEntry> Posters { get; init; }
}
