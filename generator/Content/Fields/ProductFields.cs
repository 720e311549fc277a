using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Fields;

/// <summary>
/// The fields of a product's front matter (<c>content/san-pham/&lt;slug&gt;/index.md</c>), declared once for
/// <see cref="OcopShowcase.Kinds.Products.ProductReader"/>, which reads them, and for the staff form's schema
/// (<c>/nhan-vien/them-san-pham/product.schema.json</c>), which the browser checks a new product with.
/// </summary>
public static class ProductFields
{
    public static readonly FieldRule Name = new("name", FieldType.Text, Required: true, What: "tên sản phẩm", Translatable: true);
    public static readonly FieldRule Summary = new("summary", FieldType.Text, Required: true, What: "mô tả ngắn một hai câu", Translatable: true);
    public static readonly FieldRule Unit = new("unit", FieldType.Text, What: "đơn vị bán, ví dụ hộp 300 g", Translatable: true);
    public static readonly FieldRule Packaging = new("packaging", FieldType.Text, Translatable: true);
    public static readonly FieldRule ShelfLife = new("shelf_life", FieldType.Text, Translatable: true);
    public static readonly FieldRule Ingredients = new("ingredients", FieldType.Text, Translatable: true);
    public static readonly FieldRule PhotoAlts = new("photo_alts", FieldType.TextList, Translatable: true);

    public static readonly FieldRule Group = new("group", FieldType.Choice, Required: true, What: "nhóm sản phẩm OCOP");
    public static readonly FieldRule Producer = new("producer", FieldType.Reference, Required: true, What: "chủ thể sản xuất");
    public static readonly FieldRule Certificate = new("certificate", FieldType.Reference);
    public static readonly FieldRule Village = new("village", FieldType.Text);
    public static readonly FieldRule Price = new("price", FieldType.Integer, Example: "80000", Min: 0, Max: 1_000_000_000);
    public static readonly FieldRule Added = new("added", FieldType.Date);
    public static readonly FieldRule Tags = new("tags", FieldType.TextList);

    /// <summary>Photos are a list of files of the bundle, read by <see cref="DocumentKind{TDocument,TText}"/>; the form does not write them.</summary>
    public const string Photos = "photos";

    /// <summary>The mapping holding <see cref="Buy"/>'s fields.</summary>
    public const string BuyKey = "buy";

    public static readonly FieldRule Postmart = new("postmart", FieldType.MarketplaceLink);
    public static readonly FieldRule Voso = new("voso", FieldType.MarketplaceLink);
    public static readonly FieldRule Phone = new("phone", FieldType.Phone);
    public static readonly FieldRule Zalo = new("zalo", FieldType.Phone);
    public static readonly FieldRule Shops = new("shops", FieldType.TextList);

    /// <summary>The top-level fields, in the order a written file lists them.</summary>
    public static IReadOnlyList<FieldRule> Top { get; } = [Name, Group, Producer, Certificate, Village, Price, Unit, Summary, Packaging, ShelfLife, Ingredients, PhotoAlts, Added, Tags];

    /// <summary>The fields of <c>buy:</c>.</summary>
    public static IReadOnlyList<FieldRule> Buy { get; } = [Postmart, Voso, Phone, Zalo, Shops];

    /// <summary>
    /// What a product that is not a draft is published with: a price (OCOP029) and somewhere to buy it, any one of
    /// <see cref="Buy"/> (OCOP032); and, a warning, a photo (OCOP033). The staff form writes no draft, so its schema
    /// requires the same.
    /// </summary>
    public static IReadOnlyList<PublishRule> ToPublish { get; } =
    [
        new(Price.Key, DiagnosticCatalogue.ProductWithoutPrice),
        new(BuyKey, DiagnosticCatalogue.ProductWithoutWayToBuy, AnyOf: Buy),
        new(Photos, DiagnosticCatalogue.ProductWithoutPhoto),
    ];

    /// <summary>Fields that go together: a price means nothing without the unit it is for.</summary>
    public static IReadOnlyList<(FieldRule Field, FieldRule Requires)> RequiredTogether { get; } = [(Price, Unit)];
}
