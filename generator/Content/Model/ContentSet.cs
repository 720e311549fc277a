namespace OcopShowcase.Content.Model;

/// <summary>
/// Everything the Content stage read: typed, immutable, each document checked on its own.
/// <see cref="UnreadableDocuments"/> holds "section/slug" of documents found on disk whose errors kept them out,
/// so that references to them are not reported a second time as unknown. <see cref="Drafts"/> are read and checked like
/// every document; <see cref="WithoutDrafts"/> is what <c>build</c> publishes.
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
    Drafts Drafts,
    Glossary Glossary)
{
    /// <summary>The content with every draft, and every file only a draft uses, left out; <see cref="Drafts"/> stays, so a
    /// reference to a draft is known for what it is.</summary>
    public ContentSet WithoutDrafts()
        => Drafts.Documents.Count == 0
            ? this
            : this with
            {
                Products = Products.Where(p => !Drafts.Contains("san-pham", p.Slug)).ToList(),
                Producers = Producers.Where(p => !Drafts.Contains("chu-the", p.Slug)).ToList(),
                Certificates = Certificates.Where(c => !Drafts.Contains("chung-nhan", c.Slug)).ToList(),
                Tourism = Tourism.Where(t => !Drafts.Contains("du-lich", t.Slug)).ToList(),
                News = News.Where(n => !Drafts.Contains("tin-tuc", n.Slug)).ToList(),
                Pages = Pages.Where(p => !Drafts.Contains("trang", p.Slug)).ToList(),
                Files = Files.Where(f => !Drafts.Files.Contains(f.ContentPath)).ToList(),
            };
}

/// <summary>Documents marked <c>draft: true</c> ("section/slug"), the bundle files only they use, and their own
/// Markdown files (original and translations), whose links may lead to other drafts.</summary>
public sealed record Drafts(IReadOnlySet<string> Documents, IReadOnlySet<string> Files, IReadOnlySet<string> Sources)
{
    public static Drafts None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public bool Contains(string section, string slug) => Documents.Contains($"{section}/{slug}");
}

/// <summary>A file of a page bundle that its page uses: a photo (re-encoded) or a PDF document (copied), published beside the page.</summary>
public sealed record ContentFile(string ContentPath, string FullPath);
