using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Site;

/// <summary>
/// A published page must not lean on a draft: <c>build</c> leaves drafts out, so a product whose producer or
/// certificate is a draft would show a producer or stars nobody has confirmed. Drafts may refer to drafts.
/// </summary>
public static class DraftReferences
{
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var drafts = content.Drafts;
        if (drafts.Documents.Count == 0)
        {
            return;
        }

        void Check(string section, string slug, Reference? producer, Reference? certificate)
        {
            if (drafts.Contains(section, slug))
            {
                return;
            }

            if (producer is not null && drafts.Contains(SiteUrls.Producers, producer.Slug))
            {
                diagnostics.Add(DiagnosticCatalogue.ReferencesDraft, producer.At, producer.Slug);
            }

            if (certificate is not null && drafts.Contains(SiteUrls.Certificates, certificate.Slug))
            {
                diagnostics.Add(DiagnosticCatalogue.ReferencesDraft, certificate.At, certificate.Slug);
            }
        }

        foreach (var product in content.Products)
        {
            Check(SiteUrls.Products, product.Slug, product.Producer, product.Certificate);
        }

        foreach (var listing in content.Tourism)
        {
            Check(SiteUrls.Tourism, listing.Slug, listing.Producer, listing.Certificate);
        }
    }
}
