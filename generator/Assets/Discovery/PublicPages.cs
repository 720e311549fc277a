using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>The pages search engines may index: everything but staff pages and the not-found page.</summary>
public static class PublicPages
{
    public static bool IsPublic(SitePage page) => !IsForStaff(page) && page.Subject is not (NotFoundSubject or SearchSubject or SavedSubject or OfflineSubject);

    /// <summary>The pages for commune staff: they show edit links to everyone; other pages only in staff mode.</summary>
    public static bool IsForStaff(SitePage page) => page.Subject is StaffSubject or ProductFormSubject or PostersSubject;

    public static IEnumerable<SitePage> Of(SiteModel site) => site.Pages.Where(IsPublic);

    /// <summary>
    /// The date a page's content last changed, as far as the content says (never the file time, which differs per
    /// clone). Returns a function so the site-wide dates that list pages share are computed once, not once per page of
    /// a paginated list.
    /// </summary>
    public static Func<SitePage, DateOnly?> LastModified(SiteModel site)
    {
        var news = new Lazy<DateOnly?>(() => site.Content.News.Select(n => (DateOnly?)n.Date).Max());
        var certificates = new Lazy<DateOnly?>(() => site.Content.Certificates.Select(c => (DateOnly?)c.IssuedOn).Max());
        var products = new Lazy<DateOnly?>(() => site.Content.Products.Select(p => Latest(p.Added, site.CertificateOf(p.Certificate)?.IssuedOn)).Max());
        return page => page.Subject switch
        {
            ProductSubject { Product: var p } => Latest(p.Added, site.CertificateOf(p.Certificate)?.IssuedOn),
            TourismSubject { Listing: var l } => site.CertificateOf(l.Certificate)?.IssuedOn,
            CertificateSubject { Certificate: var c } => c.IssuedOn,
            NewsSubject { Post: var n } => n.Date,
            NewsListSubject => news.Value,
            CertificateRegisterSubject => certificates.Value,
            ProductCatalogueSubject or HomeSubject => products.Value,
            _ => null,
        };
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
