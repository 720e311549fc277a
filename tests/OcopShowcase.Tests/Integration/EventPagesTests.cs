using System.Text.Json;
using AngleSharp.Dom;
using Ical.Net;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// The events of the sample as a visitor meets them on 2026-11-29: their pages and JSON-LD, the list (what is to come
/// before what has been), the English pages, and every calendar file read by an independent parser (Ical.Net) and
/// checked against the page it belongs to.
/// </summary>
public sealed class EventPagesTests(RootSite root) : IClassFixture<RootSite>
{
    private const string Origin = "https://cam-tan-ocop.github.io";

    /// <summary>The sample's events, soonest first on 2026-11-29, then the one that has ended.</summary>
    private static readonly string[] Upcoming = ["dem-cong-chieng-ban-chieng", "phien-cho-que-cam-tan", "hoi-cho-xuan-dinh-mui-2027"];

    private static readonly string[] Past = ["hoi-cho-ocop-thanh-hoa-2026"];

    private static readonly string[] Events = Directory.GetDirectories(Path.Combine(TestPaths.Content, "su-kien")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private SampleSite Site => root.Site;

    private static JsonElement EventOf(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        return Assert.Single(json.RootElement.GetProperty("@graph").EnumerateArray(), e => e.GetProperty("@type").GetString() == "Event").Clone();
    }

    private static string Slug(IElement card) => card.QuerySelector(".event-card__title a")!.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

    [Fact]
    public void The_sample_has_the_events_the_tests_expect()
        => Assert.Equal(Upcoming.Concat(Past).Order(StringComparer.Ordinal), Events);

    [Fact]
    public void An_event_page_carries_schema_org_Event_with_zoned_times_place_and_organiser()
    {
        var page = Site.Page("su-kien/phien-cho-que-cam-tan/index.html");
        var e = EventOf(page);

        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), e.GetProperty("name").GetString());
        Assert.Equal("2026-12-20T06:00:00+07:00", e.GetProperty("startDate").GetString());
        Assert.Equal("2026-12-20T11:30:00+07:00", e.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", e.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("vi", e.GetProperty("inLanguage").GetString());
        Assert.Equal($"{Origin}/su-kien/phien-cho-que-cam-tan/", e.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("description").GetString()));
        Assert.Equal([$"{Origin}/su-kien/phien-cho-que-cam-tan/anh-1.jpg"], e.GetProperty("image").EnumerateArray().Select(i => i.GetString()));

