namespace OcopShowcase.Content.Model;

/// <summary>
/// Everything the Content stage read: typed, immutable, each document checked on its own.
/// <see cref="UnreadableDocuments"/> holds "section/slug" of documents found on disk whose errors kept them out,
/// so that references to them are not reported a second time as unknown.
/// </summary>
public sealed record ContentSet(
    SiteConfig Site,
    RatingRules Rules,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Producer> Producers,
    IReadOnlyList<Certificate> Certificates,
    IReadOnlyList<TourismListing> Tourism,
    IReadOnlyList<NewsPost> News,
    IReadOnlyList<StaticPage> Pages,
    IReadOnlyList<ContentFile> Files,
    IReadOnlySet<string> UnreadableDocuments,
    Glossary Glossary);

/// <summary>A file of a page bundle that its page uses: a photo (re-encoded) or a PDF document (copied), published beside the page.</summary>
public sealed record ContentFile(string ContentPath, string FullPath);
