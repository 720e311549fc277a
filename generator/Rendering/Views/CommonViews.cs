namespace OcopShowcase.Rendering.Views;

/// <summary>Values every page's layout needs. Field names reach templates in snake_case (Scriban's convention).</summary>
public sealed record SiteView(
    string Title,
    string Tagline,
    string Description,
    string Intro,
    string Commune,
    string District,
    string Province,
    bool Demo,
    string HomeUrl,
    string SearchUrl,
    string StylesheetUrl,
    string IconUrl,
    string StaffScriptUrl,
    string GalleryScriptUrl,
    string VisitorScriptUrl,
    string SavedUrl,
    string ServiceWorkerUrl,
    string FeedUrl,
    string? ContactPhone,
    string? ContactTel,
    string? ContactEmail,
    string? ContactAddress,
    IReadOnlyList<LinkView> Nav,
    IReadOnlyList<LinkView> FooterLinks,
    int Year);

public sealed record LinkView(string Label, string Url, bool Current = false);

public sealed record AlternateView(string Lang, string Label, string Url, string AbsoluteUrl, bool Current);

/// <summary>A photo as pages show it; <paramref name="Position"/> is the CSS object-position of its focal point (null: centre).</summary>
public sealed record PhotoView(string Src, string Alt, string? Position = null);

/// <summary>Directions to a place: a geo: link (the phone's own map app) and Google Maps directions, nothing embedded.</summary>
public sealed record DirectionsView(string GeoUrl, string MapsUrl);

/// <summary>
/// The link row fixed to the foot of a phone screen on product, tourism and producer pages: call, Zalo, buy (one
/// marketplace, or a sheet of both) and directions. Every field is optional; the bar is left out when all are empty.
/// </summary>
public sealed record ActionBarView(string? TelUrl, string? ZaloUrl, IReadOnlyList<LinkView> Buy, DirectionsView? Directions, string CallLabel)
{
    public bool Any => TelUrl is not null || ZaloUrl is not null || Buy.Count > 0 || Directions is not null;

    /// <summary>The short word on the marketplace link: "Mua" for goods, "Đặt" for a tour.</summary>
    public required string BuyLabel { get; init; }
}

public sealed record DetailRow(string Label, string Value, string? Url = null);

/// <summary>The parts of a page shared by every layout; <see cref="Model"/> carries the layout's own values.</summary>
public sealed record PageView(
    string Lang,
    string Title,
    string DocumentTitle,
    string Description,
    string Url,
    string Canonical,
    string Section,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<LinkView> Breadcrumbs,
    bool Untranslated,
    string ContentLang,
    string? EditUrl,
    bool ForStaff,
    bool NoIndex,
    string? SocialImage,
    string? SocialImageAlt,
    string Locale,
    IReadOnlyList<string> LocaleAlternates,
    RawHtml StructuredData,
    object Model)
{
    /// <summary>A draft's page, seen only in <c>serve</c> and <c>check</c>: it carries a "not published" banner.</summary>
    public bool Draft { get; init; }
}

/// <summary>Links between the pages of a long list: a window of page numbers around the current one, first and last.</summary>
public sealed record PaginationView(IReadOnlyList<LinkView> Pages, string? PreviousUrl, string? NextUrl);
