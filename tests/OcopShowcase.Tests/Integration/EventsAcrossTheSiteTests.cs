using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// Events beyond their own pages, on the sample's date (2026-11-29): the home page shows the next ones, a product or a
/// listing shows the events to come it takes part in, and events are in the menu, the sitemap, the feeds, search and
/// open data.
/// </summary>
public sealed class EventsAcrossTheSiteTests(RootSite root) : IClassFixture<RootSite>
{
    private SampleSite Site => root.Site;

    private static List<string> EventLinks(IDocument page, string section)
        => page.QuerySelectorAll($"section[aria-labelledby='{section}'] .event-card__title a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void The_home_page_shows_the_next_events_soonest_first_and_links_them_all()
    {
        var home = Site.Page("index.html");

        Assert.Equal(["/su-kien/dem-cong-chieng-ban-chieng/", "/su-kien/phien-cho-que-cam-tan/", "/su-kien/hoi-cho-xuan-dinh-mui-2027/"], EventLinks(home, "su-kien-sap-toi"));
        Assert.Contains(home.QuerySelectorAll("section[aria-labelledby='su-kien-sap-toi'] .more a"), a => a.GetAttribute("href") == "/su-kien/");
        Assert.Equal(
            ["/en/su-kien/dem-cong-chieng-ban-chieng/", "/en/su-kien/phien-cho-que-cam-tan/", "/en/su-kien/hoi-cho-xuan-dinh-mui-2027/"],
            EventLinks(Site.Page("en/index.html"), "su-kien-sap-toi"));
    }

    [Fact]
    public void A_product_page_shows_the_events_to_come_where_it_is_sold_not_those_past()
    {
        // Chè lam was at the 2026 provincial fair (past on 2026-11-29), and goes to the December market and the spring fair.
        Assert.Equal(["/su-kien/phien-cho-que-cam-tan/", "/su-kien/hoi-cho-xuan-dinh-mui-2027/"], EventLinks(Site.Page("san-pham/che-lam-cam-tan/index.html"), "su-kien"));
        Assert.Empty(Site.Page("san-pham/tra-day-cam-tan/index.html").QuerySelectorAll("#su-kien"));
    }

    [Fact]
    public void A_listing_page_shows_the_events_it_takes_part_in()
        => Assert.Equal(
            ["/su-kien/dem-cong-chieng-ban-chieng/", "/su-kien/phien-cho-que-cam-tan/"],
            EventLinks(Site.Page("du-lich/homestay-nha-san-tan-lap/index.html"), "su-kien"));

    [Fact]
    public void Events_are_in_the_menu_in_every_language()
    {
        Assert.Contains(Site.Page("index.html").QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/su-kien/");
        Assert.Contains(Site.Page("en/index.html").QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/en/su-kien/");
    }

    [Fact]
    public void Events_are_in_the_sitemap_and_the_feeds()
    {
        var sitemap = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml"));
        var locs = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.Contains("https://cam-tan-ocop.github.io/su-kien/", locs);
        Assert.Contains("https://cam-tan-ocop.github.io/su-kien/phien-cho-que-cam-tan/", locs);
        Assert.Contains("https://cam-tan-ocop.github.io/en/su-kien/phien-cho-que-cam-tan/", locs);

        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var entries = XDocument.Load(Path.Combine(Site.Output, "en", "feed.xml")).Descendants(atom + "entry").ToList();
        var market = Assert.Single(entries, e => e.Element(atom + "id")!.Value == "https://cam-tan-ocop.github.io/en/su-kien/phien-cho-que-cam-tan/");
        Assert.Equal("Cẩm Tân year-end village market", market.Element(atom + "title")!.Value);
        Assert.StartsWith("2026-11-20", market.Element(atom + "updated")!.Value); // announced 30 days ahead of 20 December
        Assert.DoesNotContain(entries, e => e.Element(atom + "id")!.Value.EndsWith("/hoi-cho-xuan-dinh-mui-2027/", StringComparison.Ordinal)); // 25 January: not yet announced
        Assert.All(entries, e => Assert.True(DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture) <= new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.FromHours(7)), e.Element(atom + "id")!.Value));
    }

    [Fact]
    public void Search_indexes_every_event()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Site.Output, "search", "vi", "d"), "*.json")
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray().Select(d => (Url: d[1].GetString(), Kind: d[2].GetString())).ToList())
            .ToList();
        Assert.Equal(4, documents.Count(d => d.Kind == "event"));
        Assert.Contains(("/su-kien/phien-cho-que-cam-tan/", "event"), documents);
    }

    [Fact]
    public void Open_data_lists_every_event_upcoming_first_with_the_times_of_its_page()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Site.Output, "data", "events.json")));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(
            ["dem-cong-chieng-ban-chieng", "phien-cho-que-cam-tan", "hoi-cho-xuan-dinh-mui-2027", "hoi-cho-ocop-thanh-hoa-2026"],
            events.Select(e => e.GetProperty("slug").GetString()));
        var market = events[1];
        Assert.Equal("2026-12-20T06:00:00+07:00", market.GetProperty("start").GetString());
        Assert.Equal("2026-12-20T11:30:00+07:00", market.GetProperty("end").GetString());
        Assert.False(market.GetProperty("all_day").GetBoolean());
        Assert.Equal("https://cam-tan-ocop.github.io/su-kien/phien-cho-que-cam-tan/su-kien.ics", market.GetProperty("calendar").GetString());
        Assert.True(events[2].GetProperty("all_day").GetBoolean());
        Assert.Equal("2027-01-31", events[2].GetProperty("end").GetString());
    }
}
