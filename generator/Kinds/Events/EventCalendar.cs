using OcopShowcase.Content.Model;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// A calendar file as published: one event (<see cref="EventUrls.Calendar"/>) or every event of a language
/// (<see cref="EventUrls.AllEventsCalendar"/>). Everything it says is decided here or by the caller; the writer
/// (<see cref="IcsWriter"/>) only spells it.
/// </summary>
public sealed record EventCalendar
{
    /// <summary>The calendar's name in a phone's list of calendars (the all-events file), e.g. "Sự kiện – OCOP Cẩm Tân".</summary>
    public required string Name { get; init; }

    /// <summary>
    /// DTSTAMP of every entry. It must not come from the clock, or two builds would differ: the caller passes the
    /// build's date (<c>--today</c> fixes it), see <see cref="StampOf"/>.
    /// </summary>
    public required DateTimeOffset Stamp { get; init; }

    /// <summary>Whether phones that subscribe should look for changes (the all-events file), once a day.</summary>
    public required bool Subscribable { get; init; }

    public required IReadOnlyList<CalendarEntry> Entries { get; init; }

    /// <summary>The build's date at midnight UTC: the same for every build of that day, so the output is deterministic.</summary>
    public static DateTimeOffset StampOf(DateOnly buildDate) => new(buildDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>One event as a calendar shows it, in one language.</summary>
public sealed record CalendarEntry
{
    /// <summary>
    /// Stable across builds and languages, unique across sites under one host (two project sites on one *.github.io):
    /// "phien-cho-que-cam-tan@xa-cam-tan.github.io/ocop" (<see cref="UidOf"/>).
    /// </summary>
    public required string Uid { get; init; }

    /// <summary>The language the texts are really in: the calendar's, or the event's own when it is not translated.</summary>
    public required string Language { get; init; }

    public required EventSchedule When { get; init; }

    public required string Summary { get; init; }

    public required string Description { get; init; }

    public required string Location { get; init; }

    public required Coordinates? Geo { get; init; }

    /// <summary>The event's page, absolute.</summary>
    public required string Url { get; init; }

    /// <summary>
    /// What a calendar shows of <paramref name="e"/> in <paramref name="language"/>: its name, its summary then its
    /// page's address (most calendar apps show no URL field), and its place as "name, address".
    /// </summary>
    public static CalendarEntry Of(Event e, string language, string absolutePageUrl, Uri baseUrl)
    {
        var text = e.Text.In(language);
        return new CalendarEntry
        {
            Uid = UidOf(e.Slug, baseUrl),
            Language = e.Text.IsTranslatedInto(language) ? language : e.Text.DefaultLanguage,
            When = e.When,
            Summary = text.Name,
            Description = text.Summary + "\n\n" + absolutePageUrl,
            Location = e.Place.Address is { } address ? $"{text.PlaceName}, {address}" : text.PlaceName,
            Geo = e.Place.Location,
            Url = absolutePageUrl,
        };
    }

    /// <summary>The event's slug at the site's host and base path: "slug@host" for a site at a host's root, "slug@host/path" otherwise.</summary>
    public static string UidOf(string slug, Uri baseUrl) => $"{slug}@{baseUrl.Host}{baseUrl.AbsolutePath.TrimEnd('/')}";
}
