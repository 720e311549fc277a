using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// One page of the published site in one language. <see cref="Key"/> is the same for a page in every language,
/// which is how the language switcher and hreflang alternates find each other.
/// </summary>
public sealed record SitePage(string Key, Language Language, string Url, PageSubject Subject, string? SourcePath);

/// <summary>What a page is about; the Rendering stage picks a template by its type.</summary>
public abstract record PageSubject;

public sealed record HomeSubject : PageSubject;

/// <summary>A list long enough to be split: which of its pages this is (1-based) and how many there are.</summary>
public sealed record Paging(int Number, int Count)
{
    /// <summary>Product cards per catalogue page: a phone on a slow connection gets a page that loads, and the build never holds a 20,000-card page.</summary>
    public const int ProductsPerPage = 48;

    /// <summary>Rows per page of the producer list and the certificate register.</summary>
    public const int RowsPerPage = 100;

    public static int CountFor(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    public IEnumerable<T> Slice<T>(IEnumerable<T> items, int perPage) => items.Skip((Number - 1) * perPage).Take(perPage);
}

public sealed record ProductCatalogueSubject(ProductGroup? Group, int? Stars, Paging Paging) : PageSubject;

public sealed record ProductSubject(Product Product) : PageSubject;

public sealed record ProducerListSubject(Paging Paging) : PageSubject;

public sealed record ProducerSubject(Producer Producer) : PageSubject;

public sealed record CertificateRegisterSubject(Paging Paging) : PageSubject;

public sealed record CertificateSubject(Certificate Certificate) : PageSubject;

public sealed record TourismListSubject : PageSubject;

public sealed record TourismSubject(TourismListing Listing) : PageSubject;

public sealed record NewsListSubject : PageSubject;

public sealed record NewsSubject(NewsPost Post) : PageSubject;

public sealed record StaticPageSubject(StaticPage Page) : PageSubject;

public sealed record NotFoundSubject : PageSubject;

public sealed record SearchSubject : PageSubject;

/// <summary>The visitor's saved list (<c>/da-luu/</c>): kept in their browser, filled by script (noindex, not in the sitemap).</summary>
public sealed record SavedSubject : PageSubject;

/// <summary>What the service worker shows for a page not kept offline: the saved and recently visited pages (noindex, not in the sitemap).</summary>
public sealed record OfflineSubject : PageSubject;

/// <summary>The staff page: certificates to renew, not for the public (noindex, not in the sitemap).</summary>
public sealed record StaffSubject : PageSubject;

/// <summary>The staff form for a new product: checked in the browser, saved as a pull request on GitHub (noindex, not in the sitemap).</summary>
public sealed record ProductFormSubject : PageSubject;

/// <summary>The staff page of printable QR posters: previews and PDF downloads (noindex, not in the sitemap).</summary>
public sealed record PostersSubject : PageSubject;
