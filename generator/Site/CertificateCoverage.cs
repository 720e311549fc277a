using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Site;

/// <summary>
/// A certificate vouches only for what its decision names: a product or tourism listing shows a certificate's stars
/// when it names the certificate and the certificate lists it under <c>products</c>, both. One rule for both kinds: the
/// list names either by slug. Drafts count, so a product can be prepared while its decision is entered.
/// </summary>
public static class CertificateCoverage
{
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var certificates = content.Certificates.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var holders = content.Products.Select(p => (p.Slug, p.Certificate))
            .Concat(content.Tourism.Select(t => (t.Slug, t.Certificate)))
            .ToList();

        foreach (var (slug, reference) in holders)
        {
            if (reference is not null && certificates.TryGetValue(reference.Slug, out var certificate) && !certificate.Covers.Any(c => c.Slug == slug))
            {
                diagnostics.Add(DiagnosticCatalogue.NotListedByCertificate, reference.At, certificate.Slug, slug);
            }
        }

        var bySlug = holders.ToLookup(h => h.Slug, StringComparer.Ordinal);
        var known = bySlug.Select(g => g.Key).ToList();
        foreach (var certificate in content.Certificates)
        {
            foreach (var item in certificate.Covers)
            {
                var named = bySlug[item.Slug].ToList();
                if (named.Count == 0)
                {
                    if (!content.UnreadableDocuments.Contains(new DocumentId(SiteUrls.Products, item.Slug)) && !content.UnreadableDocuments.Contains(new DocumentId(SiteUrls.Tourism, item.Slug)))
                    {
                        diagnostics.AddWithSuggestion(DiagnosticCatalogue.CertificateListsUnknown, item.At, ClosestMatch.Find(item.Slug, known), item.Slug);
                    }
                }
                // A product naming a certificate that does not exist has that error (OCOP101) to fix first.
                else if (!named.Any(h => h.Certificate?.Slug == certificate.Slug) && named.All(h => h.Certificate is null || certificates.ContainsKey(h.Certificate.Slug)))
                {
                    diagnostics.Add(DiagnosticCatalogue.CertificateListsOtherProduct, item.At, item.Slug);
                }
            }
        }
    }
}
