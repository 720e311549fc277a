using System.Globalization;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

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
        CheckReferences(content, diagnostics);
        CertificateCoverage.Check(content, diagnostics);
        DraftReferences.Check(content, diagnostics);
        var published = withDrafts ? content : content.WithoutDrafts();
        ReportCertificateStates(published, today, diagnostics);
        var pages = languages.SelectMany(language => PagesIn(published, today, language)).ToList();
        CheckUniqueUrls(pages, diagnostics);
        return new SiteModel(published, today, languages, pages);
    }

    /// <summary>Every page of a list that is split into pages; page 1 keeps the list's own key and address.</summary>
    private static IEnumerable<SitePage> Paged(string key, Language language, string url, int items, int perPage, Func<Paging, PageSubject> subject)
    {
        var count = Paging.CountFor(items, perPage);
        for (var number = 1; number <= count; number++)
        {
            yield return new SitePage(number == 1 ? key : $"{key}/page/{number}", language, SiteUrls.Paged(url, number), subject(new Paging(number, count)), null);
        }
    }

    private static IEnumerable<SitePage> PagesIn(ContentSet content, DateOnly today, Language language)
    {
        var certificates = content.Certificates.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        int? Stars(Product product)
            => product.Certificate is { } reference && certificates.TryGetValue(reference.Slug, out var certificate)
                ? certificate.DisplayedStarsOn(today, content.Rules)?.Stars
                : null;

        yield return new SitePage("home", language, SiteUrls.Home(language), new HomeSubject(), "site.yml");
        foreach (var page in Paged("products", language, SiteUrls.ProductCatalogue(language), content.Products.Count, Paging.ProductsPerPage, paging => new ProductCatalogueSubject(null, null, paging)))
        {
            yield return page;
        }

        foreach (var group in ProductGroups.InOrder.Where(g => content.Products.Any(p => p.Group == g)))
        {
            foreach (var page in Paged($"products/group/{group.Key()}", language, SiteUrls.ProductGroupPage(language, group), content.Products.Count(p => p.Group == group), Paging.ProductsPerPage, paging => new ProductCatalogueSubject(group, null, paging)))
            {
                yield return page;
            }
        }

        // Only ratings some product holds get a page: a "5 sao" link that leads to "0 sản phẩm" is a dead end.
        for (var stars = StarRating.Min; stars <= StarRating.Max; stars++)
        {
            var rated = stars;
            var count = content.Products.Count(p => Stars(p) == rated);
            if (count == 0)
            {
                continue;
            }

            foreach (var page in Paged($"products/stars/{stars}", language, SiteUrls.ProductStarsPage(language, stars), count, Paging.ProductsPerPage, paging => new ProductCatalogueSubject(null, rated, paging)))
            {
                yield return page;
            }
        }

        foreach (var product in content.Products)
        {
            yield return new SitePage($"product/{product.Slug}", language, SiteUrls.Product(language, product.Slug), new ProductSubject(product), product.Text.In(language.Code).SourcePath);
        }

        foreach (var page in Paged("producers", language, SiteUrls.ProducerList(language), content.Producers.Count, Paging.RowsPerPage, paging => new ProducerListSubject(paging)))
        {
            yield return page;
        }

        foreach (var producer in content.Producers)
        {
            yield return new SitePage($"producer/{producer.Slug}", language, SiteUrls.Producer(language, producer.Slug), new ProducerSubject(producer), producer.Text.In(language.Code).SourcePath);
        }

        foreach (var page in Paged("certificates", language, SiteUrls.CertificateRegister(language), content.Certificates.Count, Paging.RowsPerPage, paging => new CertificateRegisterSubject(paging)))
        {
            yield return page;
        }

        foreach (var certificate in content.Certificates)
        {
            yield return new SitePage($"certificate/{certificate.Slug}", language, SiteUrls.Certificate(language, certificate.Slug), new CertificateSubject(certificate), certificate.Text.In(language.Code).SourcePath);
        }

        yield return new SitePage("tourism", language, SiteUrls.TourismList(language), new TourismListSubject(), null);
        foreach (var listing in content.Tourism)
        {
            yield return new SitePage($"tourism/{listing.Slug}", language, SiteUrls.TourismListing(language, listing.Slug), new TourismSubject(listing), listing.Text.In(language.Code).SourcePath);
        }

        yield return new SitePage("news", language, SiteUrls.NewsList(language), new NewsListSubject(), null);
        foreach (var post in content.News.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal))
        {
            yield return new SitePage($"news/{post.Slug}", language, SiteUrls.NewsPost(language, post.Slug), new NewsSubject(post), post.Text.In(language.Code).SourcePath);
        }

        foreach (var page in content.Pages)
        {
            yield return new SitePage($"page/{page.Slug}", language, SiteUrls.StaticPage(language, page.Slug), new StaticPageSubject(page), page.Text.In(language.Code).SourcePath);
        }

        yield return new SitePage("search", language, SiteUrls.Search(language), new SearchSubject(), null);
        yield return new SitePage("saved", language, SiteUrls.Saved(language), new SavedSubject(), null);
        yield return new SitePage("offline", language, SiteUrls.Offline(language), new OfflineSubject(), null);
        yield return new SitePage("staff", language, SiteUrls.Staff(language), new StaffSubject(), null);
        yield return new SitePage("product-form", language, SiteUrls.ProductForm(language), new ProductFormSubject(), null);
        if (content.Site.Posters.Enabled)
        {
            yield return new SitePage("posters", language, SiteUrls.Posters(language), new PostersSubject(), null);
        }

        if (language.IsDefault)
        {
            // GitHub Pages serves one 404.html for every missing address, so it is written once and speaks every language.
            yield return new SitePage("404", language, SiteUrls.NotFound, new NotFoundSubject(), null);
        }
    }

    private static void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
        var producers = content.Producers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var certificates = content.Certificates.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);

        void Check(Reference? reference, HashSet<string> known, DiagnosticDescriptor descriptor)
        {
            var section = descriptor == DiagnosticCatalogue.UnknownProducer ? "chu-the" : "chung-nhan";
            if (reference is not null && !known.Contains(reference.Slug) && !content.UnreadableDocuments.Contains($"{section}/{reference.Slug}"))
            {
                diagnostics.AddWithSuggestion(descriptor, reference.At, ClosestMatch.Find(reference.Slug, known), reference.Slug);
            }
        }

        foreach (var product in content.Products)
        {
            Check(product.Producer, producers, DiagnosticCatalogue.UnknownProducer);
            Check(product.Certificate, certificates, DiagnosticCatalogue.UnknownCertificate);
        }

        foreach (var listing in content.Tourism)
        {
            Check(listing.Producer, producers, DiagnosticCatalogue.UnknownProducer);
            Check(listing.Certificate, certificates, DiagnosticCatalogue.UnknownCertificate);
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
