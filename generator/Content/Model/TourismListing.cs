using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>A community-tourism service, eco-tourism site, tourist spot or homestay.</summary>
[MemoryPackable]
public sealed partial record TourismListing(
    string Slug,
    string SourcePath,
    TourismKind Kind,
    Reference? Producer,
    Reference? Certificate,
    string? Village,
    Coordinates? Location,
    Contact Contact,
    IReadOnlyList<BundleFile> Photos,
    Localized<TourismText> Text) : IDocument
{
    /// <summary>
    /// The one price a poster and the top of the page headline (<c>headline_price</c>, in đồng; 0 is free): a
    /// homestay's night, a tour's person, a spot's ticket, as <see cref="Kind"/> says. The free-text price lines stay
    /// the detail.
    /// </summary>
    public long? HeadlinePriceVnd { get; init; }
}

[MemoryPackable]

public sealed partial record TourismText(
    string Name,
    string Summary,
    string? OpeningHours,
    string? Season,
    IReadOnlyList<string> Prices,
    IReadOnlyList<string> PhotoAlts,
    MarkdownBody Body,
    string SourcePath);

public enum TourismKind
{
    CommunityTourism,
    EcoTourism,
    TouristSpot,
    Homestay,
}

[MemoryPackable]

public sealed partial record Coordinates(decimal Latitude, decimal Longitude);
