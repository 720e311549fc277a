using System.Collections.Frozen;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// The enriched, immutable site: every reference resolved, every certificate's state on the build date, every page
/// with its URL in every language. Rendering reads it from many threads without locks.
/// </summary>
public sealed class SiteModel
{
    private readonly FrozenDictionary<string, Producer> _producers;
    private readonly FrozenDictionary<string, Certificate> _certificates;
    private readonly FrozenDictionary<string, IReadOnlyList<Product>> _productsByProducer;
    private readonly FrozenDictionary<string, IReadOnlyList<Product>> _productsByCertificate;
    private readonly FrozenDictionary<string, IReadOnlyList<TourismListing>> _tourismByProducer;
    private readonly FrozenDictionary<string, IReadOnlyList<SitePage>> _pagesByKey;

    public SiteModel(ContentSet content, DateOnly today, IReadOnlyList<Language> languages, IReadOnlyList<SitePage> pages)
    {
        Content = content;
        Today = today;
        Languages = languages;
        Pages = pages;
        Urls = new SiteUrls(content.Site.BaseUrl);
        _producers = content.Producers.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _certificates = content.Certificates.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
        _productsByProducer = GroupBy(content.Products, p => p.Producer.Slug);
        _productsByCertificate = GroupBy(content.Products.Where(p => p.Certificate is not null), p => p.Certificate!.Slug);
        _tourismByProducer = GroupBy(content.Tourism.Where(t => t.Producer is not null), t => t.Producer!.Slug);
        _pagesByKey = GroupBy(pages, p => p.Key);
        Files = content.Files.ToFrozenDictionary(f => f.ContentPath, StringComparer.Ordinal);
        DraftUrls = content.Drafts.Documents.SelectMany(key => languages.Select(language => DraftUrl(key, language))).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

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

    public Certificate? CertificateOf(Reference? reference) => reference is null ? null : _certificates.GetValueOrDefault(reference.Slug);

    public IReadOnlyList<Product> ProductsOf(Producer producer) => _productsByProducer.GetValueOrDefault(producer.Slug) ?? [];

    public IReadOnlyList<TourismListing> TourismOf(Producer producer) => _tourismByProducer.GetValueOrDefault(producer.Slug) ?? [];

    public IReadOnlyList<Product> ProductsUnder(Certificate certificate) => _productsByCertificate.GetValueOrDefault(certificate.Slug) ?? [];

    public CertificateState StateOf(Certificate certificate) => certificate.StateOn(Today, Content.Rules);

    /// <summary>The stars a visitor may be shown: none when there is no certificate or it has expired.</summary>
    public StarRating? DisplayedStars(Reference? certificateReference)
        => CertificateOf(certificateReference)?.DisplayedStarsOn(Today, Content.Rules);

    /// <summary>
    /// The address each draft has, or would have, in every language, for the link check: a published page that links to
    /// a draft is an error whether or not drafts are previewed, so <c>check</c> and <c>build</c> agree.
    /// </summary>
    public FrozenSet<string> DraftUrls { get; }

    private static string? DraftUrl(string key, Language language)
    {
        var (section, slug) = (key[..key.IndexOf('/')], key[(key.IndexOf('/') + 1)..]);
        return section switch
        {
            "san-pham" => SiteUrls.Product(language, slug),
            "chu-the" => SiteUrls.Producer(language, slug),
            "chung-nhan" => SiteUrls.Certificate(language, slug),
            "du-lich" => SiteUrls.TourismListing(language, slug),
            "tin-tuc" => SiteUrls.NewsPost(language, slug),
            "trang" => SiteUrls.StaticPage(language, slug),
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="page"/> shows a draft (only ever true when drafts are previewed).</summary>
    public bool IsDraft(SitePage page)
    {
        var drafts = Content.Drafts;
        return drafts.Documents.Count > 0 && page.Subject switch
        {
            ProductSubject s => drafts.Contains("san-pham", s.Product.Slug),
            ProducerSubject s => drafts.Contains("chu-the", s.Producer.Slug),
            CertificateSubject s => drafts.Contains("chung-nhan", s.Certificate.Slug),
            TourismSubject s => drafts.Contains("du-lich", s.Listing.Slug),
            NewsSubject s => drafts.Contains("tin-tuc", s.Post.Slug),
            StaticPageSubject s => drafts.Contains("trang", s.Page.Slug),
            _ => false,
        };
    }

    /// <summary>The same page in every language, for the language switcher and hreflang.</summary>
    public IReadOnlyList<SitePage> Translations(SitePage page) => _pagesByKey.GetValueOrDefault(page.Key) ?? [page];

    private static FrozenDictionary<string, IReadOnlyList<T>> GroupBy<T>(IEnumerable<T> items, Func<T, string> key)
        => items.GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList(), StringComparer.Ordinal);
}
