using System.Globalization;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// When an event happens, in the words of one language, with the patterns of the theme's strings (<c>event.format.*</c>):
/// "Chủ Nhật, 20/12/2026, 06:00–11:30" or "Sunday 20 December 2026, 06:00–11:30"; whole days "25/01/2027 – 31/01/2027".
/// </summary>
public sealed class EventTimeText(UiStrings strings, Language language)
{
    private string T(string key, params object?[] args) => strings.Get(language.Code, key, args);

    private string Day(DateOnly day) => day.ToString(T("event.format.day"), language.Culture);

    private string Date(DateOnly day) => day.ToString(T("event.format.date"), language.Culture);

    private string Time(DateTime time) => time.ToString(T("event.format.time"), language.Culture);

    public string Of(EventSchedule when) => when switch
    {
        EventSchedule.AllDay day when day.First == day.Last => Day(day.First),
        EventSchedule.AllDay day => T("event.format.days", Date(day.First), Date(day.Last)),
        EventSchedule.Timed { End: null } timed => T("event.format.from", Day(DateOnly.FromDateTime(timed.Start)), Time(timed.Start)),
        EventSchedule.Timed { End: { } end } timed when end.Date == timed.Start.Date
            => T("event.format.times", Day(DateOnly.FromDateTime(timed.Start)), Time(timed.Start), Time(end)),
        EventSchedule.Timed { End: { } end } timed
            => T("event.format.days", T("event.format.date_time", Date(DateOnly.FromDateTime(timed.Start)), Time(timed.Start)), T("event.format.date_time", Date(DateOnly.FromDateTime(end)), Time(end))),
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "A new kind of schedule needs its words."),
    };

    /// <summary>The start for an HTML <c>datetime</c> attribute: a zoned time, or a date.</summary>
    public static string Iso(EventSchedule when) => when switch
    {
        EventSchedule.Timed timed => timed.StartOffset.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture),
        _ => EventSchedule.Iso(when.FirstDay),
    };

    /// <summary>The badge's day number.</summary>
    public string BadgeDay(EventSchedule when) => when.FirstDay.ToString("%d", CultureInfo.InvariantCulture);

    /// <summary>The badge's month: "Th 12", "Dec".</summary>
    public string BadgeMonth(EventSchedule when) => when.FirstDay.ToString(T("event.format.badge_month"), language.Culture);
}