        var place = e.GetProperty("location");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", place.GetProperty("name").GetString());
        Assert.Equal("PostalAddress", place.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("VN", place.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.Equal(20.2192m, place.GetProperty("geo").GetProperty("latitude").GetDecimal());

        var organizer = e.GetProperty("organizer");
        Assert.Equal("Organization", organizer.GetProperty("@type").GetString());
        Assert.Equal("HTX Nông nghiệp Cẩm Tân", organizer.GetProperty("name").GetString());
        Assert.Equal($"{Origin}/chu-the/htx-nong-nghiep-cam-tan/", organizer.GetProperty("url").GetString());
        Assert.Contains(page.QuerySelectorAll(".facts a"), a => a.GetAttribute("href") == "/chu-the/htx-nong-nghiep-cam-tan/");
    }

    [Fact]
    public void Whole_day_events_are_dates_and_an_organiser_by_name_has_no_page()
    {
        var e = EventOf(Site.Page("su-kien/hoi-cho-xuan-dinh-mui-2027/index.html"));

        Assert.Equal("2027-01-25", e.GetProperty("startDate").GetString());
        Assert.Equal("2027-01-31", e.GetProperty("endDate").GetString());
        Assert.Equal("UBND xã Cẩm Tân", e.GetProperty("organizer").GetProperty("name").GetString());
        Assert.False(e.GetProperty("organizer").TryGetProperty("url", out _));
    }

    [Fact]
    public void The_list_shows_what_is_to_come_soonest_first_before_what_has_ended()
    {
        var page = Site.Page("su-kien/index.html");
        var cards = page.QuerySelectorAll(".event-card").ToList();

        Assert.Equal(Upcoming.Concat(Past), cards.Select(Slug));
        Assert.All(cards.Take(Upcoming.Length), c => Assert.DoesNotContain("event-card--past", c.ClassList));
        Assert.All(cards.Skip(Upcoming.Length), c => Assert.Contains("event-card--past", c.ClassList));
        var upcomingHeading = page.QuerySelector("#sap-dien-ra")!;
        var pastHeading = page.QuerySelector("#da-dien-ra")!;
        Assert.True(upcomingHeading.CompareDocumentPosition(cards[0]).HasFlag(DocumentPositions.Following));
        Assert.True(pastHeading.CompareDocumentPosition(cards[^1]).HasFlag(DocumentPositions.Following));
        Assert.True(cards[Upcoming.Length - 1].CompareDocumentPosition(pastHeading).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public void An_event_card_shows_its_date_badge_time_and_place()
    {
        var card = Site.Page("su-kien/index.html").QuerySelectorAll(".event-card").Single(c => Slug(c) == "phien-cho-que-cam-tan");

        Assert.Equal("20", card.QuerySelector(".event-card__day")!.TextContent);
        Assert.Equal("2026-12-20T06:00+07:00", card.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Chủ Nhật, 20/12/2026, 06:00–11:30", card.QuerySelector("time")!.TextContent);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", card.QuerySelector(".event-card__place")!.TextContent);
    }

    [Fact]
    public void English_pages_live_under_en_with_english_texts_and_the_same_order()
    {
        var list = Site.Page("en/su-kien/index.html");
        Assert.Equal("en", list.DocumentElement.GetAttribute("lang"));
        var cards = list.QuerySelectorAll(".event-card").ToList();
        Assert.Equal(Upcoming.Concat(Past), cards.Select(Slug));
        Assert.All(cards, c => Assert.StartsWith("/en/su-kien/", c.QuerySelector(".event-card__title a")!.GetAttribute("href")));
        Assert.Contains(cards, c => c.QuerySelector("time")!.TextContent == "Sunday 20 December 2026, 06:00–11:30");

        var page = Site.Page("en/su-kien/phien-cho-que-cam-tan/index.html");
        Assert.Equal("Cẩm Tân year-end village market", page.QuerySelector("h1")!.TextContent.Trim());
        var e = EventOf(page);
        Assert.Equal("en", e.GetProperty("inLanguage").GetString());
        Assert.Equal("Yard of Tân Lập village cultural house", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal($"{Origin}/en/su-kien/phien-cho-que-cam-tan/", e.GetProperty("url").GetString());
    }

    [Fact]
    public void An_upcoming_event_links_its_calendar_file_and_offers_directions()
    {
        var page = Site.Page("su-kien/phien-cho-que-cam-tan/index.html");

        Assert.Equal("/su-kien/phien-cho-que-cam-tan/su-kien.ics", page.QuerySelector("a.button--calendar")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a.button--directions"));
        Assert.Contains(page.QuerySelectorAll(".product-card, .card"), c => c.QuerySelector("a")?.GetAttribute("href") == "/san-pham/che-lam-cam-tan/");
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void Every_calendar_file_parses_and_agrees_with_its_page(string prefix)
    {
        foreach (var slug in Events)
        {
            var page = Site.Page($"{prefix}su-kien/{slug}/index.html");
            var json = EventOf(page);
            var ics = File.ReadAllText(Path.Combine(Site.Output, $"{prefix}su-kien/{slug}/su-kien.ics"));
            Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
            Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

            var e = Assert.Single(Calendar.Load(ics)!.Events);
            Assert.Equal($"{slug}@cam-tan-ocop.github.io", e.Uid);
            Assert.Equal(json.GetProperty("name").GetString(), e.Summary);
            Assert.StartsWith(json.GetProperty("location").GetProperty("name").GetString()!, e.Location);
            Assert.Equal(new Uri(json.GetProperty("url").GetString()!), e.Url);
            AssertSameTimes(json, e);
        }
    }

    [Fact]
    public void The_calendar_of_every_event_is_linked_from_the_list_and_holds_every_event()
    {
        var box = Site.Page("su-kien/index.html").QuerySelector(".calendar-box")!;
        Assert.Equal("webcal://cam-tan-ocop.github.io/su-kien/lich.ics", box.QuerySelector("a.button--calendar")!.GetAttribute("href")); // a subscription, not a one-time import
        Assert.Equal("https://cam-tan-ocop.github.io/su-kien/lich.ics", box.QuerySelector(".calendar-box__address")!.TextContent); // for Google Calendar's "From URL"

        var calendar = Calendar.Load(File.ReadAllText(Path.Combine(Site.Output, "su-kien", "lich.ics")))!;

        Assert.Equal(Events.Select(s => $"{s}@cam-tan-ocop.github.io").Order(StringComparer.Ordinal), calendar.Events.Select(e => e.Uid).Order(StringComparer.Ordinal));
        foreach (var e in calendar.Events)
        {
            AssertSameTimes(EventOf(Site.Page($"su-kien/{e.Uid!.Split('@')[0]}/index.html")), e);
        }
    }

    /// <summary>The calendar's start and end are the page's: zoned times in Asia/Ho_Chi_Minh, or whole days (DTEND the day after the last).</summary>
    private static void AssertSameTimes(JsonElement json, Ical.Net.CalendarComponents.CalendarEvent e)
    {
        var start = json.GetProperty("startDate").GetString()!;
        var end = json.TryGetProperty("endDate", out var written) ? written.GetString() : null;
        if (start.Contains('T'))
        {
            Assert.Equal("Asia/Ho_Chi_Minh", e.DtStart!.TzId);
            Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, e.DtStart.AsUtc);
            if (end is not null)
            {
                Assert.Equal(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, e.DtEnd!.AsUtc);
            }
        }
        else
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), e.DtStart.Date);
            Assert.Equal(DateOnly.Parse(end!, System.Globalization.CultureInfo.InvariantCulture).AddDays(1), e.DtEnd!.Date);
        }
    }
}
