using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopShowcase.Content.Model;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// The schema.org JSON-LD of a page, so search engines understand it: a <c>Product</c> with its OCOP award and its
/// marketplace offers (never a made-up rating), an <c>Organization</c> for a producer, a <c>TouristAttraction</c> or
/// <c>LodgingBusiness</c>, a <c>NewsArticle</c>, and a <c>BreadcrumbList</c> everywhere. Serialised with
/// System.Text.Json, whose default encoder escapes &lt; &gt; &amp; so no content can close the script element.
/// </summary>
public sealed class StructuredData(SiteModel site, UiStrings strings)
{
    // Vietnamese letters stay readable; < > & ' " are still escaped, so the JSON cannot end the script element.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public RawHtml For(SitePage page, string title, string description, IReadOnlyList<LinkView> crumbs, string? image)
    {
        var graph = new JsonArray { Breadcrumbs(page, title, crumbs) };
        var language = page.Language;
        string T(string key, params object?[] args) => strings.Get(language.Code, key, args);
        switch (page.Subject)
        {
            case HomeSubject:
                graph.Add(new JsonObject
                {
                    ["@type"] = "WebSite",
                    ["name"] = site.Site.Text.In(language.Code).Title,
                    ["url"] = Absolute(page.Url),
                    ["inLanguage"] = language.Code,
                    ["publisher"] = Commune(),
                });
                break;
            case ProductSubject { Product: var product }:
                graph.Add(Product(product, language, description, T));
                break;
            case ProducerSubject { Producer: var producer }:
                graph.Add(Organization(producer, language, description));
                break;
            case TourismSubject { Listing: var listing }:
                graph.Add(Tourism(listing, language, title, description, T));
                break;
            case NewsSubject { Post: var post }:
                graph.Add(new JsonObject
                {
                    ["@type"] = "NewsArticle",
                    ["headline"] = title,
                    ["description"] = description,
                    ["datePublished"] = Iso(post.Date),
                    ["dateModified"] = Iso(post.Date),
                    ["inLanguage"] = language.Code,
                    ["mainEntityOfPage"] = Absolute(page.Url),
                    ["image"] = image is null ? null : new JsonArray(image),
                    ["author"] = Commune(),
                    ["publisher"] = Commune(),
                });
                break;
        }

        var json = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph }.ToJsonString(JsonOptions);
        return new RawHtml($"<script type=\"application/ld+json\">{json}</script>");
    }

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

    private JsonObject Product(Product product, Language language, string description, Func<string, object?[], string> t)
    {
        var text = product.Text.In(language.Code);
        var producer = site.ProducerOf(product);
        var stars = site.DisplayedStars(product.Certificate);
        var node = new JsonObject
        {
            ["@type"] = "Product",
            ["name"] = text.Name,
            ["description"] = description,
            ["sku"] = product.Slug,
            ["url"] = Absolute(SiteUrls.Product(language, product.Slug)),
            ["category"] = t("group." + product.Group.Key(), []),
            ["image"] = new JsonArray(product.Photos.Select(p => (JsonNode)Absolute(SiteUrls.PublishedFile(SiteUrls.PhotoFile(p.ContentPath)))!).ToArray()),
        };
        if (producer is not null)
        {
            node["brand"] = new JsonObject { ["@type"] = "Brand", ["name"] = producer.Text.In(language.Code).Name };
            node["manufacturer"] = new JsonObject { ["@type"] = "Organization", ["name"] = producer.Text.In(language.Code).Name, ["url"] = Absolute(SiteUrls.Producer(language, producer.Slug)) };
        }

        if (stars is { } rating)
        {
            // award is defined on Product (and CreativeWork, Organization, Person, Service); the certificate itself is
            // hasCertification, which schema.org defines on Product and on Place alike.
            node["award"] = t("stars.label", [rating.Stars]);
            node["hasCertification"] = Certification(site.CertificateOf(product.Certificate)!, rating, language, t);
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
                    ["url"] = Absolute(SiteUrls.Product(language, product.Slug)),
                    ["price"] = price.ToString(CultureInfo.InvariantCulture),
                    ["priceCurrency"] = "VND",
                    ["availability"] = "https://schema.org/InStock",
                    ["seller"] = producer is null
                        ? Commune()
                        : new JsonObject { ["@type"] = "Organization", ["name"] = producer.Text.In(language.Code).Name, ["url"] = Absolute(SiteUrls.Producer(language, producer.Slug)) },
                },
            ];
        }

        if (offers.Length > 0)
        {
            node["offers"] = new JsonArray(offers);
        }

        return node;
    }

    private JsonObject Organization(Producer producer, Language language, string description)
    {
        var node = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = producer.Text.In(language.Code).Name,
            ["description"] = description,
            ["url"] = Absolute(SiteUrls.Producer(language, producer.Slug)),
            ["address"] = Address(producer.Contact.Address),
        };
        if (producer.Contact.Phone is { } phone)
        {
            node["telephone"] = phone.E164;
        }

        if (producer.Contact.Email is { } email)
        {
            node["email"] = email;
        }

        if (producer.Contact.Facebook is { } facebook)
        {
            node["sameAs"] = new JsonArray(facebook.AbsoluteUri);
        }

        return node;
    }

    private JsonObject Tourism(TourismListing listing, Language language, string title, string description, Func<string, object?[], string> t)
    {
        var node = new JsonObject
        {
            ["@type"] = listing.Kind == TourismKind.Homestay ? "LodgingBusiness" : "TouristAttraction",
            ["name"] = title,
            ["description"] = description,
            ["url"] = Absolute(SiteUrls.TourismListing(language, listing.Slug)),
            ["image"] = new JsonArray(listing.Photos.Select(p => (JsonNode)Absolute(SiteUrls.PublishedFile(SiteUrls.PhotoFile(p.ContentPath)))!).ToArray()),
            ["address"] = Address(listing.Contact.Address),
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
            node["hasCertification"] = Certification(site.CertificateOf(listing.Certificate)!, stars, language, t);
        }

        return node;
    }

    private JsonObject Certification(Certificate certificate, StarRating stars, Language language, Func<string, object?[], string> t) => new()
    {
        ["@type"] = "Certification",
        ["name"] = t("stars.label", [stars.Stars]),
        ["certificationIdentification"] = certificate.DecisionNumber,
        ["issuedBy"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = site.Content.Glossary.Find(certificate.IssuingBody, language.Code) ?? certificate.IssuingBody },
        ["validFrom"] = Iso(certificate.IssuedOn),
        ["expires"] = Iso(certificate.ValidUntil),
        ["certificationRating"] = new JsonObject { ["@type"] = "Rating", ["ratingValue"] = stars.Stars, ["bestRating"] = 5 },
        ["url"] = Absolute(SiteUrls.Certificate(language, certificate.Slug)),
    };

    private JsonObject Address(string? street) => new()
    {
        ["@type"] = "PostalAddress",
        ["streetAddress"] = street,
        ["addressLocality"] = site.Site.Commune,
        ["addressRegion"] = site.Site.Province,
        ["addressCountry"] = "VN",
    };

    private JsonObject Commune() => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = site.Site.Commune,
        ["url"] = site.Urls.Absolute("/"),
    };

    private string Absolute(string rootedUrl) => site.Urls.Absolute(rootedUrl);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
