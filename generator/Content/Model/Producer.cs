using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>A producer (chủ thể OCOP): a cooperative, cooperative group, enterprise or household business.</summary>
[MemoryPackable]
public sealed partial record Producer(
    string Slug,
    string SourcePath,
    LegalForm LegalForm,
    string? Village,
    string? RegistrationNumber,
    string? Representative,
    int? FoundedYear,
    Contact Contact,
    IReadOnlyList<BundleFile> Photos,
    Localized<ProducerText> Text) : IDocument
{
    /// <summary>Where the producer's shop or workshop is (<c>location: {lat, lon}</c>), for the directions button.</summary>
    public Coordinates? Location { get; init; }
}

[MemoryPackable]

public sealed partial record ProducerText(string Name, string Summary, MarkdownBody Body, string SourcePath);

public enum LegalForm
{
    Cooperative,
    CooperativeGroup,
    Enterprise,
    HouseholdBusiness,
}
