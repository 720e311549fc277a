using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;

namespace OcopShowcase.Site;

/// <summary>
/// The enriched, immutable site: every reference resolved, every certificate's state on the build date, every page
/// with its URL in every language. Rendering reads it from many threads without locks.
/// </summary>
public sealed class SiteModel
{
    // Plain dictionaries, not frozen ones: a site model lives for one build, and freezing 85,000 keys cost more than
    // the lookups it speeds up (BENCHMARKS.md, session 16). Never written after the constructor: safe to read from
    // many threads.
    private readonly Dictionary<string, Producer> _producers;
    private readonly Dictionary<string, Product> _products;
    private readonly Dictionary<string, TourismListing> _listings;
    private readonly Dictionary<string, IReadOnlyList<Product>> _productsByProducer;
    private readonly Dictionary<string, IReadOnlyList<Product>> _productsByCertificate;
    private readonly Dictionary<string, IReadOnlyList<TourismListing>> _tourismByProducer;
    private readonly Dictionary<PageKey, IReadOnlyList<SitePage>> _pagesByKey;
    private readonly ContentSet _content;
    private readonly IReadOnlyList<SitePage> _pages;
    private readonly Dictionary<string, ContentFile> _files;

    public SiteModel(SiteFacts facts, IReadOnlyList<Language> languages, IReadOnlyList<SitePage> pages)
    {
        Facts = facts;
        var content = _content = facts.Unrecorded;
        Today = facts.Today;
        Languages = languages;
        _pages = pages;
        Urls = new SiteUrls(content.Site.BaseUrl);
        _producers = content.Producers.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _products = content.Products.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _listings = content.Tourism.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _productsByProducer = GroupBy(content.Products, p => p.Producer.Slug);
        _productsByCertificate = GroupBy(content.Products.Where(p => p.Certificate is not null), p => p.Certificate!.Slug);
        _tourismByProducer = GroupBy(content.Tourism.Where(t => t.Producer is not null), t => t.Producer!.Slug);
        _pagesByKey = pages.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<SitePage>)g.ToList());
        _files = content.Files.ToDictionary(f => f.ContentPath, StringComparer.Ordinal);
        DraftUrls = content.Drafts.Documents
            .SelectMany(draft => ContentKinds.BySection(draft.Section) is { } kind ? languages.Select(language => kind.Url(language, draft.Slug)) : [])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The site-wide facts, computed once: displayed stars, groups in use, list orders.</summary>
    public SiteFacts Facts { get; }

    /// <summary>The whole content. A page that reads it cannot be known unchanged before it is drafted (<see cref="SiteReads"/>): views ask for what they show through the lookups below.</summary>
    public ContentSet Content
    {
        get
        {
            SiteReads.Everything();
            return _content;
        }
    }

    /// <summary>The site's settings (part of every page's key: see <see cref="ReadFingerprints"/>).</summary>
    public SiteConfig Site => _content.Site;

    /// <summary>The rating rules (part of every page's key, as the settings are).</summary>
    public RatingRules Rules => _content.Rules;

    /// <summary>The glossary (part of every page's key, as the settings are).</summary>
    public Glossary Glossary => _content.Glossary;

    public DateOnly Today { get; }

    public IReadOnlyList<Language> Languages { get; }

    public Language DefaultLanguage => Languages[0];

    public IReadOnlyList<SitePage> Pages
    {
        get
        {
            SiteReads.Everything();
            return _pages;
        }
    }

    public SiteUrls Urls { get; }

    public IReadOnlyDictionary<string, ContentFile> Files
    {
        get
        {
            SiteReads.Everything();
            return _files;
        }
    }

    public Producer? ProducerOf(Product product) => Read(_producers, SiteUrls.Producers, product.Producer.Slug);

    public Producer? ProducerOf(TourismListing listing) => listing.Producer is null ? null : Read(_producers, SiteUrls.Producers, listing.Producer.Slug);

    /// <summary>The published producer, product or listing a reference names, or null (a draft left out of a build).</summary>
    public Producer? FindProducer(Reference reference) => Read(_producers, SiteUrls.Producers, reference.Slug);

    public Product? FindProduct(Reference reference) => Read(_products, SiteUrls.Products, reference.Slug);

    public TourismListing? FindListing(Reference reference) => Read(_listings, SiteUrls.Tourism, reference.Slug);

    /// <summary>The document with that slug: read, whether found or not (one added later changes the page).</summary>
    private static T? Read<T>(Dictionary<string, T> documents, string section, string slug)
        where T : class
    {
        SiteReads.Document(section, slug);
        return documents.GetValueOrDefault(slug);
    }

    public Certificate? CertificateOf(Reference? reference) => Facts.CertificateOf(reference);

    public IReadOnlyList<Product> ProductsOf(Producer producer)
    {
        SiteReads.Query(ReadFingerprints.ProductsOf, producer.Slug);
        return ProductsOfUnrecorded(producer.Slug);
    }

    public IReadOnlyList<TourismListing> TourismOf(Producer producer)
    {
        SiteReads.Query(ReadFingerprints.TourismOf, producer.Slug);
        return TourismOfUnrecorded(producer.Slug);
    }

    /// <summary>The products a certificate covers, by name only: a price edit leaves the pages that show these as they were.</summary>
    public IReadOnlyList<ProductName> ProductsUnder(Certificate certificate)
    {
        SiteReads.Query(ReadFingerprints.ProductsUnder, certificate.Slug);
        return [.. CertifiedUnrecorded(certificate.Slug).Select(p => ProductName.Of(p, Languages))];
    }

    /// <summary>For <see cref="ReadFingerprints"/>, which fingerprints what the lists hold.</summary>
    internal IReadOnlyList<Product> ProductsOfUnrecorded(string producer) => _productsByProducer.GetValueOrDefault(producer) ?? [];

    internal IReadOnlyList<TourismListing> TourismOfUnrecorded(string producer) => _tourismByProducer.GetValueOrDefault(producer) ?? [];

    /// <summary>The products under a certificate, whole: for <see cref="ReadFingerprints"/>, which fingerprints only their names.</summary>
    internal IReadOnlyList<Product> CertifiedUnrecorded(string certificate) => _productsByCertificate.GetValueOrDefault(certificate) ?? [];

    public CertificateState StateOf(Certificate certificate) => Facts.StateOf(certificate);

    /// <summary>The stars a visitor may be shown: none when there is no certificate or it has expired.</summary>
    public StarRating? DisplayedStars(Reference? certificateReference) => Facts.DisplayedStars(certificateReference);

    /// <summary>
    /// The address each draft has, or would have, in every language, for the link check: a published page that links to
    /// a draft is an error whether or not drafts are previewed, so <c>check</c> and <c>build</c> agree.
    /// </summary>
    public IReadOnlySet<string> DraftUrls { get; }

    /// <summary>Whether <paramref name="page"/> shows a draft (only ever true when drafts are previewed).</summary>
    public bool IsDraft(SitePage page)
        => _content.Drafts.Documents.Count > 0 && page.Subject is DocumentSubject { Kind: var kind, Document: var document } && _content.Drafts.Contains(kind.Section, document.Slug);

    /// <summary>The same page in every language, for the language switcher and hreflang.</summary>
    public IReadOnlyList<SitePage> Translations(SitePage page) => _pagesByKey.GetValueOrDefault(page.Key) ?? [page];

    private static Dictionary<string, IReadOnlyList<T>> GroupBy<T>(IEnumerable<T> items, Func<T, string> key)
        => items.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList(), StringComparer.Ordinal);
}
