using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// The lists that list pages show, each filtered and sorted once per build and language: a national catalogue has
/// thousands of list pages (every page of every group and star rating), and sorting 20,000 products for each of them
/// would cost more than rendering them.
/// </summary>
public sealed class SortedLists(SiteModel site)
{
    private readonly ConcurrentDictionary<(string Language, ProductGroup? Group, int? Stars), IReadOnlyList<Product>> _catalogues = new();
    private readonly Lazy<IReadOnlyList<ProductGroup>> _groups = new(() => ProductGroups.InOrder.Where(g => site.Content.Products.Any(p => p.Group == g)).ToList());
    private readonly Lazy<IReadOnlyList<Certificate>> _certificates = new(() => site.Content.Certificates.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList());

    /// <summary>The product groups that have products, in the programme's order.</summary>
    public IReadOnlyList<ProductGroup> Groups => _groups.Value;

    /// <summary>The certificate register's order: newest first.</summary>
    public IReadOnlyList<Certificate> CertificatesNewestFirst => _certificates.Value;

    /// <summary>A catalogue's products in display order: by group, then stars (highest first), then name in the reader's language.</summary>
    public IReadOnlyList<Product> Catalogue(Language language, ProductGroup? group, int? stars)
        => _catalogues.GetOrAdd((language.Code, group, stars), _ => site.Content.Products
            .Where(p => group is null || p.Group == group)
            .Where(p => stars is null || site.DisplayedStars(p.Certificate)?.Stars == stars)
            .OrderBy(p => p.Group)
            .ThenByDescending(p => site.DisplayedStars(p.Certificate)?.Stars ?? 0)
            .ThenBy(p => p.Text.In(language.Code).Name, StringComparer.Create(language.Culture, false))
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList());
}
