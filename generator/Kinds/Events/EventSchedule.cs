using MemoryPack;
using System.Globalization;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// When an event happens, in the commune's own time (Asia/Ho_Chi_Minh, UTC+7 all year: Vietnam has kept no daylight
/// saving time since 1975, and content dates start in 2000). Either whole days, or a start time with an optional end.
/// A closed family: every consumer (page, calendar file, JSON-LD) handles both cases or does not compile.
/// </summary>
[MemoryPackable]
[MemoryPackUnion(0, typeof(AllDay))]
[MemoryPackUnion(1, typeof(Timed))]
public abstract partial record EventSchedule
{
    /// <summary>The IANA name of the zone every time of an event is written in.</summary>
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The zone's offset from UTC, the same all year.</summary>
    public static readonly TimeSpan UtcOffset = TimeSpan.FromHours(7);

    private EventSchedule()
    {
    }

    /// <summary>The day it starts, in the commune.</summary>
    public abstract DateOnly FirstDay { get; }

    /// <summary>The last day it runs, in the commune.</summary>
    public abstract DateOnly LastDay { get; }

    /// <summary>
    /// Whether a visitor on <paramref name="today"/> can still go: it has not ended (an event running today is
    /// upcoming, not past). Decided by days, so the list does not change during the day of a build.
    /// </summary>
    public bool IsUpcomingOn(DateOnly today) => LastDay >= today;

    /// <summary><c>start: 2027-01-28</c>, <c>end: 2027-02-01</c>: whole days, both included.</summary>
    [MemoryPackable]
    public sealed partial record AllDay(DateOnly First, DateOnly Last) : EventSchedule
    {
        public override DateOnly FirstDay => First;

        public override DateOnly LastDay => Last;

        /// <summary>How many days it runs, counting both ends.</summary>
        public int Days => Last.DayNumber - First.DayNumber + 1;
    }

    /// <summary>
    /// <c>start: 2026-12-20 06:00</c>, <c>end: 2026-12-20 11:30</c>: wall-clock times in the commune (the
    /// <see cref="DateTime"/>s have no kind; <see cref="StartOffset"/> pins them to UTC+7). No end: it has a start only.
    /// </summary>
    [MemoryPackable]
    public sealed partial record Timed(DateTime Start, DateTime? End) : EventSchedule
    {
        public override DateOnly FirstDay => DateOnly.FromDateTime(Start);

        public override DateOnly LastDay => DateOnly.FromDateTime(End ?? Start);

        public DateTimeOffset StartOffset => new(Start, UtcOffset);

        public DateTimeOffset? EndOffset => End is { } end ? new DateTimeOffset(end, UtcOffset) : null;
    }

    /// <summary>"2026-12-20T06:00:00+07:00", or "2027-01-28" for a whole day: ISO 8601 as schema.org and feeds want.</summary>
    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
