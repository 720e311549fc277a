using System.Collections.Concurrent;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// The site-wide facts of what is published, each computed once, here, before any page is listed or rendered: the
/// stars a visitor may see, the groups and ratings in use, the orders lists show. Kinds list their pages from these
/// and rendering reads them, so a list, its page count and its filters cannot disagree.
/// </summary>
public sealed class SiteFacts
{
    // Plain dictionaries, as in SiteModel: filled once, only read after.
    private readonly Dictionary<string, Certificate> _certificates;
    private readonly Dictionary<int, int> _productsByStars;
    private readonly Dictionary<string, IReadOnlyList<Product>> _productsByVillage;
    private readonly ContentSet _content;
    private readonly IReadOnlyList<ProductGroup> _groupsInUse;
    private readonly IReadOnlyList<int> _starsInUse;
    private readonly IReadOnlyList<NewsPost> _newsNewestFirst;
    private readonly IReadOnlyList<Certificate> _certificatesNewestFirst;
    private readonly DateOnly? _latestNews;
    private readonly DateOnly? _latestCertificate;
    private readonly DateOnly? _latestProductChange;
    private readonly IReadOnlyList<string> _villagesInUse;
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<(ProductGroup? Group, int? Stars), IReadOnlyList<Product>>>> _catalogues = new(StringComparer.Ordinal);

    /// <summary>
    /// The stars each product is shown with (0: none), worked out once: the catalogue's lists filter and sort 20,000
    /// products by them for each group, rating and language.
    /// </summary>
    private readonly Dictionary<Product, int> _shownStars;

