using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Kinds;

/// <summary>
/// Reads <c>content/san-pham/&lt;slug&gt;/index.md</c>. A product that is not a draft is published as something a
/// visitor can buy: it needs a price (with its unit) and a place to buy it, and should have a photo.
/// </summary>
public sealed class ProductKind(SiteConfig site) : DocumentKind<Product, ProductText>
{
    public override string Section => "san-pham";

    public override IReadOnlySet<string> TextKeys { get; } = Keys("name", "summary", "unit", "packaging", "shelf_life", "ingredients", "photo_alts");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("group", "producer", "certificate", "village", "price", "photos", "buy", "added", "tags");

    /// <summary>Stars and score are the certificate's: a product file that states its own would vouch for itself.</summary>
    protected override IReadOnlyDictionary<string, DiagnosticDescriptor> MisplacedKeys { get; } = new Dictionary<string, DiagnosticDescriptor>
    {
        ["stars"] = DiagnosticCatalogue.StarsNotInProduct,
        ["score"] = DiagnosticCatalogue.StarsNotInProduct,
    };

    protected override ProductText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, ProductText? original)
    {
        var name = Required(fields, "name", "tên sản phẩm", original?.Name);
        var summary = Required(fields, "summary", "mô tả ngắn một hai câu", original?.Summary);
        var text = new ProductText(
            name ?? "",
            summary ?? "",
            fields.Text("unit") ?? original?.Unit,
            fields.Text("packaging") ?? original?.Packaging,
            fields.Text("shelf_life") ?? original?.ShelfLife,
            fields.Text("ingredients") ?? original?.Ingredients,
            PhotoAlts(fields, original?.PhotoAlts),
            BodyOr(body, original?.Body),
            sourcePath);
        return name is null || summary is null ? null : text;
    }

    protected override Product? Read(FieldReader fields, DocumentSource source, Localized<ProductText> text)
    {
        var group = fields.Choice("group", ProductGroups.ByKey, required: true, "nhóm sản phẩm OCOP");
        var producer = ReferenceTo(fields, "producer", required: true, "chủ thể sản xuất");
        var certificate = ReferenceTo(fields, "certificate");
        var price = fields.Integer("price", 0, 1_000_000_000, "80000");
        var photos = Photos(fields, source);
        var buy = ReadBuy(fields.Child("buy"));
        var added = fields.Date("added");
        var tags = fields.TextList("tags");
        var village = Village(fields, site);
        if (price is not null && fields.Text("unit") is null)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.PriceWithoutUnit, fields.At("price"), price.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!IsDraft(fields))
        {
            CheckPublishable(fields, price, buy, photos);
        }

        if (group is null || producer is null)
        {
            return null;
        }

        return new Product(source.Slug, source.Original.RelativePath, group.Value, producer, certificate, village, price, photos, buy, added, tags, text);
    }

    private static void CheckPublishable(FieldReader fields, long? price, WhereToBuy buy, IReadOnlyList<BundleFile> photos)
    {
        if (price is null && !fields.Has("price"))
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.ProductWithoutPrice, fields.Start);
        }

        // A buy list whose entries are all wrong has its own errors; this one is for a product with none at all.
        if (buy.IsEmpty && fields.Child("buy")?.Keys.Any() != true)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.ProductWithoutWayToBuy, fields.Has("buy") ? fields.KeyAt("buy") : fields.Start);
        }

        if (photos.Count == 0 && !fields.Has("photos"))
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.ProductWithoutPhoto, fields.Start);
        }
    }

    private WhereToBuy ReadBuy(FieldReader? fields)
    {
        if (fields is null)
        {
            return new WhereToBuy(null, null, null, null, []);
        }

        fields.RejectUnknown(Keys("postmart", "voso", "phone", "zalo", "shops"));
        return new WhereToBuy(
            fields.HttpsUrl("postmart", site.Postmart.Domain),
            fields.HttpsUrl("voso", site.Voso.Domain),
            fields.Phone("phone"),
            fields.Phone("zalo"),
            fields.TextList("shops"));
    }
}
