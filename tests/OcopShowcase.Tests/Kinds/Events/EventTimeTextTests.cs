using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventTimeTextTests
{
    private static readonly UiStrings Strings = UiStrings.Load(TestPaths.Theme, ["vi", "en"], new DiagnosticBag())!;

    private static string Vi(EventSchedule when) => new EventTimeText(Strings, new Language("vi", true)).Of(when);

    private static string En(EventSchedule when) => new EventTimeText(Strings, new Language("en", false)).Of(when);

    [Fact]
    public void A_timed_event_on_one_day_names_the_day_then_the_hours()
    {
        var market = new EventSchedule.Timed(new DateTime(2026, 12, 20, 6, 0, 0), new DateTime(2026, 12, 20, 11, 30, 0));

        Assert.Equal("Chủ Nhật, 20/12/2026, 06:00–11:30", Vi(market));
        Assert.Equal("Sunday 20 December 2026, 06:00–11:30", En(market));
    }

    [Fact]
    public void Whole_days_are_a_range_of_dates_or_one_day()
    {
        Assert.Equal("25/01/2027 – 31/01/2027", Vi(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31))));
        Assert.Equal("25 Jan 2027 – 31 Jan 2027", En(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31))));
        Assert.Equal("Thứ Bảy, 30/01/2027", Vi(new EventSchedule.AllDay(new DateOnly(2027, 1, 30), new DateOnly(2027, 1, 30))));
    }

    [Fact]
    public void A_start_time_alone_says_from()
        => Assert.Equal("Thứ Bảy, 12/12/2026, từ 18:30", Vi(new EventSchedule.Timed(new DateTime(2026, 12, 12, 18, 30, 0), null)));

    [Fact]
    public void The_badge_shows_the_first_days_number_and_month()
    {
        var text = new EventTimeText(Strings, new Language("vi", true));
        var when = new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31));

        Assert.Equal("25", text.BadgeDay(when));
        Assert.Equal("Th 1", text.BadgeMonth(when));
        Assert.Equal("Jan", new EventTimeText(Strings, new Language("en", false)).BadgeMonth(when));
        Assert.Equal("2026-12-20T06:00+07:00", EventTimeText.Iso(new EventSchedule.Timed(new DateTime(2026, 12, 20, 6, 0, 0), null)));
    }

    [Fact]
    public void A_timed_event_over_several_days_names_both_dates_and_times()
        => Assert.Equal("18:00 ngày 20/12/2026 – 06:00 ngày 21/12/2026", Vi(new EventSchedule.Timed(new DateTime(2026, 12, 20, 18, 0, 0), new DateTime(2026, 12, 21, 6, 0, 0))));
}
