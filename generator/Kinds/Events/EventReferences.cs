using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Checks what an event names against what the site publishes: its organiser when written as a producer's slug
/// (OCOP127), its products (OCOP126) and tourism listings (OCOP129), each at the line it is written on, with the closest
/// slug suggested. A name that is a draft's is OCOP118, as for every other kind.
/// </summary>
public static class EventReferences
{
    /// <param name="published">Slugs of published documents, per section ("chu-the", "san-pham", "du-lich").</param>
    /// <param name="drafts">"section/slug" of every draft.</param>
    /// <param name="unreadable">"section/slug" of documents whose own errors kept them out: already reported, not again as unknown.</param>
    public static void Check(Event e, IReadOnlyDictionary<string, IReadOnlySet<string>> published, IReadOnlySet<string> drafts, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        if (e.Organiser is EventOrganiser.Producer { Slug: var producer })
        {
            One(producer, SiteUrls.Producers, DiagnosticCatalogue.EventUnknownOrganiser);
        }

        foreach (var product in e.Products)
        {
            One(product, SiteUrls.Products, DiagnosticCatalogue.EventUnknownProduct);
        }

        foreach (var listing in e.Listings)
        {
            One(listing, SiteUrls.Tourism, DiagnosticCatalogue.EventUnknownListing);
        }

        void One(Reference reference, string section, DiagnosticDescriptor unknown)
        {
            if (unreadable.Contains($"{section}/{reference.Slug}"))
            {
                return;
            }

            if (drafts.Contains($"{section}/{reference.Slug}"))
            {
                diagnostics.Add(DiagnosticCatalogue.ReferencesDraft, reference.At, reference.Slug);
            }
            else if (!published.TryGetValue(section, out var slugs) || !slugs.Contains(reference.Slug))
            {
                diagnostics.AddWithSuggestion(unknown, reference.At, ClosestMatch.Find(reference.Slug, slugs ?? new HashSet<string>()), reference.Slug);
            }
        }
    }
}
