using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Content.Kinds;

/// <summary>Reads <c>content/san-pham/&lt;slug&gt;/index.md</c>.</summary>
public sealed class ProductKind(SiteConfig site) : DocumentKind<Product, ProductText>
{
    public override string Section => "san-pham";

    public override IReadOnlySet<string> TextKeys { get; } = Keys("name", "summary", "unit", "packaging", "shelf_life", "ingredients", "photo_alts");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("group", "producer", "certificate", "village", "price", "photos", "buy", "added", "tags");

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
        if (group is null || producer is null)
        {
            return null;
        }

        return new Product(source.Slug, source.Original.RelativePath, group.Value, producer, certificate, fields.Text("village"), price, photos, buy, added, tags, text);
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
            ReadShops(fields));
    }

    private static List<Shop> ReadShops(FieldReader fields)
    {
        var shops = new List<Shop>();
        foreach (var shop in fields.ChildList("shops", "name"))
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
}
