using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// The catalogue lists that list pages show, each filtered and sorted once per build and language (the order depends
/// on the reader's language): a national catalogue has thousands of list pages (every page of every group and star
/// rating), and sorting 20,000 products for each of them would cost more than rendering them. Orders that do not depend
/// on the language are site facts (<see cref="SiteFacts"/>).
/// </summary>
public sealed class SortedLists(SiteModel site)
{
    private readonly ConcurrentDictionary<(string Language, ProductGroup? Group, int? Stars), IReadOnlyList<Product>> _catalogues = new();

    /// <summary>A catalogue's products in display order: by group, then stars (highest first), then name in the reader's language.</summary>
    public IReadOnlyList<Product> Catalogue(Language language, ProductGroup? group, int? stars)
    {
        // Every product, on every call (the list is made once, for the first page that asks).
        SiteReads.Everything();
        return _catalogues.GetOrAdd((language.Code, group, stars), _ => site.Content.Products
            .Where(p => group is null || p.Group == group)
            .Where(p => stars is null || site.DisplayedStars(p.Certificate)?.Stars == stars)
            .OrderBy(p => p.Group)
            .ThenByDescending(p => site.DisplayedStars(p.Certificate)?.Stars ?? 0)
            .ThenBy(p => p.Text.In(language.Code).Name, StringComparer.Create(language.Culture, false))
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList());
    }
}
