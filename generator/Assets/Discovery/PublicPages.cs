using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>The pages search engines may index: everything but staff pages and the not-found page.</summary>
public static class PublicPages
{
    public static bool IsPublic(SitePage page) => page.Subject is not (StaffSubject or PostersSubject or NotFoundSubject or SearchSubject);

    public static IEnumerable<SitePage> Of(SiteModel site) => site.Pages.Where(IsPublic);

    /// <summary>The date a page's content last changed, as far as the content says (never the file time, which differs per clone).</summary>
    public static DateOnly? LastModified(SiteModel site, SitePage page) => page.Subject switch
    {
        ProductSubject { Product: var p } => Latest(p.Added, site.CertificateOf(p.Certificate)?.IssuedOn),
        TourismSubject { Listing: var l } => site.CertificateOf(l.Certificate)?.IssuedOn,
        CertificateSubject { Certificate: var c } => c.IssuedOn,
        NewsSubject { Post: var n } => n.Date,
        NewsListSubject => site.Content.News.Select(n => (DateOnly?)n.Date).Max(),
        CertificateRegisterSubject => site.Content.Certificates.Select(c => (DateOnly?)c.IssuedOn).Max(),
        ProductCatalogueSubject or HomeSubject => site.Content.Products.Select(p => Latest(p.Added, site.CertificateOf(p.Certificate)?.IssuedOn)).Max(),
        _ => null,
    };

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
