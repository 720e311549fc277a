using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>A news post: a fair, a training, a recognition ceremony.</summary>
[MemoryPackable]
public sealed partial record NewsPost(
    string Slug,
    string SourcePath,
    DateOnly Date,
    BundleFile? Photo,
    Localized<NewsText> Text) : IDocument;

[MemoryPackable]

public sealed partial record NewsText(string Title, string Summary, string? PhotoAlt, MarkdownBody Body, string SourcePath);
