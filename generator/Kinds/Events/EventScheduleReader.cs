using System.Globalization;
using OcopShowcase.Content;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Reads <c>start:</c> and <c>end:</c> into an <see cref="EventSchedule"/>. A date alone ("2027-01-28") makes whole
/// days; a date and a time ("2026-12-20 06:00", or with a "T") a timed event in the commune's time. An end may be a
/// time alone ("11:30"), on the start's day. A missing end is one day, or a start time only.
/// </summary>
public static class EventScheduleReader
{
    // "H" reads one or two digits: 7:30 and 07:30 alike.
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd H:mm", "yyyy-MM-dd'T'H:mm"];

    private const string TimeFormat = "H:mm";

    public static EventSchedule? Read(FieldReader fields)
    {
        var startText = fields.Text("start", required: true, "ngày (và giờ) bắt đầu");
        var endText = fields.Text("end");
        var start = startText is null ? null : Parse(fields, "start", startText, sameDayAs: null);
        var end = endText is null || start is null ? null : Parse(fields, "end", endText, sameDayAs: start.Value.Date);
        if (start is null || (endText is not null && end is null))
        {
            return null;
        }

        if (end is not null && end.Value.HasTime != start.Value.HasTime)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.EventMixesDaysAndTimes, fields.At("end"), startText!, endText!);
            return null;
        }

        EventSchedule schedule = start.Value.HasTime
            ? new EventSchedule.Timed(start.Value.Moment, end?.Moment)
            : new EventSchedule.AllDay(start.Value.Date, end?.Date ?? start.Value.Date);
        if (end is not null && end.Value.Moment < start.Value.Moment)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.EventEndsBeforeStart, fields.At("end"), endText!, startText!);
            return null;
        }

        var days = schedule.LastDay.DayNumber - schedule.FirstDay.DayNumber + 1;
        if (days > EventReader.LongestLikelyDays)
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.EventVeryLong, fields.At("end"), days.ToString(CultureInfo.InvariantCulture), EventSchedule.Iso(schedule.FirstDay), EventSchedule.Iso(schedule.LastDay));
        }

        return schedule;
    }

    private static Written? Parse(FieldReader fields, string key, string text, DateOnly? sameDayAs)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return InRange(fields, key, text, date) ? new Written(date, date.ToDateTime(TimeOnly.MinValue), HasTime: false) : null;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            var day = DateOnly.FromDateTime(moment);
            return InRange(fields, key, text, day) ? new Written(day, moment, HasTime: true) : null;
        }

        if (sameDayAs is { } startDay && TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new Written(startDay, startDay.ToDateTime(time), HasTime: true);
        }

        fields.Diagnostics.Add(DiagnosticCatalogue.BadEventTime, fields.At(key), key, text);
        return null;
    }

    private static bool InRange(FieldReader fields, string key, string text, DateOnly date)
    {
        if (date.Year is >= ContentLimits.MinYear and <= ContentLimits.MaxYear)
        {
            return true;
        }

        fields.Diagnostics.Add(DiagnosticCatalogue.DateOutOfRange, fields.At(key), key, text);
        return false;
    }

    /// <summary>One of start or end as written: its day, the moment it names (midnight for a date), and whether it had a time.</summary>
    private readonly record struct Written(DateOnly Date, DateTime Moment, bool HasTime);
}
