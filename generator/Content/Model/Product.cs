using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>An OCOP product profile: <c>content/san-pham/&lt;slug&gt;/index.md</c> and its translations.</summary>
[MemoryPackable]
public sealed partial record Product(
    string Slug,
    string SourcePath,
    ProductGroup Group,
    Reference Producer,
    Reference? Certificate,
    string? Village,
    long? PriceVnd,
    IReadOnlyList<BundleFile> Photos,
    WhereToBuy Buy,
    DateOnly? Added,
    IReadOnlyList<string> Tags,
    Localized<ProductText> Text) : IDocument;

[MemoryPackable]

public sealed partial record ProductText(
    string Name,
    string Summary,
    string? Unit,
    string? Packaging,
    string? ShelfLife,
    string? Ingredients,
    IReadOnlyList<string> PhotoAlts,
    MarkdownBody Body,
    string SourcePath);
