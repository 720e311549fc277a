using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>
/// A star-rating decision as written on paper. The issuing body is stored as written, never derived from the level
/// or the stars, because which council recognises which stars changed in 2023 and again in 2025.
/// <see cref="Covers"/> names, by slug, the products and tourism listings the decision's annex recognises: a page
/// shows the certificate's stars only when both sides agree (<c>Site/CertificateCoverage</c>).
/// </summary>
[MemoryPackable]
public sealed partial record Certificate(
    string Slug,
    string SourcePath,
    string DecisionNumber,
    DateOnly IssuedOn,
    string IssuingBody,
    CouncilLevel Level,
    StarRating Stars,
    int? Score,
    DateOnly ValidUntil,
    BundleFile? Scan,
    Localized<CertificateText> Text,
    IReadOnlyList<Reference> Covers) : IDocument;

[MemoryPackable]

public sealed partial record CertificateText(string? Note, MarkdownBody Body, string SourcePath);

public enum CouncilLevel
{
    District,
    Province,
    Central,
}
