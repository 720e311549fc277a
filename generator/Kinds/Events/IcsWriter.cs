using System.Globalization;
using System.Text;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Writes an <see cref="EventCalendar"/> as an RFC 5545 file. Timed events are written in the commune's zone
/// (<c>DTSTART;TZID=Asia/Ho_Chi_Minh</c>) with the VTIMEZONE that defines it (UTC+7, no daylight saving), whole days
/// as <c>VALUE=DATE</c> with the exclusive end RFC 5545 asks for (the day after the last).
/// </summary>
public static class IcsWriter
{
    public const string MediaType = "text/calendar; charset=utf-8";

    private const string ProductId = "-//OCOP Showcase//Su kien//VI";

    public static string Write(EventCalendar calendar)
    {
        var ics = new StringBuilder();
        void Line(string line) => ics.Append(IcsText.Fold(line));

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:" + ProductId);
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-TIMEZONE:" + EventSchedule.TimeZoneId);
        if (calendar.Subscribable)
        {
            // A name makes a calendar app open the file as a calendar of its own: only the one phones subscribe to.
            Line("NAME:" + IcsText.Escape(calendar.Name));
            Line("X-WR-CALNAME:" + IcsText.Escape(calendar.Name));
            Line("REFRESH-INTERVAL;VALUE=DURATION:P1D");
            Line("X-PUBLISHED-TTL:P1D");
        }

        // RFC 5545 asks for at least one component: the subscribable calendar of a site without events still has its zone.
        if (calendar.Subscribable || calendar.Entries.Any(e => e.When is EventSchedule.Timed))
        {
            TimeZone(Line);
        }

        var stamp = calendar.Stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var entry in calendar.Entries)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + entry.Uid);
            Line("DTSTAMP:" + stamp);
            Schedule(entry.When, Line);
            Line("SUMMARY;LANGUAGE=" + entry.Language + ":" + IcsText.Escape(entry.Summary));
            Line("DESCRIPTION;LANGUAGE=" + entry.Language + ":" + IcsText.Escape(entry.Description));
            Line("LOCATION;LANGUAGE=" + entry.Language + ":" + IcsText.Escape(entry.Location));
            if (entry.Geo is { } geo)
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"GEO:{geo.Latitude};{geo.Longitude}"));
            }

            Line("URL;VALUE=URI:" + entry.Url);
            Line("STATUS:CONFIRMED");
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static void Schedule(EventSchedule when, Action<string> line)
    {
        switch (when)
        {
            case EventSchedule.AllDay day:
                line("DTSTART;VALUE=DATE:" + Date(day.First));
                line("DTEND;VALUE=DATE:" + Date(day.Last.AddDays(1)));
                break;
            case EventSchedule.Timed timed:
                line($"DTSTART;TZID={EventSchedule.TimeZoneId}:{Local(timed.Start)}");
                if (timed.End is { } end)
                {
                    line($"DTEND;TZID={EventSchedule.TimeZoneId}:{Local(end)}");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(when), when, "A new kind of schedule needs its calendar form.");
        }
    }

    /// <summary>Asia/Ho_Chi_Minh has been UTC+7 all year since 13 June 1975, before any date content may carry.</summary>
    private static void TimeZone(Action<string> line)
    {
        var offset = $"+{EventSchedule.UtcOffset.Hours:00}{EventSchedule.UtcOffset.Minutes:00}";
        line("BEGIN:VTIMEZONE");
        line("TZID:" + EventSchedule.TimeZoneId);
        line("BEGIN:STANDARD");
        line("DTSTART:19750613T000000");
        line("TZOFFSETFROM:" + offset);
        line("TZOFFSETTO:" + offset);
        line("TZNAME:ICT");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
