using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Every address the events kind publishes, site-rooted like <see cref="SiteUrls"/> (which the registry of kinds may
/// absorb): the list, each event's page, its calendar file, and the calendar of every event a phone subscribes to.
/// </summary>
public static class EventUrls
{
    /// <summary>The file name of one event's calendar, beside its page.</summary>
    public const string EventCalendarFile = "su-kien.ics";

    /// <summary>The file name of the calendar of every event, beside the list.</summary>
    public const string AllEventsCalendarFile = "lich.ics";

    public static string List(Language language) => $"{language.PathPrefix}/{EventKind.SectionName}/";

    public static string Page(Language language, string slug) => $"{language.PathPrefix}/{EventKind.SectionName}/{slug}/";

    /// <summary>"/su-kien/phien-cho-que-cam-tan/su-kien.ics": one event, to add to a phone's calendar.</summary>
    public static string Calendar(Language language, string slug) => Page(language, slug) + EventCalendarFile;

    /// <summary>"/su-kien/lich.ics": every published event, past and upcoming, to subscribe to.</summary>
    public static string AllEventsCalendar(Language language) => List(language) + AllEventsCalendarFile;

    /// <summary>
    /// "webcal://host/su-kien/lich.ics" for "https://host/su-kien/lich.ics": the form a phone's calendar app opens as a
    /// subscription that refreshes, where the https address would be imported once.
    /// </summary>
    public static string Subscription(string absoluteUrl)
    {
        var uri = new Uri(absoluteUrl).AbsoluteUri;
        return "webcal" + uri[uri.IndexOf(':', StringComparison.Ordinal)..];
    }
}
