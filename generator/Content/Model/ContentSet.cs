using OcopShowcase.Kinds;
using OcopShowcase.Kinds.Certificates;
using OcopShowcase.Kinds.News;
using OcopShowcase.Kinds.Pages;
using OcopShowcase.Kinds.Producers;
using OcopShowcase.Kinds.Products;
using OcopShowcase.Kinds.Tourism;

namespace OcopShowcase.Content.Model;

/// <summary>
/// Everything the Content stage read: typed, immutable, each document checked on its own, by kind
/// (<see cref="Of{T}"/>; the kinds other stages name often have a property). <see cref="UnreadableDocuments"/> holds
/// documents found on disk whose errors kept them out, so that references to them are not reported a second time as
/// unknown. <see cref="Drafts"/> are read and checked like every document; <see cref="WithoutDrafts"/> is what
/// <c>build</c> publishes.
/// </summary>
public sealed record ContentSet
{
    public required SiteConfig Site { get; init; }

    public required RatingRules Rules { get; init; }

    /// <summary>Each kind's documents, as the kind's own list type.</summary>
    public required IReadOnlyDictionary<ContentKind, IReadOnlyList<IDocument>> Documents { get; init; }

    public required IReadOnlyList<ContentFile> Files { get; init; }

    public required IReadOnlySet<DocumentId> UnreadableDocuments { get; init; }

    public required Drafts Drafts { get; init; }

    public required Glossary Glossary { get; init; }

    /// <summary>
    /// Each document's fingerprint: the text of its Markdown files (original and translations) and the name, size and
    /// modification time of its bundle's other files. Equal fingerprints mean the same document.
    /// </summary>
    public IReadOnlyDictionary<DocumentId, string> Fingerprints { get; init; } = new Dictionary<DocumentId, string>();

    /// <summary>The fingerprint of the content folder's own files (settings, rating rules, glossaries), which every page may read.</summary>
    public string SharedFingerprint { get; init; } = "";

    public IReadOnlyList<T> Of<T>(ContentKind<T> kind)
        where T : class, IDocument
        => (IReadOnlyList<T>)Documents[kind];

    public IReadOnlyList<Product> Products => Of(ContentKinds.Get<ProductKind>());

    public IReadOnlyList<Producer> Producers => Of(ContentKinds.Get<ProducerKind>());

    public IReadOnlyList<Certificate> Certificates => Of(ContentKinds.Get<CertificateKind>());

    public IReadOnlyList<TourismListing> Tourism => Of(ContentKinds.Get<TourismListingKind>());

    public IReadOnlyList<NewsPost> News => Of(ContentKinds.Get<NewsKind>());

    public IReadOnlyList<StaticPage> Pages => Of(ContentKinds.Get<StaticPageKind>());

    /// <summary>The content with every draft, and every file only a draft uses, left out; <see cref="Drafts"/> stays, so a
    /// reference to a draft is known for what it is.</summary>
    public ContentSet WithoutDrafts()
        => Drafts.Documents.Count == 0
            ? this
            : this with
            {
                Documents = Documents.ToDictionary(kind => kind.Key, kind => kind.Key.Where(kind.Value, d => !Drafts.Contains(kind.Key.Section, d.Slug))),
                Files = Files.Where(f => !Drafts.Files.Contains(f.ContentPath)).ToList(),
            };
}

/// <summary>A document by section and slug, whether or not it could be read ("san-pham/che-lam").</summary>
public readonly record struct DocumentId(string Section, string Slug)
{
    public override string ToString() => $"{Section}/{Slug}";
}

/// <summary>Documents marked <c>draft: true</c>, the bundle files only they use, and their own Markdown files (original
/// and translations), whose links may lead to other drafts.</summary>
public sealed record Drafts(IReadOnlySet<DocumentId> Documents, IReadOnlySet<string> Files, IReadOnlySet<string> Sources)
{
    public static Drafts None { get; } = new(new HashSet<DocumentId>(), new HashSet<string>(), new HashSet<string>());

    public bool Contains(string section, string slug) => Documents.Contains(new DocumentId(section, slug));
}

/// <summary>A file of a page bundle that its page uses: a photo (re-encoded) or a PDF document (copied), published beside the page.</summary>
[MemoryPack.MemoryPackable]
public sealed partial record ContentFile(string ContentPath, string FullPath);
