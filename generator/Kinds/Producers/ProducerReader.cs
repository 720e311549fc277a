using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Producers;

/// <summary>Reads <c>content/chu-the/&lt;slug&gt;.md</c>.</summary>
public sealed class ProducerReader(SiteConfig site) : DocumentKind<Producer, ProducerText>
{
    private static readonly IReadOnlyDictionary<string, LegalForm> LegalForms = new Dictionary<string, LegalForm>
    {
        ["hop-tac-xa"] = LegalForm.Cooperative,
        ["to-hop-tac"] = LegalForm.CooperativeGroup,
        ["doanh-nghiep"] = LegalForm.Enterprise,
        ["ho-kinh-doanh"] = LegalForm.HouseholdBusiness,
    };

    public override string Section => SiteUrls.Producers;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("name", "summary", "photo_alts");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("legal_form", "village", "registration_number", "representative", "founded", "contact", "photos", "location");

    protected override ProducerText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, ProducerText? original)
    {
        var name = Required(fields, "name", "tên chủ thể", original?.Name);
        var summary = Required(fields, "summary", "giới thiệu ngắn", original?.Summary);
        return name is null || summary is null ? null : new ProducerText(name, summary, BodyOr(body, original?.Body), sourcePath);
    }

    protected override Producer? Read(FieldReader fields, DocumentSource source, Localized<ProducerText> text)
    {
        var form = fields.Choice("legal_form", LegalForms, required: true, "loại hình: hop-tac-xa, to-hop-tac, doanh-nghiep, ho-kinh-doanh");
        var founded = fields.Integer("founded", 1900, 2100, "2015");
        var contact = ContactReader.Read(fields.Child("contact"));
        var photos = Photos(fields, source);
        var village = Village(fields, site);
        return form is null
            ? null
            : new Producer(source.Slug, source.Original.RelativePath, form.Value, village, fields.Text("registration_number"), fields.Text("representative"), founded, contact, photos, text) { Location = ReadLocation(fields.Child("location")) };
    }
}
