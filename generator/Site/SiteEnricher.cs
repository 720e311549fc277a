using System.Globalization;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;

namespace OcopShowcase.Site;

/// <summary>
/// The Site stage's entry point. Needs every document at once: resolves producer and certificate references,
/// computes certificate states on the build date, lists every page in every language and checks that no two
/// pages share an address.
/// </summary>
public static class SiteEnricher
{
    /// <summary>
    /// Checks every document, drafts included, then models what is published: without drafts for <c>build</c>, with
    /// them when <paramref name="withDrafts"/> (<c>serve</c> and <c>check</c> show a draft as it would look).
    /// </summary>
    public static SiteModel Enrich(ContentSet content, DateOnly today, DiagnosticBag diagnostics, bool withDrafts = false)
    {
        var languages = content.Site.Languages.Select((code, i) => new Language(code, i == 0)).ToList();
        // The cross-reference checks only report: they run on a core of their own while the site is made (at 20,000
        // products, about 100 ms of each serve rebuild's CPU on either side).
        var checks = Task.Run(() =>
        {
            foreach (var kind in ContentKinds.All)
            {
                kind.CheckReferences(content, diagnostics);
            }

            CertificateCoverage.Check(content, diagnostics);
        });
        var published = withDrafts ? content : content.WithoutDrafts();
        ReportCertificateStates(published, today, diagnostics);
        var facts = new SiteFacts(published, today);
        var pages = languages.SelectMany(language => PagesIn(facts, language)).ToList();
        CheckUniqueUrls(pages, diagnostics);
        // A check that throws throws here, as it did before it ran beside the rest.
        checks.GetAwaiter().GetResult();
        return new SiteModel(facts, languages, pages);
    }

    /// <summary>The home page, every kind's pages in the registry's order, then the site's own pages.</summary>
    private static IEnumerable<SitePage> PagesIn(SiteFacts facts, Language language)
    {
        yield return new SitePage(PageKey.Site("home"), language, SiteUrls.Home(language), new HomeSubject(), "site.yml");
        foreach (var page in ContentKinds.All.SelectMany(kind => kind.Pages(facts, language)))
        {
            yield return page;
        }

        yield return new SitePage(PageKey.Site("search"), language, SiteUrls.Search(language), new SearchSubject(), null);
        yield return new SitePage(PageKey.Site("saved"), language, SiteUrls.Saved(language), new SavedSubject(), null);
        yield return new SitePage(PageKey.Site("offline"), language, SiteUrls.Offline(language), new OfflineSubject(), null);
        yield return new SitePage(PageKey.Site("staff"), language, SiteUrls.Staff(language), new StaffSubject(), null);
        yield return new SitePage(PageKey.Site("product-form"), language, SiteUrls.ProductForm(language), new ProductFormSubject(), null);
        if (facts.Content.Site.Posters.Enabled)
        {
            yield return new SitePage(PageKey.Site("posters"), language, SiteUrls.Posters(language), new PostersSubject(), null);
        }

        if (language.IsDefault)
        {
            // GitHub Pages serves one 404.html for every missing address, so it is written once and speaks every language.
            yield return new SitePage(PageKey.Site("404"), language, SiteUrls.NotFound, new NotFoundSubject(), null);
        }
    }

    private static void ReportCertificateStates(ContentSet content, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var certificate in content.Certificates)
        {
            var at = new SourceSpan(certificate.SourcePath, 1, 1);
            var until = certificate.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            switch (certificate.StateOn(today, content.Rules))
            {
                case CertificateState.Expired:
                    diagnostics.Add(DiagnosticCatalogue.CertificateExpired, at, certificate.DecisionNumber, until);
                    break;
                case CertificateState.ExpiringSoon:
                    var days = (certificate.ValidUntil.DayNumber - today.DayNumber).ToString(CultureInfo.InvariantCulture);
                    diagnostics.Add(DiagnosticCatalogue.CertificateExpiringSoon, at, certificate.DecisionNumber, until, days);
                    break;
            }
        }
    }

    /// <summary>Two pages at one address (two documents whose slugs fold alike), found before anything renders;
    /// files against pages and everything else published are checked over the whole plan (Output/SitePlan).</summary>
    private static void CheckUniqueUrls(IEnumerable<SitePage> pages, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SitePage>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (seen.TryGetValue(page.Url, out var first))
            {
                var at = SourceSpan.StartOf(page.SourcePath ?? first.SourcePath ?? "content");
                diagnostics.Add(DiagnosticCatalogue.DuplicateOutputPath, at, page.SourcePath ?? page.Url, first.SourcePath ?? first.Url);
                continue;
            }

            seen[page.Url] = page;
        }
    }
}