    public SiteFacts(ContentSet content, DateOnly today)
    {
        _content = content;
        Today = today;
        _certificates = content.Certificates.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _groupsInUse = ProductGroups.InOrder.Where(g => content.Products.Any(p => p.Group == g)).ToList();
        _shownStars = new Dictionary<Product, int>(content.Products.Count, ReferenceEqualityComparer.Instance);
        foreach (var product in content.Products)
        {
            _shownStars[product] = DisplayedStars(product.Certificate)?.Stars ?? 0;
        }

        _productsByStars = _shownStars.Values.Where(stars => stars > 0)
            .GroupBy(stars => stars).ToDictionary(g => g.Key, g => g.Count());
        _starsInUse = [.. _productsByStars.Keys.Order()];
        // Best rated first (a stable sort: equal stars keep the content's order).
        _productsByVillage = content.Products.Where(p => p.Village is not null)
            .OrderByDescending(p => _shownStars[p])
            .GroupBy(p => p.Village!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Product>)g.ToList(), StringComparer.Ordinal);
        _newsNewestFirst = content.News.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        _certificatesNewestFirst = content.Certificates.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        _latestNews = content.News.Select(n => (DateOnly?)n.Date).Max();
        _latestCertificate = content.Certificates.Select(c => (DateOnly?)c.IssuedOn).Max();
        _latestProductChange = content.Products.Select(ChangedOn).Max();
        _villagesInUse = [.. content.Products.Select(p => p.Village)
            .Concat(content.Producers.Select(p => p.Village))
            .Concat(content.Tourism.Select(t => t.Village))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The whole content (a page that reads it is drafted on every build: see <see cref="SiteReads"/>).</summary>
    public ContentSet Content
    {
        get
        {
            SiteReads.Everything();
            return _content;
        }
    }

    /// <summary>The content, not recorded as read: for the stages that list pages and fingerprint reads, never for views.</summary>
    internal ContentSet Unrecorded => _content;

    public DateOnly Today { get; }

    public Certificate? CertificateOf(Reference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        SiteReads.Document(SiteUrls.Certificates, reference.Slug);
        return _certificates.GetValueOrDefault(reference.Slug);
    }

    public CertificateState StateOf(Certificate certificate)
    {
        SiteReads.Document(SiteUrls.Certificates, certificate.Slug);
        return certificate.StateOn(Today, _content.Rules);
    }

    /// <summary>The stars a visitor may be shown: none when there is no certificate or it has expired.</summary>
    public StarRating? DisplayedStars(Reference? certificateReference)
        => CertificateOf(certificateReference)?.DisplayedStarsOn(Today, _content.Rules);

    /// <summary>The product groups that have products, in the programme's order.</summary>
    public IReadOnlyList<ProductGroup> GroupsInUse => Recorded(ReadFingerprints.GroupsInUse, _groupsInUse);

    internal IReadOnlyList<ProductGroup> GroupsInUseUnrecorded => _groupsInUse;

    /// <summary>How many products a visitor sees with <paramref name="stars"/> stars (a rating with none gets no page).</summary>
    public int ProductsWithStars(int stars) => Recorded(ReadFingerprints.ProductsWithStars, _productsByStars).GetValueOrDefault(stars);

    /// <summary>The star ratings some product is shown with, lowest first: the catalogue's star pages and filters.</summary>
    public IReadOnlyList<int> StarsInUse => Recorded(ReadFingerprints.StarsInUse, StarsInUseUnrecorded);

    internal IReadOnlyList<int> StarsInUseUnrecorded => _starsInUse;

    internal IReadOnlyDictionary<int, int> ProductsWithStarsUnrecorded => _productsByStars;

    /// <summary>
    /// One page of a product catalogue: its products in display order (by group, then stars, highest first, then name
    /// in the reader's language) and the list's length. Recorded as that slice, not as every product: a price edited
    /// on page 3 leaves the other pages' reads as they were.
    /// </summary>
    public CataloguePage Catalogue(Language language, ProductGroup? group, int? stars, Paging paging)
    {
        var slice = new CatalogueSlice { Language = language.Code, Group = group, Stars = stars, Page = paging.Number };
        SiteReads.Query(ReadFingerprints.Catalogue, slice.Argument);
        return CatalogueUnrecorded(language, slice);
    }

    /// <summary>
    /// One page of a list, from the lists made once per build and language (<see cref="CatalogueList"/>: a national
    /// catalogue has thousands of list pages; sorting 20,000 products for each would cost more than rendering them).
    /// </summary>
    internal CataloguePage CatalogueUnrecorded(Language language, CatalogueSlice slice)
    {
        var all = CatalogueList(language, slice.Group, slice.Stars);
        return new CataloguePage([.. Paging.SliceOf(all, slice.Page, Paging.ProductsPerPage)], all.Count);
    }

    /// <summary>
    /// Every list of the catalogue in one language (the whole one, each group's, each rating's, each group's at each
    /// rating), made once per build and language in one pass over the whole sorted list, which keeps its order; without
    /// recording what sorting read. Lazy: two threads asking at once (page workers, or fingerprinting reads) wait for
    /// one making. At 20,000 products filtering the whole list again for each of 56 lists cost more than sorting it.
    /// </summary>
    private IReadOnlyList<Product> CatalogueList(Language language, ProductGroup? group, int? stars)
        => _catalogues.GetOrAdd(language.Code, _ => new(() => CataloguesIn(language))).Value.GetValueOrDefault((group, stars)) ?? [];

    private Dictionary<(ProductGroup? Group, int? Stars), IReadOnlyList<Product>> CataloguesIn(Language language)
    {
        var lists = new Dictionary<(ProductGroup? Group, int? Stars), List<Product>>();
        void Add(ProductGroup? group, int? stars, Product product)
        {
            if (!lists.TryGetValue((group, stars), out var list))
            {
                lists[(group, stars)] = list = [];
            }

            list.Add(product);
        }

        foreach (var (product, stars) in SortedCatalogue(language))
        {
            Add(null, null, product);
            Add(product.Group, null, product);
            if (stars > 0)
            {
                Add(null, stars, product);
                Add(product.Group, stars, product);
            }
        }

        return lists.ToDictionary(l => l.Key, l => (IReadOnlyList<Product>)l.Value);
    }

    /// <summary>
    /// The whole catalogue in display order, each product with the stars it is shown with. Names compare by their sort
    /// keys, made once per product (<see cref="System.Globalization.CompareInfo.GetSortKey(string)"/> orders as
    /// <see cref="StringComparer.Create(System.Globalization.CultureInfo, bool)"/> compares), not by asking the
    /// culture's collator at each of the sort's comparisons.
    /// </summary>
    private List<(Product Product, int Stars)> SortedCatalogue(Language language)
    {
        var collation = language.Culture.CompareInfo;
        return _content.Products
            .Select(p => (Product: p, Stars: _shownStars[p]))
            .OrderBy(p => p.Product.Group)
            .ThenByDescending(p => p.Stars)
            .ThenBy(p => collation.GetSortKey(p.Product.Text.In(language.Code).Name), SortKeys)
            .ThenBy(p => p.Product.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly IComparer<System.Globalization.SortKey> SortKeys = Comparer<System.Globalization.SortKey>.Create(System.Globalization.SortKey.Compare);

    /// <summary>The products made in <paramref name="village"/>, best rated first.</summary>
    public IReadOnlyList<Product> ProductsIn(string village)
    {
        SiteReads.Query(ReadFingerprints.ProductsIn, village);
        return ProductsInUnrecorded(village);
    }

    internal IReadOnlyList<Product> ProductsInUnrecorded(string village) => _productsByVillage.GetValueOrDefault(village) ?? [];

    /// <summary>
    /// The <paramref name="count"/> best-rated products (then by slug), as the home page features them. Recorded as
    /// that choice, not as every product: the page is drafted again when another product enters it, or one of these
    /// changes (each card records its own document).
    /// </summary>
    public IReadOnlyList<Product> BestRated(int count)
    {
        SiteReads.Query(ReadFingerprints.BestRated, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return BestRatedUnrecorded(count);
    }

    internal IReadOnlyList<Product> BestRatedUnrecorded(int count)
        => [.. _content.Products.OrderByDescending(p => _shownStars[p]).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(count)];

    /// <summary>The first <paramref name="count"/> tourism listings in the content's order, recorded as that choice.</summary>
    public IReadOnlyList<TourismListing> FirstTourism(int count)
    {
        SiteReads.Query(ReadFingerprints.FirstTourism, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return FirstTourismUnrecorded(count);
    }

    internal IReadOnlyList<TourismListing> FirstTourismUnrecorded(int count) => [.. _content.Tourism.Take(count)];

    /// <summary>How many products, producers and tourism listings are published (the home page's figures).</summary>
    public SiteCounts Counts => Recorded(ReadFingerprints.Counts, CountsUnrecorded);

    internal SiteCounts CountsUnrecorded => new(_content.Products.Count, _content.Producers.Count, _content.Tourism.Count);

    /// <summary>Every published producer, in the content's order (a page that lists them has read each one).</summary>
    public IReadOnlyList<Producer> Producers => Recorded(ReadFingerprints.AllOf, SiteUrls.Producers, _content.Producers);

    /// <summary>Every published tourism listing, in the content's order (a page that lists them has read each one).</summary>
    public IReadOnlyList<TourismListing> Tourism => Recorded(ReadFingerprints.AllOf, SiteUrls.Tourism, _content.Tourism);

    /// <summary>
    /// Every village a published product, producer or tourism listing names, each once, in ordinal order: recorded as
    /// that set, so a page that offers them is drafted again when a village comes or goes, not when a price changes.
    /// </summary>
    public IReadOnlyList<string> VillagesInUse => Recorded(ReadFingerprints.VillagesInUse, _villagesInUse);

    internal IReadOnlyList<string> VillagesInUseUnrecorded => _villagesInUse;

    /// <summary>News in the order every list shows it: newest first, then by slug.</summary>
    public IReadOnlyList<NewsPost> NewsNewestFirst => Recorded(ReadFingerprints.AllOf, SiteUrls.News, _newsNewestFirst);

    /// <summary>The certificate register's order: newest first.</summary>
    public IReadOnlyList<Certificate> CertificatesNewestFirst => Recorded(ReadFingerprints.AllOf, SiteUrls.Certificates, _certificatesNewestFirst);

    public DateOnly? LatestNews => Recorded(ReadFingerprints.AllOf, SiteUrls.News, _latestNews);

    public DateOnly? LatestCertificate => Recorded(ReadFingerprints.AllOf, SiteUrls.Certificates, _latestCertificate);

    /// <summary>When the catalogue last changed, as far as the content says: a product added or certified.</summary>
    public DateOnly? LatestProductChange => Recorded(ReadFingerprints.AllOf, SiteUrls.Products, _latestProductChange);

    /// <summary>When a product's page last changed: its addition or its certificate's decision, the later.</summary>
    public DateOnly? ChangedOn(Product product) => Latest(product.Added, CertificateOf(product.Certificate)?.IssuedOn);

    private static T Recorded<T>(string query, T value) => Recorded(query, "", value);

    private static T Recorded<T>(string query, string argument, T value)
    {
        SiteReads.Query(query, argument);
        return value;
    }

    public static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}

/// <summary>How many documents of each main kind are published.</summary>
public sealed record SiteCounts(int Products, int Producers, int Tourism);
