using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;
using OcopShowcase.Output;

namespace OcopShowcase.Site;

/// <summary>
/// The fingerprint, in this build, of everything a page can read (<see cref="SiteReads"/>): a document is its source
/// files' (<see cref="ContentSet.Fingerprints"/>), or "absent"; a list is what a page gets of it, in order: its members'
/// slugs (cards record their own documents), with their documents' fingerprints, or with their names alone (a
/// certificate's products, <see cref="ProductName"/>).
/// Equal fingerprints of everything a page read last time mean its values are the same (with the same site-wide
/// inputs: <see cref="Shared"/>). Each list is fingerprinted once per build.
/// </summary>
public sealed class ReadFingerprints
{
    public const string ProductsOf = "products-of";
    public const string TourismOf = "tourism-of";
    public const string ProductsUnder = "products-under";
    public const string ProductsIn = "products-in";
    public const string GroupsInUse = "groups";
    public const string ProductsWithStars = "stars";
    public const string StarsInUse = "stars-in-use";

    /// <summary>The best-rated products a page features (the argument: how many).</summary>
    public const string BestRated = "best-rated";

    /// <summary>The first tourism listings a page shows (the argument: how many).</summary>
    public const string FirstTourism = "first-tourism";

    /// <summary>The villages the published documents name (<see cref="SiteFacts.VillagesInUse"/>).</summary>
    public const string VillagesInUse = "villages";

    /// <summary>How many products, producers and listings are published.</summary>
    public const string Counts = "counts";

    /// <summary>One page of a product catalogue (the argument: <see cref="CatalogueSlice.Argument"/>).</summary>
    public const string Catalogue = "catalogue";
    public const string EventsWithProduct = "events-with-product";
    public const string EventsWithListing = "events-with-listing";

    /// <summary>A photo shown from its address (a Markdown image, maybe another document's): its derivatives are named after its pixels.</summary>
    public const string Photo = "photo";

    /// <summary>Every document of a section (the argument), in any order.</summary>
    public const string AllOf = "all";

    private const string Absent = "absent";

    private readonly SiteModel _site;
    private readonly Assets.Images.PhotoSet _photos;
    private readonly Dictionary<string, string> _documents;

    /// <summary>The documents by "section/slug" as a token's text holds them: looked up without cutting the token.</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _documentsBySpan;
    private readonly Dictionary<string, IReadOnlyList<string>> _sections;
    private readonly ConcurrentDictionary<string, string> _tokens;

