using OcopShowcase.Kinds;
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
    /// clone): what its kind says, and for the home page the catalogue's. The site-wide dates list pages share are
    /// computed once, in <see cref="SiteFacts"/>.
    /// </summary>
    public static DateOnly? LastModified(SiteModel site, SitePage page) => page.Subject switch
    {
        KindSubject subject => subject.Kind.LastModified(subject, site.Facts),
        HomeSubject => site.Facts.LatestProductChange,
        _ => null,
    };
}
