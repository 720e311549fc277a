using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>The site-wide values of one language: title, navigation, contact. Built once per language.</summary>
public static class SiteViewBuilder
{
    public static SiteView Build(SiteModel site, UiStrings strings, Language language, Assets.ThemeAssets assets)
    {
        string T(string key) => strings.Get(language.Code, key);
        var text = site.Site.Text.In(language.Code);
        var nav = new List<LinkView>
        {
            new(T("nav.products"), SiteUrls.ProductCatalogue(language)),
            new(T("nav.tourism"), SiteUrls.TourismList(language)),
            new(T("nav.producers"), SiteUrls.ProducerList(language)),
            new(T("nav.certificates"), SiteUrls.CertificateRegister(language)),
            new(T("nav.news"), SiteUrls.NewsList(language)),
            new(T("nav.events"), Kinds.Events.EventUrls.List(language)),
        };
        var footer = site.Content.Pages
            .OrderBy(p => p.MenuOrder)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new LinkView(p.Text.In(language.Code).Title, SiteUrls.StaticPage(language, p.Slug)))
            .ToList();
        nav.AddRange(site.Content.Pages.Where(p => p.InMenu).OrderBy(p => p.MenuOrder)
            .Select(p => new LinkView(p.Text.In(language.Code).Title, SiteUrls.StaticPage(language, p.Slug))));
        var contact = site.Site.Contact;
        return new SiteView(
            text.Title,
            text.Tagline,
            text.Description,
            text.Intro,
            site.Site.Commune,
            site.Site.District,
            site.Site.Province,
            site.Site.Demo,
            SiteUrls.Home(language),
            SiteUrls.Search(language),
            assets.Stylesheet,
            assets.Icon,
            assets.StaffScript,
            assets.GalleryScript,
            assets.VisitorScript,
            SiteUrls.Saved(language),
            SiteUrls.ServiceWorker,
            SiteUrls.Feed(language),
            contact.Phone?.Display,
            contact.Phone is { } phone ? "tel:" + phone.E164 : null,
            contact.Email,
            contact.Address,
            nav,
            footer,
            site.Today.Year);
    }
}
