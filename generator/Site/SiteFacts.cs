using System.Collections.Frozen;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// The site-wide facts of what is published, each computed once, here, before any page is listed or rendered: the
/// stars a visitor may see, the groups and ratings in use, the orders lists show. Kinds list their pages from these
/// and rendering reads them, so a list, its page count and its filters cannot disagree.
/// </summary>
public sealed class SiteFacts
{
    private readonly FrozenDictionary<string, Certificate> _certificates;
    private readonly FrozenDictionary<int, int> _productsByStars;
    private readonly FrozenDictionary<string, IReadOnlyList<Product>> _productsByVillage;

    public SiteFacts(ContentSet content, DateOnly today)
    {
        Content = content;
        Today = today;
        _certificates = content.Certificates.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
        GroupsInUse = ProductGroups.InOrder.Where(g => content.Products.Any(p => p.Group == g)).ToList();
        _productsByStars = content.Products.Select(p => DisplayedStars(p.Certificate)?.Stars).OfType<int>()
            .GroupBy(stars => stars).ToFrozenDictionary(g => g.Key, g => g.Count());
        // Best rated first (a stable sort: equal stars keep the content's order).
        _productsByVillage = content.Products.Where(p => p.Village is not null)
            .OrderByDescending(p => DisplayedStars(p.Certificate)?.Stars ?? 0)
            .GroupBy(p => p.Village!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Product>)g.ToList(), StringComparer.Ordinal);
        NewsNewestFirst = content.News.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        CertificatesNewestFirst = content.Certificates.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        LatestNews = content.News.Select(n => (DateOnly?)n.Date).Max();
        LatestCertificate = content.Certificates.Select(c => (DateOnly?)c.IssuedOn).Max();
        LatestProductChange = content.Products.Select(ChangedOn).Max();
    }

    public ContentSet Content { get; }

    public DateOnly Today { get; }

    public Certificate? CertificateOf(Reference? reference) => reference is null ? null : _certificates.GetValueOrDefault(reference.Slug);

    public CertificateState StateOf(Certificate certificate) => certificate.StateOn(Today, Content.Rules);

    /// <summary>The stars a visitor may be shown: none when there is no certificate or it has expired.</summary>
    public StarRating? DisplayedStars(Reference? certificateReference)
        => CertificateOf(certificateReference)?.DisplayedStarsOn(Today, Content.Rules);

    /// <summary>The product groups that have products, in the programme's order.</summary>
    public IReadOnlyList<ProductGroup> GroupsInUse { get; }

    /// <summary>How many products a visitor sees with <paramref name="stars"/> stars (a rating with none gets no page).</summary>
    public int ProductsWithStars(int stars) => _productsByStars.GetValueOrDefault(stars);

    /// <summary>The products made in <paramref name="village"/>, best rated first.</summary>
    public IReadOnlyList<Product> ProductsIn(string village) => _productsByVillage.GetValueOrDefault(village) ?? [];

    /// <summary>News in the order every list shows it: newest first, then by slug.</summary>
    public IReadOnlyList<NewsPost> NewsNewestFirst { get; }

    /// <summary>The certificate register's order: newest first.</summary>
    public IReadOnlyList<Certificate> CertificatesNewestFirst { get; }

    public DateOnly? LatestNews { get; }

    public DateOnly? LatestCertificate { get; }

    /// <summary>When the catalogue last changed, as far as the content says: a product added or certified.</summary>
    public DateOnly? LatestProductChange { get; }

    /// <summary>When a product's page last changed: its addition or its certificate's decision, the later.</summary>
    public DateOnly? ChangedOn(Product product) => Latest(product.Added, CertificateOf(product.Certificate)?.IssuedOn);

    public static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
