using OcopShowcase.Content.Fields;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;
using OcopShowcase.Diagnostics;
using F = OcopShowcase.Content.Fields.ProductFields;

namespace OcopShowcase.Kinds.Products;

/// <summary>
/// Reads <c>content/san-pham/&lt;slug&gt;/index.md</c>. A product that is not a draft is published as something a
/// visitor can buy: it needs a price (with its unit) and a place to buy it, and should have a photo.
/// </summary>
public sealed class ProductReader(SiteConfig site) : DocumentKind<Product, ProductText>
{
    public override string Section => SiteUrls.Products;

    public override IReadOnlySet<string> TextKeys { get; } = Keys([.. F.Top.Where(f => f.Translatable).Select(f => f.Key)]);

    public override IReadOnlySet<string> SharedKeys { get; } = Keys([.. F.Top.Where(f => !f.Translatable).Select(f => f.Key), F.Photos, F.BuyKey]);

    /// <summary>Stars and score are the certificate's: a product file that states its own would vouch for itself.</summary>
    protected override IReadOnlyDictionary<string, DiagnosticDescriptor> MisplacedKeys { get; } = new Dictionary<string, DiagnosticDescriptor>
    {
        ["stars"] = DiagnosticCatalogue.StarsNotInProduct,
        ["score"] = DiagnosticCatalogue.StarsNotInProduct,
    };

    protected override ProductText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, ProductText? original)
    {
        var name = Required(fields, F.Name.Key, F.Name.What, original?.Name);
        var summary = Required(fields, F.Summary.Key, F.Summary.What, original?.Summary);
        var text = new ProductText(
            name ?? "",
            summary ?? "",
            fields.Text(F.Unit.Key) ?? original?.Unit,
            fields.Text(F.Packaging.Key) ?? original?.Packaging,
            fields.Text(F.ShelfLife.Key) ?? original?.ShelfLife,
            fields.Text(F.Ingredients.Key) ?? original?.Ingredients,
            PhotoAlts(fields, original?.PhotoAlts),
            BodyOr(body, original?.Body),
            sourcePath);
        return name is null || summary is null ? null : text;
    }

    protected override Product? Read(FieldReader fields, DocumentSource source, Localized<ProductText> text)
    {
        var group = fields.Choice(F.Group.Key, ProductGroups.ByKey, F.Group.Required, F.Group.What);
        var producer = ReferenceTo(fields, F.Producer.Key, F.Producer.Required, F.Producer.What);
        var certificate = ReferenceTo(fields, F.Certificate.Key);
        var price = fields.Integer(F.Price.Key, F.Price.Min, F.Price.Max, F.Price.Example);
        var photos = Photos(fields, source);
        var buy = ReadBuy(fields.Child(F.BuyKey));
        var added = fields.Date(F.Added.Key);
        var tags = fields.TextList(F.Tags.Key);
        var village = Village(fields, site);
        if (price is not null && fields.Text(F.Unit.Key) is null)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.PriceWithoutUnit, fields.At(F.Price.Key), price.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!IsDraft(fields))
        {
            CheckPublishable(fields);
        }

        if (group is null || producer is null)
        {
            return null;
        }

        return new Product(source.Slug, source.Original.RelativePath, group.Value, producer, certificate, village, price, photos, buy, added, tags, text);
    }

    private static void CheckPublishable(FieldReader fields)
    {
        foreach (var rule in F.ToPublish)
        {
            if (!fields.Has(rule.Key))
            {
                fields.Diagnostics.Add(rule.Missing, fields.Start);
            }
            // A buy list whose entries are all wrong has their own errors; this one is for a list with none at all.
            else if (rule.AnyOf is not null && fields.Child(rule.Key)?.Keys.Any() != true)
            {
                fields.Diagnostics.Add(rule.Missing, fields.KeyAt(rule.Key));
            }
        }
    }

    private WhereToBuy ReadBuy(FieldReader? fields)
    {
        if (fields is null)
        {
            return new WhereToBuy(null, null, null, null, []);
        }

        fields.RejectUnknown(Keys([.. F.Buy.Select(f => f.Key)]));
        return new WhereToBuy(
            fields.HttpsUrl(F.Postmart.Key, MarketplaceOf(site, F.Postmart).Domain),
            fields.HttpsUrl(F.Voso.Key, MarketplaceOf(site, F.Voso).Domain),
            fields.Phone(F.Phone.Key),
            fields.Phone(F.Zalo.Key),
            ReadShops(fields, F.Shops.Key));
    }

    private static List<Shop> ReadShops(FieldReader fields, string key)
    {
        var shops = new List<Shop>();
        foreach (var shop in fields.ChildList(key, "name"))
        {
            shop.RejectUnknown(Keys("name", "lat", "lon"));
            var lat = shop.Decimal("lat", -90, 90, "20.2175");
            var lon = shop.Decimal("lon", -180, 180, "105.4672");
            if (shop.Text("name", required: true, "tên điểm bán") is { } name)
            {
                shops.Add(new Shop(name, lat is null || lon is null ? null : new Coordinates(lat.Value, lon.Value)));
            }
        }

        return shops;

    }

    /// <summary>The marketplace a buy link must stay on: the one site.yml configures under the field's name.</summary>
    public static Marketplace MarketplaceOf(SiteConfig site, FieldRule link) => link.Key switch
    {
        "postmart" => site.Postmart,
        "voso" => site.Voso,
        _ => throw new ArgumentException($"{link.Key} is not a marketplace link", nameof(link)),
    };
}
