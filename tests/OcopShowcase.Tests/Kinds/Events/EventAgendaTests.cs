using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventAgendaTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Event At(string slug, params string[] lines)
        => EventReading.Read(EventReading.File(lines)).Event! with { Slug = slug };

    [Fact]
    public void Upcoming_events_come_soonest_first_then_past_ones_most_recent_first_and_today_is_upcoming()
    {
        var agenda = EventAgenda.On(Today, [
            At("tet", "start: 2027-01-25", "end: 2027-01-31"),
            At("fair", "start: 2026-10-15", "end: 2026-10-18"),
            At("market", "start: 2026-12-20 06:00", "end: 2026-12-20 11:30"),
            At("older", "start: 2026-03-01", "end:"),
            At("today", "start: 2026-11-28", "end: 2026-11-29"),
            At("gongs", "start: 2026-12-12 18:30", "end: \"21:30\""),
        ]);

        Assert.Equal(["today", "gongs", "market", "tet"], agenda.Upcoming.Select(e => e.Slug));
        Assert.Equal(["fair", "older"], agenda.Past.Select(e => e.Slug));
        Assert.Equal(["today", "gongs"], agenda.Next(2).Select(e => e.Slug));
    }

    [Fact]
    public void A_product_or_listing_knows_the_upcoming_events_it_takes_part_in()
    {
        var agenda = EventAgenda.On(Today, [
            At("market", "products: [che-lam-cam-tan]", "listings: [ban-chieng]"),
            At("fair", "start: 2026-10-15", "end: 2026-10-18", "products: [che-lam-cam-tan]"),
            At("other", "products: [mat-ong-rung-cam-tan]"),
        ]);

        Assert.Equal(["market"], agenda.UpcomingWithProduct("che-lam-cam-tan").Select(e => e.Slug));
        Assert.Equal(["market"], agenda.UpcomingWithListing("ban-chieng").Select(e => e.Slug));
        Assert.Empty(agenda.UpcomingWithListing("suoi-mo-sinh-thai"));
    }
}
