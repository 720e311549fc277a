namespace OcopShowcase.Content.Model;

/// <summary>A news post: a fair, a training, a recognition ceremony.</summary>
public sealed record NewsPost(
    string Slug,
    string SourcePath,
    DateOnly Date,
    BundleFile? Photo,
    Localized<NewsText> Text) : IDocument;

public sealed record NewsText(string Title, string Summary, string? PhotoAlt, MarkdownBody Body, string SourcePath);
