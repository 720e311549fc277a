using System.Collections.Frozen;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;

namespace OcopShowcase.Site;

/// <summary>
/// The enriched, immutable site: every reference resolved, every certificate's state on the build date, every page
/// with its URL in every language. Rendering reads it from many threads without locks.
/// </summary>
public sealed class SiteModel
{
    private readonly FrozenDictionary<string, Producer> _producers;
    private readonly FrozenDictionary<string, Product> _products;
    private readonly FrozenDictionary<string, TourismListing> _listings;
    private readonly FrozenDictionary<string, IReadOnlyList<Product>> _productsByProducer;
    private readonly FrozenDictionary<string, IReadOnlyList<Product>> _productsByCertificate;
    private readonly FrozenDictionary<string, IReadOnlyList<TourismListing>> _tourismByProducer;
    private readonly FrozenDictionary<PageKey, IReadOnlyList<SitePage>> _pagesByKey;

    public SiteModel(SiteFacts facts, IReadOnlyList<Language> languages, IReadOnlyList<SitePage> pages)
    {
        Facts = facts;
        var content = Content = facts.Content;
        Today = facts.Today;
        Languages = languages;
        Pages = pages;
        Urls = new SiteUrls(content.Site.BaseUrl);
        _producers = content.Producers.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _products = content.Products.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _listings = content.Tourism.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        _productsByProducer = GroupBy(content.Products, p => p.Producer.Slug);
        _productsByCertificate = GroupBy(content.Products.Where(p => p.Certificate is not null), p => p.Certificate!.Slug);
        _tourismByProducer = GroupBy(content.Tourism.Where(t => t.Producer is not null), t => t.Producer!.Slug);
        _pagesByKey = pages.GroupBy(p => p.Key).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SitePage>)g.ToList());
        Files = content.Files.ToFrozenDictionary(f => f.ContentPath, StringComparer.Ordinal);
        DraftUrls = content.Drafts.Documents
            .SelectMany(draft => ContentKinds.BySection(draft.Section) is { } kind ? languages.Select(language => kind.Url(language, draft.Slug)) : [])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The site-wide facts, computed once: displayed stars, groups in use, list orders.</summary>
    public SiteFacts Facts { get; }

    public ContentSet Content { get; }

    public SiteConfig Site => Content.Site;

    public DateOnly Today { get; }

    public IReadOnlyList<Language> Languages { get; }

    public Language DefaultLanguage => Languages[0];

    public IReadOnlyList<SitePage> Pages { get; }

    public SiteUrls Urls { get; }

    public FrozenDictionary<string, ContentFile> Files { get; }

    public Producer? ProducerOf(Product product) => _producers.GetValueOrDefault(product.Producer.Slug);

    public Producer? ProducerOf(TourismListing listing) => listing.Producer is null ? null : _producers.GetValueOrDefault(listing.Producer.Slug);

    /// <summary>The published producer, product or listing a reference names, or null (a draft left out of a build).</summary>
    public Producer? FindProducer(Reference reference) => _producers.GetValueOrDefault(reference.Slug);

    public Product? FindProduct(Reference reference) => _products.GetValueOrDefault(reference.Slug);

    public TourismListing? FindListing(Reference reference) => _listings.GetValueOrDefault(reference.Slug);

    public Certificate? CertificateOf(Reference? reference) => Facts.CertificateOf(reference);

    public IReadOnlyList<Product> ProductsOf(Producer producer) => _productsByProducer.GetValueOrDefault(producer.Slug) ?? [];

    public IReadOnlyList<TourismListing> TourismOf(Producer producer) => _tourismByProducer.GetValueOrDefault(producer.Slug) ?? [];

    public IReadOnlyList<Product> ProductsUnder(Certificate certificate) => _productsByCertificate.GetValueOrDefault(certificate.Slug) ?? [];

    public CertificateState StateOf(Certificate certificate) => Facts.StateOf(certificate);

    /// <summary>The stars a visitor may be shown: none when there is no certificate or it has expired.</summary>
    public StarRating? DisplayedStars(Reference? certificateReference) => Facts.DisplayedStars(certificateReference);

    /// <summary>
    /// The address each draft has, or would have, in every language, for the link check: a published page that links to
    /// a draft is an error whether or not drafts are previewed, so <c>check</c> and <c>build</c> agree.
    /// </summary>
    public FrozenSet<string> DraftUrls { get; }

    /// <summary>Whether <paramref name="page"/> shows a draft (only ever true when drafts are previewed).</summary>
    public bool IsDraft(SitePage page)
        => Content.Drafts.Documents.Count > 0 && page.Subject is DocumentSubject { Kind: var kind, Document: var document } && Content.Drafts.Contains(kind.Section, document.Slug);

    /// <summary>The same page in every language, for the language switcher and hreflang.</summary>
    public IReadOnlyList<SitePage> Translations(SitePage page) => _pagesByKey.GetValueOrDefault(page.Key) ?? [page];

    private static FrozenDictionary<string, IReadOnlyList<T>> GroupBy<T>(IEnumerable<T> items, Func<T, string> key)
        => items.GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList(), StringComparer.Ordinal);
}