    public ReadFingerprints(SiteModel site, Assets.Images.PhotoSet photos)
    {
        _site = site;
        _photos = photos;
        var content = site.Facts.Unrecorded;
        var published = content.Documents
            .SelectMany(kind => kind.Value.Select(document => (Section: kind.Key.Section, document.Slug)))
            .ToList();
        _documents = published.ToDictionary(
            d => $"{d.Section}/{d.Slug}",
            d => content.Fingerprints.GetValueOrDefault(new DocumentId(d.Section, d.Slug)) ?? Absent,
            StringComparer.Ordinal);
        _documentsBySpan = _documents.GetAlternateLookup<ReadOnlySpan<char>>();
        // Pages read each document about once ("d:" tokens) and a few lists: sized for them, not grown a table at a time.
        _tokens = new(Environment.ProcessorCount, _documents.Count, StringComparer.Ordinal);
        _sections = published.GroupBy(d => d.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => d.Slug).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Shared = Fingerprint.Of(
            new[] { content.SharedFingerprint, content.Glossary.Fingerprint, site.Today.ToString("O") }
                .Concat(content.Drafts.Documents.Select(d => d.ToString()).Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// What every page reads without asking: the settings, rating rules and glossary (the content folder's own files),
    /// the build date (stars and events change with it), which documents are drafts.
    /// </summary>
    public string Shared { get; }

    /// <summary>The fingerprint of one thing read, now: compared with its fingerprint in the previous build's table of reads.</summary>
    public string Of(string token) => _tokens.TryGetValue(token, out var known) ? known : _tokens.GetOrAdd(token, Compute);

    private string Compute(string token)
    {
        if (token.StartsWith("d:", StringComparison.Ordinal))
        {
            return _documentsBySpan.TryGetValue(token.AsSpan(2), out var print) ? print : Absent;
        }

        // "q:<query>:<argument>" (the argument may hold colons).
        var end = token.StartsWith("q:", StringComparison.Ordinal) ? token.IndexOf(':', 2) : -1;
        if (end < 0)
        {
            return Unknown;
        }

        var (query, argument) = (token[2..end], token[(end + 1)..]);
        var facts = _site.Facts;
        var events = Kinds.ContentKinds.Get<Kinds.Events.EventKind>();
        return query switch
        {
            // Lists whose members pages show as cards: the members and their order (each card records its own document).
            ProductsOf => Slugs(_site.ProductsOfUnrecorded(argument).Select(p => p.Slug)),
            TourismOf => Slugs(_site.TourismOfUnrecorded(argument).Select(l => l.Slug)),
            ProductsIn => Slugs(facts.ProductsInUnrecorded(argument).Select(p => p.Slug)),
            // A certificate's row names its products: their slugs and names, what a row shows of them.
            ProductsUnder => Names(_site.CertifiedUnrecorded(argument)),
            EventsWithProduct => Members(events.Section, Unrecorded(() => events.AgendaOf(facts).UpcomingWithProduct(argument)).Select(e => e.Slug)),
            EventsWithListing => Members(events.Section, Unrecorded(() => events.AgendaOf(facts).UpcomingWithListing(argument)).Select(e => e.Slug)),
            AllOf => Members(argument, _sections.GetValueOrDefault(argument) ?? []),
            // Which groups and ratings have products, and how many each rating has: the values themselves.
            GroupsInUse => Fingerprint.Of(facts.GroupsInUseUnrecorded.Select(g => g.Key())),
            StarsInUse => Fingerprint.Of(facts.StarsInUseUnrecorded.Select(Number)),
            // Cards record their own documents: the choice is its members, in order.
            BestRated => int.TryParse(argument, System.Globalization.CultureInfo.InvariantCulture, out var best) ? Slugs(facts.BestRatedUnrecorded(best).Select(p => p.Slug)) : Absent,
            FirstTourism => int.TryParse(argument, System.Globalization.CultureInfo.InvariantCulture, out var first) ? Slugs(facts.FirstTourismUnrecorded(first).Select(l => l.Slug)) : Absent,
            VillagesInUse => Fingerprint.Of(facts.VillagesInUseUnrecorded),
            Counts => Fingerprint.Of(Number(facts.CountsUnrecorded.Products), Number(facts.CountsUnrecorded.Producers), Number(facts.CountsUnrecorded.Tourism)),
            ProductsWithStars => Fingerprint.Of(facts.ProductsWithStarsUnrecorded.OrderBy(p => p.Key).SelectMany(p => new[] { Number(p.Key), Number(p.Value) })),
            // A catalogue page's products (each card records its own document) and the list's length (its pagination).
            Catalogue => CatalogueSlice.TryParse(argument) is { } slice && _site.Languages.FirstOrDefault(l => l.Code == slice.Language) is { } language
                && facts.CatalogueUnrecorded(language, slice) is var page
                ? Fingerprint.Of(page.Products.Select(p => p.Slug).Prepend(Number(page.Total)))
                : Absent,
            Photo => _photos.Find(argument) is { } photo ? Fingerprint.Of(photo.SourceUrl, photo.Largest.JpegPath, photo.FullSizePath) : Absent,
            // Written by another generator (a manifest from before a query was renamed): never equal, the page is drafted.
            _ => Unknown,
        };
    }

    /// <summary>A fingerprint no read ever has: the page that recorded the read is drafted.</summary>
    private static string Unknown => Guid.NewGuid().ToString("N");

    /// <summary>A list as a page reads it, without recording it as a read of whatever page this thread may be drafting.</summary>
    private static T Unrecorded<T>(Func<T> read)
    {
        using var paused = SiteReads.Pause();
        return read();
    }

    private static string Slugs(IEnumerable<string> slugs) => Fingerprint.Of(slugs);

    /// <summary>An empty list's fingerprint: most products are in no event, and 20,000 of them each hashed nothing.</summary>
    private static readonly string NoMembers = Fingerprint.Of(Enumerable.Empty<string>());

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What <see cref="SiteModel.ProductsUnder"/> gives of <paramref name="products"/>: their names (<see cref="ProductName"/>).</summary>
    private string Names(IReadOnlyList<Product> products)
    {
        if (products.Count == 0)
        {
            return NoMembers;
        }

        using var hash = new FingerprintBuilder();
        foreach (var product in products)
        {
            ProductName.AddTo(hash, product, _site.Languages);
        }

        return hash.Finish();
    }

    private string Members(string section, IEnumerable<string> slugs)
    {
        using var hash = new FingerprintBuilder();
        var any = false;
        foreach (var slug in slugs)
        {
            hash.Add(slug).Add(_documents.GetValueOrDefault($"{section}/{slug}") ?? Absent);
            any = true;
        }

        return any ? hash.Finish() : NoMembers;
    }

    /// <summary>
    /// The key of what a page's values depend on besides its reads (its frame: address, language, site values, share
    /// card, paging) and of what every page reads without asking (<see cref="Shared"/>). A page is unchanged when this
    /// key is and so is the fingerprint of each thing it read (<see cref="Of"/>), compared one by one.
    /// </summary>
    public string FrameKeyOf(params ReadOnlySpan<string> own)
    {
        using var hash = new FingerprintBuilder();
        foreach (var part in own)
        {
            hash.Add(part);
        }

        return hash.Add(Shared).Finish();
    }
}
