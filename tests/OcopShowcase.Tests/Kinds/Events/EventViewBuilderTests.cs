using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventViewBuilderTests
{
    private static readonly UiStrings Strings = UiStrings.Load(TestPaths.Theme, ["vi", "en"], new DiagnosticBag())!;

    private static readonly Language Vietnamese = new("vi", true);

    private static readonly Language English = new("en", false);

    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Event At(string slug, params string[] lines) => EventReading.Read(EventReading.File(lines)).Event! with { Slug = slug };

    [Fact]
    public void A_card_has_its_address_badge_time_place_and_whether_it_has_ended()
    {
        var builder = new EventViewBuilder(Strings, Vietnamese, Today);

        var upcoming = builder.Card(At("phien-cho"));
        var past = builder.Card(At("hoi-cho", "start: 2026-10-15", "end: 2026-10-18"));

        Assert.Equal("/su-kien/phien-cho/", upcoming.Url);
        Assert.Equal(("20", "Th 12"), (upcoming.BadgeDay, upcoming.BadgeMonth));
        Assert.Equal("Chủ Nhật, 20/12/2026, 06:00–11:30", upcoming.When);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", upcoming.PlaceName);
        Assert.False(upcoming.Past);
        Assert.True(past.Past);
    }

    [Fact]
    public void An_untranslated_event_shows_its_vietnamese_texts_marked_as_such_on_english_pages()
    {
        var card = new EventViewBuilder(Strings, English, Today).Card(At("phien-cho"));

        Assert.Equal("/en/su-kien/phien-cho/", card.Url);
        Assert.Equal("vi", card.TextLang);
        Assert.Equal("Phiên chợ quê", card.Name);
        Assert.Equal("Sunday 20 December 2026, 06:00–11:30", card.When);
    }

    [Fact]
    public void The_page_lists_time_place_address_and_organiser_with_directions_and_its_calendar()
    {
        var model = new EventViewBuilder(Strings, Vietnamese, Today).Page(At("phien-cho"), new RawHtml(""), new EventOrganiserLink("HTX Nông nghiệp Cẩm Tân", "/chu-the/htx-nong-nghiep-cam-tan/"), [], []);

        Assert.Equal(["Thời gian", "Địa điểm", "Địa chỉ", "Đơn vị tổ chức"], model.Details.Select(d => d.Label));
        Assert.Equal("/chu-the/htx-nong-nghiep-cam-tan/", model.Details[^1].Url);
        Assert.Equal("/su-kien/phien-cho/su-kien.ics", model.CalendarUrl);
        Assert.NotNull(model.Directions);
        Assert.Equal(model.Directions, model.Actions.Directions);
        Assert.True(model.Actions.Any);
    }

    [Fact]
    public void The_list_holds_upcoming_then_past_and_the_calendar_of_every_event()
    {
        var agenda = EventAgenda.On(Today, [At("hoi-cho", "start: 2026-10-15", "end: 2026-10-18"), At("phien-cho")]);

        var list = new EventViewBuilder(Strings, English, Today).List(agenda, "https://cam-tan-ocop.github.io/en/su-kien/lich.ics");

        Assert.Equal(["/en/su-kien/phien-cho/"], list.Upcoming.Select(c => c.Url));
        Assert.Equal(["/en/su-kien/hoi-cho/"], list.Past.Select(c => c.Url));
        Assert.Equal("/en/su-kien/lich.ics", list.CalendarUrl);
    }

    [Fact]
    public void Sections_for_other_pages_show_only_events_to_come_and_are_null_without_one()
    {
        var agenda = EventAgenda.On(Today, [
            At("phien-cho", "products: [che-lam-cam-tan]", "listings: [ban-chieng]"),
            At("hoi-cho", "start: 2026-10-15", "end: 2026-10-18", "products: [mat-ong-rung-cam-tan]"),
        ]);
        var builder = new EventViewBuilder(Strings, Vietnamese, Today);

        var home = builder.Next(agenda, 3)!;
        Assert.Equal(["/su-kien/phien-cho/"], home.Events.Select(e => e.Url));
        Assert.Equal("/su-kien/", home.AllUrl);
        Assert.Equal("Gặp sản phẩm này ở sự kiện", builder.ForProduct(agenda, "che-lam-cam-tan")!.Heading);
        Assert.Null(builder.ForProduct(agenda, "mat-ong-rung-cam-tan"));
        Assert.NotNull(builder.ForListing(agenda, "ban-chieng"));
        Assert.Null(builder.ForListing(agenda, "suoi-mo-sinh-thai"));
        Assert.Null(builder.Next(EventAgenda.On(Today, []), 3));
    }
}
