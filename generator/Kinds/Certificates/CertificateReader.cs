using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Kinds.Certificates;

/// <summary>
/// Reads <c>content/chung-nhan/&lt;slug&gt;.md</c>. The validity default and the score bands come from the rule set in
/// force on the issue date; the checks against them need every certificate, so they run in the Site stage.
/// </summary>
public sealed class CertificateReader(RatingRules rules) : DocumentKind<Certificate, CertificateText>
{
    private static readonly IReadOnlyDictionary<string, CouncilLevel> Levels = new Dictionary<string, CouncilLevel>
    {
        ["huyen"] = CouncilLevel.District,
        ["tinh"] = CouncilLevel.Province,
        ["trung-uong"] = CouncilLevel.Central,
    };

    public override string Section => SiteUrls.Certificates;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("note");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("decision", "issued_on", "issuing_body", "level", "stars", "score", "valid_until", "scan", "products");

    protected override CertificateText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, CertificateText? original)
        => new(fields.Text("note") ?? original?.Note, BodyOr(body, original?.Body), sourcePath);

    protected override Certificate? Read(FieldReader fields, DocumentSource source, Localized<CertificateText> text)
    {
        var decision = fields.Text("decision", required: true, "số quyết định, ví dụ 1114/QĐ-UBND");
        var issuedOn = fields.Date("issued_on", required: true, "ngày ký quyết định");
        var body = fields.Text("issuing_body", required: true, "cơ quan ban hành, ghi đúng như trên quyết định");
        var level = fields.Choice("level", Levels, required: true, "cấp đánh giá: huyen, tinh, trung-uong");
        var stars = fields.Integer("stars", StarRating.Min, StarRating.Max, "4", required: true, "số sao 3 đến 5");
        var score = fields.Integer("score", 0, 100, "75");
        var validUntil = fields.Date("valid_until");
        var covers = fields.TextListAt("products").Select(item => new Reference(item.Value, item.At)).ToList();
        if (covers.Count == 0 && !fields.Has("products"))
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.MissingField, fields.Start, "products", "các sản phẩm quyết định công nhận, ví dụ [che-lam-cam-tan]");
        }
        else if (covers.Count == 0)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.EmptyValue, fields.At("products"), "products");
        }

        var scan = fields.Text("scan") is { } scanName ? source.ResolveFile(scanName, fields.At("scan"), fields.Diagnostics, BundleFileUse.PhotoOrDocument) : null;
        if (decision is null || issuedOn is null || body is null || level is null || stars is null)
        {
            return null;
        }

        var ruleSet = rules.InForceOn(issuedOn.Value);
        if (ruleSet is null)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.NoRulesForDate, fields.At("issued_on"), issuedOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        // Cannot leave the calendar: the issue date is at most 2100-12-31 (ContentLimits.MaxYear) and the validity at
        // most 120 months (rating-rules.yml).
        var until = validUntil ?? issuedOn.Value.AddMonths(ruleSet.ValidityMonths);
        if (until < issuedOn.Value)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.ValidUntilBeforeIssue, fields.At("valid_until"), Iso(until), Iso(issuedOn.Value));
            return null;
        }

        if (score is not null && ruleSet.StarsForScore(score.Value) is { } expected && expected != stars.Value)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.StarsScoreMismatch, fields.At("score"), Num(score.Value), Num(expected), ruleSet.Decision, Num(stars.Value));
        }

        return new Certificate(source.Slug, source.Original.RelativePath, decision, issuedOn.Value, body, level.Value, new StarRating(stars.Value), score, until, scan, text, covers);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
