using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Site;

/// <summary>
/// The check every kind that names a producer or a certificate shares. The slug must be a document of the content
/// (drafts included), else an error with the closest slug; a document that exists but could not be read is not
/// reported a second time. And a published document must not lean on a draft (OCOP118): <c>build</c> leaves drafts
/// out, so a product whose producer or certificate is a draft would show a producer or stars nobody has confirmed.
/// Drafts may name drafts.
/// </summary>
public sealed class ReferenceCheck(ContentSet content, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _producers = content.Producers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _certificates = content.Certificates.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);

    /// <param name="from">The document that names it: its section and slug, to know whether it is a draft.</param>
    public void Producer(DocumentId from, Reference? reference) => Check(from, reference, _producers, SiteUrls.Producers, DiagnosticCatalogue.UnknownProducer);

    public void Certificate(DocumentId from, Reference? reference) => Check(from, reference, _certificates, SiteUrls.Certificates, DiagnosticCatalogue.UnknownCertificate);

    private void Check(DocumentId from, Reference? reference, HashSet<string> known, string section, DiagnosticDescriptor unknown)
    {
        if (reference is null)
        {
            return;
        }

        if (!known.Contains(reference.Slug))
        {
            if (!content.UnreadableDocuments.Contains(new DocumentId(section, reference.Slug)))
            {
                diagnostics.AddWithSuggestion(unknown, reference.At, ClosestMatch.Find(reference.Slug, known), reference.Slug);
            }
        }
        else if (content.Drafts.Contains(section, reference.Slug) && !content.Drafts.Documents.Contains(from))
        {
            diagnostics.Add(DiagnosticCatalogue.ReferencesDraft, reference.At, reference.Slug);
        }
    }
}
