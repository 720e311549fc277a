using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopShowcase.Content.Model;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// The schema.org JSON-LD of a page, so search engines understand it: a <c>BreadcrumbList</c> everywhere, a
/// <c>WebSite</c> on the home page, and what the page's kind says of its document (a <c>Product</c> with its OCOP award
/// and marketplace offers, never a made-up rating; an <c>Organization</c>; a <c>TouristAttraction</c>…). Serialised
/// with System.Text.Json, whose default encoder escapes &lt; &gt; &amp; so no content can close the script element.
/// The nodes every kind shares (addresses, the commune, certifications, images) are made here.
/// </summary>
public sealed class StructuredData(SiteModel site, UiStrings strings)
{
    // Vietnamese letters stay readable; < > & ' " are still escaped, so the JSON cannot end the script element.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public RawHtml For(SitePage page, string title, string description, IReadOnlyList<LinkView> crumbs, string? image)
    {
        var graph = new JsonArray { (JsonNode)Breadcrumbs(page, title, crumbs) };
        var language = page.Language;
        var node = page.Subject switch
        {
            HomeSubject => new JsonObject
            {
                ["@type"] = "WebSite",
                ["name"] = site.Site.Text.In(language.Code).Title,
                ["url"] = Absolute(page.Url),
                ["inLanguage"] = language.Code,
                ["publisher"] = Commune(),
            },
            KindSubject subject => subject.Kind.StructuredData(subject, new LinkedDataPage { Page = page, Title = title, Description = description, Image = image, Ld = this }),
            _ => null,
        };
        if (node is not null)
        {
            graph.Add(node);
        }

        var json = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph }.ToJsonString(JsonOptions);
        return new RawHtml($"<script type=\"application/ld+json\">{json}</script>");
    }

    public SiteModel Site => site;

    public string T(Language language, string key, params object?[] args) => strings.Get(language.Code, key, args);

    private JsonObject Breadcrumbs(SitePage page, string title, IReadOnlyList<LinkView> crumbs)
    {
        var items = crumbs.Select(c => (Label: c.Label, Url: c.Url)).Append((Label: title, Url: page.Url)).DistinctBy(c => c.Url).ToList();
        return new JsonObject
        {
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray(items.Select((c, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c.Label,
                ["item"] = Absolute(c.Url),
            }).ToArray()),
        };
    }

    /// <summary>The published full-size JPEG of every photo, as absolute addresses.</summary>
    public JsonArray Images(IReadOnlyList<BundleFile> photos)
        => new(photos.Select(p => (JsonNode)Absolute(SiteUrls.PublishedFile(SiteUrls.PhotoFile(p.ContentPath)))!).ToArray());

    public JsonObject Certification(Certificate certificate, StarRating stars, Language language) => new()
    {
        ["@type"] = "Certification",
        ["name"] = T(language, "stars.label", stars.Stars),
        ["certificationIdentification"] = certificate.DecisionNumber,
        ["issuedBy"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = site.Glossary.Find(certificate.IssuingBody, language.Code) ?? certificate.IssuingBody },
        ["validFrom"] = Iso(certificate.IssuedOn),
        ["expires"] = Iso(certificate.ValidUntil),
        ["certificationRating"] = new JsonObject { ["@type"] = "Rating", ["ratingValue"] = stars.Stars, ["bestRating"] = 5 },
        ["url"] = Absolute(SiteUrls.Certificate(language, certificate.Slug)),
    };

    public JsonObject Address(string? street) => new()
    {
        ["@type"] = "PostalAddress",
        ["streetAddress"] = street,
        ["addressLocality"] = site.Site.Commune,
        ["addressRegion"] = site.Site.Province,
        ["addressCountry"] = "VN",
    };

    public JsonObject Commune() => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = site.Site.Commune,
        ["url"] = site.Urls.Absolute("/"),
    };

    public string Absolute(string rootedUrl) => site.Urls.Absolute(rootedUrl);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The page a kind writes JSON-LD for, and the shared node makers (<see cref="Ld"/>).</summary>
public sealed record LinkedDataPage
{
    public required SitePage Page { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The page's share card, absolute, or null.</summary>
    public required string? Image { get; init; }

    public required StructuredData Ld { get; init; }

    public SiteModel Site => Ld.Site;

    public Language Language => Page.Language;

    public string T(string key, params object?[] args) => Ld.T(Language, key, args);
}
