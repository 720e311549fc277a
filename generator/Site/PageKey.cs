namespace OcopShowcase.Site;

/// <summary>
/// Which page this is, the same in every language (how translations find each other, and what a share card or poster
/// belongs to). <see cref="Kind"/> names the content kind a page belongs to (null for a site-wide page), so nothing
/// parses a key back; <see cref="ToString"/> is the stable text form ("product/che-lam", "products/page/2").
/// </summary>
public readonly record struct PageKey
{
    private readonly string _path;

    private PageKey(string? kind, string path) => (Kind, _path) = (kind, path);

    public string? Kind { get; }

    /// <summary>A page of the site as a whole: "home", "search", "404"…</summary>
    public static PageKey Site(string name) => new(null, name);

    /// <summary>A document's own page: "product/che-lam".</summary>
    public static PageKey Document(string kind, string slug) => new(kind, $"{kind}/{slug}");

    /// <summary>A kind's list page ("products", "products/group/thuc-pham"); page 1 of a split list keeps it.</summary>
    public static PageKey List(string kind, string path) => new(kind, path);

    /// <summary>Page <paramref name="number"/> of a list split into pages.</summary>
    public PageKey Paged(int number) => number == 1 ? this : new(Kind, $"{_path}/page/{number}");

    public override string ToString() => _path;
}
