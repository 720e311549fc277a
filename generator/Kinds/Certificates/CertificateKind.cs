using System.Text.Json.Nodes;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Certificates;

/// <summary>
/// Star certificates (decisions as written on paper): <c>content/chung-nhan/&lt;slug&gt;.md</c>, the register and a
/// page each (<c>certificate.html</c>). Their states on the build date are in <see cref="SiteFacts"/>.
/// </summary>
public sealed class CertificateKind : ContentKind<Certificate>
{
    public override string Section => SiteUrls.Certificates;

    public override string Name => "certificate";

    public override string? MenuKey => "nav.certificates";

    /// <summary>A certificate is copied from a signed decision by the OCOP officer, not started from a scaffold.</summary>
    public override Scaffold? Scaffold => null;

    public override string Url(Language language, string slug) => SiteUrls.Certificate(language, slug);

    public override IDocumentReader<Certificate> Reader(SiteConfig site, RatingRules rules) => new CertificateReader(rules);

    public override string SourceIn(Certificate document, Language language) => document.Text.In(language.Code).SourcePath;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
        => Paging.Pages(PageKey.List(Name, "certificates"), language, SiteUrls.CertificateRegister(language), site.Content.Certificates.Count, Paging.RowsPerPage, paging => new ListSubject(this, paging));

    protected override PageParts View(Certificate certificate, PageContext page)
    {
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var text = certificate.Text.In(language.Code);
        var row = cards.CertificateRow(certificate);
        var rules = site.Rules.InForceOn(certificate.IssuedOn);
        var model = new CertificatePageModel(row, text.Note, page.Body(text.Body, lead: null),
            certificate.Scan is { } scan ? SiteUrls.ContentFile(scan.ContentPath) : null, rules is null ? "" : cards.Gloss(rules.Decision), cards.TextLang(certificate.Text));
        return new PageParts
        {
            Layout = "certificate",
            Title = page.T("certificate.title", certificate.DecisionNumber),
            Description = page.T("certificate.description", certificate.DecisionNumber, certificate.Stars.Stars),
            Section = "certificates",
            Crumbs = page.Crumbs(new LinkView(page.T("certificates.title"), SiteUrls.CertificateRegister(language))),
            Model = model,
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page)
    {
        var site = page.Site;
        return new PageParts
        {
            Layout = "certificate-list",
            Title = page.Paged(page.T("certificates.title"), list.Paging),
            Description = page.T("certificates.intro"),
            Section = "certificates",
            Crumbs = page.Crumbs(),
            Model = new CertificateRegisterModel(list.Paging.Slice(site.Facts.CertificatesNewestFirst, Paging.RowsPerPage).Select(page.Cards.CertificateRow).ToList(),
                site.Rules.InForceOn(site.Today)?.ValidityMonths ?? 36, page.Pagination(list.Paging, SiteUrls.CertificateRegister(page.Language))),
        };
    }

    /// <summary>A certificate is described where it counts, as the <c>hasCertification</c> of what it certifies.</summary>
    protected override JsonNode? StructuredData(Certificate certificate, LinkedDataPage page) => null;

    protected override DateOnly? LastModified(Certificate certificate, SiteFacts site) => certificate.IssuedOn;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => site.LatestCertificate;

    /// <summary>Visitors search for products, not decision numbers; the register lists them.</summary>
    protected override SearchDocument? Search(Certificate certificate, SearchContext search) => null;

    protected override FeedEntry? FeedEntry(Certificate certificate, Language language, UiStrings strings) => null;

    protected override SocialCard? ShareCard(Certificate certificate, ShareCardContext cards) => null;

    protected override Poster? Poster(Certificate certificate, PosterContext posters) => null;

    /// <summary>What a certificate covers is checked against both sides in Site/CertificateCoverage.</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}
