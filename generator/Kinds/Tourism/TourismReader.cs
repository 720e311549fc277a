using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Tourism;

/// <summary>Reads <c>content/du-lich/&lt;slug&gt;/index.md</c>.</summary>
public sealed class TourismReader(SiteConfig site) : DocumentKind<TourismListing, TourismText>
{
    private static readonly IReadOnlyDictionary<string, Content.Model.TourismKind> Kinds = new Dictionary<string, Content.Model.TourismKind>
    {
        ["du-lich-cong-dong"] = Content.Model.TourismKind.CommunityTourism,
        ["du-lich-sinh-thai"] = Content.Model.TourismKind.EcoTourism,
        ["diem-du-lich"] = Content.Model.TourismKind.TouristSpot,
        ["homestay"] = Content.Model.TourismKind.Homestay,
    };

    public override string Section => SiteUrls.Tourism;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("name", "summary", "opening_hours", "season", "prices", "photo_alts");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("kind", "producer", "certificate", "village", "location", "contact", "photos", "headline_price");

    protected override TourismText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, TourismText? original)
    {
        var name = Required(fields, "name", "tên điểm du lịch", original?.Name);
        var summary = Required(fields, "summary", "mô tả ngắn", original?.Summary);
        var prices = fields.TextList("prices");
        var text = new TourismText(
            name ?? "",
            summary ?? "",
            fields.Text("opening_hours") ?? original?.OpeningHours,
            fields.Text("season") ?? original?.Season,
            prices.Count > 0 ? prices : original?.Prices ?? [],
            PhotoAlts(fields, original?.PhotoAlts),
            BodyOr(body, original?.Body),
            sourcePath);
        return name is null || summary is null ? null : text;
    }

    protected override TourismListing? Read(FieldReader fields, DocumentSource source, Localized<TourismText> text)
    {
        var kind = fields.Choice("kind", Kinds, required: true, "loại hình: du-lich-cong-dong, du-lich-sinh-thai, diem-du-lich, homestay");
        var location = ReadLocation(fields.Child("location"));
        var headlinePrice = fields.Integer("headline_price", 0, 1_000_000_000, "200000");
        var contact = ContactReader.Read(fields.Child("contact"));
        var photos = Photos(fields, source);
        var village = Village(fields, site);
        return kind is null
            ? null
            : new TourismListing(source.Slug, source.Original.RelativePath, kind.Value, ReferenceTo(fields, "producer"), ReferenceTo(fields, "certificate"), village, location, contact, photos, text) { HeadlinePriceVnd = headlinePrice };
    }
}
