using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Builds the views of the events kind in one language, on the build's date. What belongs to other kinds (product and
/// listing cards, the organiser's name and page, the rendered body) is resolved by the caller and passed in.
/// </summary>
public sealed class EventViewBuilder(UiStrings strings, Language language, DateOnly today)
{
    private readonly EventTimeText _time = new(strings, language);

    private string T(string key, params object?[] args) => strings.Get(language.Code, key, args);

    public EventCard Card(Event e)
    {
        var text = e.Text.In(language.Code);
        return new EventCard
        {
            Name = text.Name,
            Url = EventUrls.Page(language, e.Slug),
            Summary = text.Summary,
            TextLang = e.Text.IsTranslatedInto(language.Code) ? language.Code : e.Text.DefaultLanguage,
            PlaceName = text.PlaceName,
            When = _time.Of(e.When),
            IsoStart = EventTimeText.Iso(e.When),
            BadgeDay = _time.BadgeDay(e.When),
            BadgeMonth = _time.BadgeMonth(e.When),
            Past = !e.When.IsUpcomingOn(today),
            Photo = CardBuilder.Photo(e.Photos, text.PhotoAlts, text.Name),
        };
    }

    /// <param name="organiser">The organiser's name in this language and, for a producer, its page (site-rooted).</param>
    public EventPageModel Page(Event e, RawHtml body, EventOrganiserLink? organiser, IReadOnlyList<ProductCard> products, IReadOnlyList<TourismCard> listings)
    {
        var text = e.Text.In(language.Code);
        var card = Card(e);
        var details = new List<DetailRow> { new(T("event.when"), card.When), new(T("event.place"), text.PlaceName) };
        if (e.Place.Address is { } address)
        {
            details.Add(new DetailRow(T("event.address"), address));
        }

        if (organiser is not null)
        {
            details.Add(new DetailRow(T("event.organiser"), organiser.Name, organiser.Url));
        }

        var directions = CardBuilder.Directions(e.Place.Location);
        return new EventPageModel
        {
            Card = card,
            Photos = CardBuilder.Photos(e.Photos, text.PhotoAlts, text.Name),
            Body = body,
            Details = details,
            Directions = directions,
            CalendarUrl = EventUrls.Calendar(language, e.Slug),
            Products = products,
            Listings = listings,
            Actions = new ActionBarView(null, null, [], directions, T("action.call")) { BuyLabel = "" },
        };
    }

    public EventListModel List(EventAgenda agenda, string calendarAbsoluteUrl) => new()
    {
        Upcoming = agenda.Upcoming.Select(Card).ToList(),
        Past = agenda.Past.Select(Card).ToList(),
        CalendarUrl = EventUrls.AllEventsCalendar(language),
        CalendarAbsoluteUrl = calendarAbsoluteUrl,
        CalendarSubscriptionUrl = EventUrls.Subscription(calendarAbsoluteUrl),
    };

    /// <summary>The next <paramref name="count"/> events for the home page, with a link to the list; null when none is to come.</summary>
    public EventSection? Next(EventAgenda agenda, int count)
        => Section(agenda.Next(count), T("event.next"), "su-kien-sap-toi", EventUrls.List(language));

    /// <summary>The events to come where a product is shown or sold, for its page; null when none.</summary>
    public EventSection? ForProduct(EventAgenda agenda, string productSlug)
        => Section(agenda.UpcomingWithProduct(productSlug), T("event.meet_at"), "su-kien", null);

    /// <summary>The events to come that a tourism listing takes part in, for its page; null when none.</summary>
    public EventSection? ForListing(EventAgenda agenda, string listingSlug)
        => Section(agenda.UpcomingWithListing(listingSlug), T("event.take_part"), "su-kien", null);

    private EventSection? Section(IReadOnlyList<Event> events, string heading, string anchor, string? allUrl)
        => events.Count == 0 ? null : new EventSection { Heading = heading, Anchor = anchor, Events = events.Select(Card).ToList(), AllUrl = allUrl };
}
