using System.Text.Json.Nodes;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventStructuredDataTests
{
    private static EventLinks Links(EventOrganiserLink? organiser = null, params string[] images) => new()
    {
        Language = "vi",
        PageUrl = "https://cam-tan-ocop.github.io/su-kien/phien-cho/",
        Images = images,
        Organiser = organiser,
        Locality = "Xã Cẩm Tân",
        Region = "Tỉnh Thanh Hóa",
    };

    private static Event Read(params string[] lines) => EventReading.Read(EventReading.File(lines)).Event!;

    [Fact]
    public void A_timed_event_is_a_schema_org_Event_with_zoned_times_place_organiser_and_status()
    {
        var json = EventStructuredData.For(Read(), Links(new EventOrganiserLink("HTX Nông nghiệp Cẩm Tân", "https://cam-tan-ocop.github.io/chu-the/htx-nong-nghiep-cam-tan/"), "https://cam-tan-ocop.github.io/a.jpg"));

        Assert.Equal("Event", (string?)json["@type"]);
        Assert.Equal("Phiên chợ quê", (string?)json["name"]);
        Assert.Equal("Các hộ bày hàng ở sân nhà văn hóa.", (string?)json["description"]);
        Assert.Equal("2026-12-20T06:00:00+07:00", (string?)json["startDate"]);
        Assert.Equal("2026-12-20T11:30:00+07:00", (string?)json["endDate"]);
        Assert.Equal("https://schema.org/EventScheduled", (string?)json["eventStatus"]);
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", (string?)json["eventAttendanceMode"]);
        Assert.Equal("vi", (string?)json["inLanguage"]);
        Assert.Equal("https://cam-tan-ocop.github.io/su-kien/phien-cho/", (string?)json["url"]);
        Assert.Equal(["https://cam-tan-ocop.github.io/a.jpg"], json["image"]!.AsArray().Select(i => (string?)i));

        var location = json["location"]!;
        Assert.Equal("Place", (string?)location["@type"]);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", (string?)location["name"]);
        Assert.Equal("PostalAddress", (string?)location["address"]!["@type"]);
        Assert.Equal("Thôn Tân Lập, xã Cẩm Tân", (string?)location["address"]!["streetAddress"]);
        Assert.Equal("Xã Cẩm Tân", (string?)location["address"]!["addressLocality"]);
        Assert.Equal("Tỉnh Thanh Hóa", (string?)location["address"]!["addressRegion"]);
        Assert.Equal("VN", (string?)location["address"]!["addressCountry"]);
        Assert.Equal("GeoCoordinates", (string?)location["geo"]!["@type"]);
        Assert.Equal(20.2192m, (decimal)location["geo"]!["latitude"]!);
        Assert.Equal(105.4625m, (decimal)location["geo"]!["longitude"]!);

        var organizer = json["organizer"]!;
        Assert.Equal("Organization", (string?)organizer["@type"]);
        Assert.Equal("HTX Nông nghiệp Cẩm Tân", (string?)organizer["name"]);
        Assert.Equal("https://cam-tan-ocop.github.io/chu-the/htx-nong-nghiep-cam-tan/", (string?)organizer["url"]);
    }

    [Fact]
    public void Whole_days_are_dates_and_the_end_is_the_last_day()
    {
        var json = EventStructuredData.For(Read("start: 2027-01-25", "end: 2027-01-31"), Links());

        Assert.Equal("2027-01-25", (string?)json["startDate"]);
        Assert.Equal("2027-01-31", (string?)json["endDate"]);
    }

    [Fact]
    public void A_start_time_alone_has_no_end_date_and_an_organiser_by_name_no_url()
    {
        var json = EventStructuredData.For(Read("end:", "organiser: UBND xã Cẩm Tân"), Links(new EventOrganiserLink("UBND xã Cẩm Tân", null)));

        Assert.False(json.ContainsKey("endDate"));
        Assert.Equal("UBND xã Cẩm Tân", (string?)json["organizer"]!["name"]);
        Assert.False(json["organizer"]!.AsObject().ContainsKey("url"));
        Assert.False(json.ContainsKey("image"));
    }

    [Fact]
    public void A_place_without_coordinates_has_no_geo_and_the_english_text_is_used_in_english()
    {
        var english = "---\nname: Village market\nsummary: Stalls in the yard.\nplace_name: Tân Lập cultural house yard\n---\n";
        var e = EventReading.Read(EventReading.File("place:\n  name: Sân nhà văn hóa\n  address: Thôn Tân Lập"), english).Event!;

        var json = EventStructuredData.For(e, Links() with { Language = "en" });

        Assert.False(json["location"]!.AsObject().ContainsKey("geo"));
        Assert.Equal("Village market", (string?)json["name"]);
        Assert.Equal("Tân Lập cultural house yard", (string?)json["location"]!["name"]);
        Assert.Equal("en", (string?)json["inLanguage"]);
    }

    [Fact]
    public void An_untranslated_event_on_the_english_page_declares_the_language_its_text_is_in()
    {
        var json = EventStructuredData.For(Read(), Links() with { Language = "en" });

        Assert.Equal("Phiên chợ quê", (string?)json["name"]);
        Assert.Equal("vi", (string?)json["inLanguage"]);
    }
}
