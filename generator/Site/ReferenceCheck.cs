using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Site;

/// <summary>
/// The check every kind that names a producer or a certificate shares: the slug must be a document of the content
/// (drafts included), else an error with the closest slug. A document that exists but could not be read is not
/// reported a second time.
/// </summary>
public sealed class ReferenceCheck(ContentSet content, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _producers = content.Producers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _certificates = content.Certificates.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);

    public void Producer(Reference? reference) => Check(reference, _producers, SiteUrls.Producers, DiagnosticCatalogue.UnknownProducer);

    public void Certificate(Reference? reference) => Check(reference, _certificates, SiteUrls.Certificates, DiagnosticCatalogue.UnknownCertificate);

    private void Check(Reference? reference, HashSet<string> known, string section, DiagnosticDescriptor unknown)
    {
        if (reference is not null && !known.Contains(reference.Slug) && !content.UnreadableDocuments.Contains(new DocumentId(section, reference.Slug)))
        {
            diagnostics.AddWithSuggestion(unknown, reference.At, ClosestMatch.Find(reference.Slug, known), reference.Slug);
        }
    }
}
