namespace OcopShowcase.Kinds.Events;

/// <summary>
/// The events as a visitor plans with them on the build's date (<c>--today</c> fixes it): those still to come
/// (including any running today), soonest first, then those that have ended, most recent first. Decided once, here,
/// for the list, the home page, the pages of products and listings, and the calendar of every event.
/// </summary>
public sealed record EventAgenda
{
    public required DateOnly Today { get; init; }

    private readonly IReadOnlyList<Event> _upcoming = [];
    private readonly IReadOnlyList<Event> _past = [];

    /// <summary>Events to come (a page that shows them has read every event: <see cref="Site.SiteReads"/>).</summary>
    public required IReadOnlyList<Event> Upcoming
    {
        get
        {
            Site.SiteReads.Query(Site.ReadFingerprints.AllOf, EventKind.SectionName);
            return _upcoming;
        }

        init => _upcoming = value;
    }

    public required IReadOnlyList<Event> Past
    {
        get
        {
            Site.SiteReads.Query(Site.ReadFingerprints.AllOf, EventKind.SectionName);
            return _past;
        }

        init => _past = value;
    }

    /// <summary>Every event: upcoming, then past.</summary>
    public IEnumerable<Event> All => Upcoming.Concat(Past);

    public static EventAgenda On(DateOnly today, IEnumerable<Event> events)
    {
        var all = events.ToList();
        return new EventAgenda
        {
            Today = today,
            Upcoming = all.Where(e => e.When.IsUpcomingOn(today)).OrderBy(StartOf).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList(),
            Past = all.Where(e => !e.When.IsUpcomingOn(today)).OrderByDescending(StartOf).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The next <paramref name="count"/> events to come (the home page).</summary>
    public IReadOnlyList<Event> Next(int count) => Upcoming.Take(count).ToList();

    /// <summary>Events to come where a product is shown or sold (its page says "Gặp sản phẩm tại…").</summary>
    public IReadOnlyList<Event> UpcomingWithProduct(string productSlug)
    {
        Site.SiteReads.Query(Site.ReadFingerprints.EventsWithProduct, productSlug);
        return _upcoming.Where(e => e.Products.Any(p => p.Slug == productSlug)).ToList();
    }

    /// <summary>Events to come that a tourism listing takes part in.</summary>
    public IReadOnlyList<Event> UpcomingWithListing(string listingSlug)
    {
        Site.SiteReads.Query(Site.ReadFingerprints.EventsWithListing, listingSlug);
        return _upcoming.Where(e => e.Listings.Any(l => l.Slug == listingSlug)).ToList();
    }

    /// <summary>When it starts, for ordering: a whole day from its first midnight, so it comes before that day's timed events.</summary>
    private static DateTime StartOf(Event e) => e.When switch
    {
        EventSchedule.Timed timed => timed.Start,
        _ => e.When.FirstDay.ToDateTime(TimeOnly.MinValue),
    };
}
