using MemoryPack;
namespace OcopShowcase.Content.Model;

/// <summary>A plain page (about the commune, about OCOP, the OCOP plan), published at <c>/&lt;slug&gt;/</c>.</summary>
[MemoryPackable]
public sealed partial record StaticPage(string Slug, string SourcePath, int MenuOrder, bool InMenu, Localized<PageText> Text) : IDocument;

[MemoryPackable]

public sealed partial record PageText(string Title, string Summary, MarkdownBody Body, string SourcePath);
