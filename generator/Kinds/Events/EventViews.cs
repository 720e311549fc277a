using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// An event as a card shows it (the list, the home page, a product's or listing's page), in one language. Templates
/// read the fields in snake_case: <c>it.badge_day</c>, <c>it.when</c>…
/// </summary>
public sealed record EventCard
{
    public required string Name { get; init; }

    /// <summary>The event's page, site-rooted.</summary>
    public required string Url { get; init; }

    public required string Summary { get; init; }

    /// <summary>The language the texts are in: this page's, or the original's when not yet translated.</summary>
    public required string TextLang { get; init; }

    public required string PlaceName { get; init; }

    /// <summary>When, in words: "Chủ Nhật, 20/12/2026, 06:00–11:30", "25/01/2027 – 31/01/2027".</summary>
    public required string When { get; init; }

    /// <summary>The start as an HTML <c>datetime</c>: "2026-12-20T06:00+07:00", or "2027-01-25".</summary>
    public required string IsoStart { get; init; }

    /// <summary>The date badge: the first day's number ("20") and month ("Th 12", "Dec").</summary>
    public required string BadgeDay { get; init; }

    public required string BadgeMonth { get; init; }

    /// <summary>Ended before the build's date: the card is muted and says so.</summary>
    public required bool Past { get; init; }

    public required PhotoView? Photo { get; init; }
}

/// <summary>The model of <c>theme/layouts/event.html</c>.</summary>
public sealed record EventPageModel
{
    public required EventCard Card { get; init; }

    public required IReadOnlyList<PhotoView> Photos { get; init; }

    public required RawHtml Body { get; init; }

    /// <summary>Time, place, address, organiser (a link to the producer's page when it is one).</summary>
    public required IReadOnlyList<DetailRow> Details { get; init; }

    /// <summary>The directions button, when the place has coordinates.</summary>
    public required DirectionsView? Directions { get; init; }

    /// <summary>This event's <c>.ics</c> file, site-rooted (<see cref="EventUrls.Calendar"/>).</summary>
    public required string CalendarUrl { get; init; }

    public required IReadOnlyList<ProductCard> Products { get; init; }

    public required IReadOnlyList<TourismCard> Listings { get; init; }

    /// <summary>The phone's action bar: directions only (an event has no phone of its own; its organiser's page has).</summary>
    public required ActionBarView Actions { get; init; }
}

/// <summary>The model of <c>theme/layouts/events.html</c>: what is to come, then what has been (<see cref="EventAgenda"/>).</summary>
public sealed record EventListModel
{
    public required IReadOnlyList<EventCard> Upcoming { get; init; }

    public required IReadOnlyList<EventCard> Past { get; init; }

    /// <summary>The calendar of every event, site-rooted (<see cref="EventUrls.AllEventsCalendar"/>).</summary>
    public required string CalendarUrl { get; init; }

    /// <summary>The same, absolute, for a visitor to paste into a calendar app's "add by URL" (Google Calendar).</summary>
    public required string CalendarAbsoluteUrl { get; init; }

    /// <summary>The same as webcal://, for the button: a phone subscribes instead of importing once (<see cref="EventUrls.Subscription"/>).</summary>
    public required string CalendarSubscriptionUrl { get; init; }
}

/// <summary>
/// Upcoming events under a heading, for another kind's page (<c>theme/partials/event-section.html</c>): the next ones on
/// the home page, those a product or listing takes part in. Null, and so nothing shown, when there is none.
/// </summary>
public sealed record EventSection
{
    public required string Heading { get; init; }

    /// <summary>The section's id, for its aria-labelledby.</summary>
    public required string Anchor { get; init; }

    public required IReadOnlyList<EventCard> Events { get; init; }

    /// <summary>The list of every event (the home page), or null.</summary>
    public required string? AllUrl { get; init; }
}
