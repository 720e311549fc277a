using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;

namespace OcopShowcase.Site;

/// <summary>
/// One page of the published site in one language. <see cref="Key"/> is the same for a page in every language,
/// which is how the language switcher and hreflang alternates find each other.
/// </summary>
public sealed record SitePage(PageKey Key, Language Language, string Url, PageSubject Subject, string? SourcePath)
{
    /// <summary>The file the page is written to ("san-pham/che-lam/index.html"): made once, asked for by every stage that handles pages.</summary>
    public string OutputPath { get; private init; } = SiteUrls.OutputPath(Url);

    /// <summary>
    /// The page's site-rooted address ("/san-pham/che-lam/"). The constructor's initialisers set the field and the
    /// output path directly; a copy made <c>with</c> another address sets both here.
    /// </summary>
    public string Url
    {
        get;
        init
        {
            field = value;
            OutputPath = SiteUrls.OutputPath(value);
        }
    } = Url;
}

/// <summary>What a page is about: a kind's page (<see cref="KindSubject"/>, rendered by its kind) or one of the site's own pages.</summary>
public abstract record PageSubject
{
    /// <summary>
    /// Whether the page's view asks the site model for everything it shows (each read recorded: <see cref="SiteReads"/>)
    /// besides the settings, the date, the theme and its frame: then the next build knows it unchanged without drafting
    /// it. Kinds' pages do, and the site's own pages; the posters page reads the posters made, which are not reads.
    /// </summary>
    public virtual bool ReadsRecorded => false;
}

/// <summary>A page a content kind makes: the kind builds its view, JSON-LD and dates.</summary>
public abstract record KindSubject(ContentKind Kind) : PageSubject
{
    public override bool ReadsRecorded => true;
}

/// <summary>A document's own page.</summary>
public sealed record DocumentSubject(ContentKind Kind, IDocument Document) : KindSubject(Kind);

/// <summary>A kind's list, or one page of it when it is split.</summary>
public record ListSubject(ContentKind Kind, Paging Paging) : KindSubject(Kind);

/// <summary>A list long enough to be split: which of its pages this is (1-based) and how many there are.</summary>
public sealed record Paging(int Number, int Count)
{
    /// <summary>Product cards per catalogue page: a phone on a slow connection gets a page that loads, and the build never holds a 20,000-card page.</summary>
    public const int ProductsPerPage = 48;

    /// <summary>Rows per page of the producer list and the certificate register.</summary>
    public const int RowsPerPage = 100;

    /// <summary>A list shown whole, on one page.</summary>
    public static Paging Single { get; } = new(1, 1);

    public static int CountFor(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    public IEnumerable<T> Slice<T>(IEnumerable<T> items, int perPage) => SliceOf(items, Number, perPage);

    /// <summary>The items on page <paramref name="number"/> (from 1) of a list split <paramref name="perPage"/> to a page.</summary>
    public static IEnumerable<T> SliceOf<T>(IEnumerable<T> items, int number, int perPage) => items.Skip((number - 1) * perPage).Take(perPage);

    /// <summary>Every page of a list that is split into pages; page 1 keeps the list's own key and address.</summary>
    public static IEnumerable<SitePage> Pages(PageKey key, Language language, string url, int items, int perPage, Func<Paging, PageSubject> subject)
    {
        var count = CountFor(items, perPage);
        for (var number = 1; number <= count; number++)
        {
            yield return new SitePage(key.Paged(number), language, SiteUrls.Paged(url, number), subject(new Paging(number, count)), null);
        }
    }
}

/// <summary>One of the site's own pages whose view reads the site model through its recorded lookups only.</summary>
public abstract record RecordedSubject : PageSubject
{
    public override bool ReadsRecorded => true;
}

public sealed record HomeSubject : RecordedSubject;

public sealed record NotFoundSubject : RecordedSubject;

public sealed record SearchSubject : RecordedSubject;

/// <summary>The visitor's saved list (<c>/da-luu/</c>): kept in their browser, filled by script (noindex, not in the sitemap).</summary>
public sealed record SavedSubject : RecordedSubject;

/// <summary>What the service worker shows for a page not kept offline: the saved and recently visited pages (noindex, not in the sitemap).</summary>
public sealed record OfflineSubject : RecordedSubject;

/// <summary>The staff page: certificates to renew, not for the public (noindex, not in the sitemap).</summary>
public sealed record StaffSubject : RecordedSubject;

/// <summary>The staff form for a new product: checked in the browser, saved as a pull request on GitHub (noindex, not in the sitemap).</summary>
public sealed record ProductFormSubject : RecordedSubject;

/// <summary>The staff page of printable QR posters: previews and PDF downloads (noindex, not in the sitemap).</summary>
public sealed record PostersSubject : PageSubject;
