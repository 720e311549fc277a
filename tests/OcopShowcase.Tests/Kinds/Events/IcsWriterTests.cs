using System.Text;
using CsCheck;
using Ical.Net;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

/// <summary>The calendar files, read back with an independent parser (Ical.Net) as a phone's calendar would read them.</summary>
public sealed class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = EventCalendar.StampOf(new DateOnly(2026, 11, 29));

    private static CalendarEntry Market(EventSchedule? when = null, string? description = null, string summary = "Phiên chợ quê Cẩm Tân cuối năm") => new()
    {
        Uid = "phien-cho-que-cam-tan@cam-tan-ocop.github.io",
        Language = "vi",
        When = when ?? new EventSchedule.Timed(new DateTime(2026, 12, 20, 6, 0, 0), new DateTime(2026, 12, 20, 11, 30, 0)),
        Summary = summary,
        Description = description ?? "Các hộ bày hàng ở sân nhà văn hóa thôn Tân Lập.\n\nhttps://cam-tan-ocop.github.io/su-kien/phien-cho-que-cam-tan/",
        Location = "Sân nhà văn hóa thôn Tân Lập, Thôn Tân Lập, xã Cẩm Tân, huyện Cẩm Thủy, tỉnh Thanh Hóa",
        Geo = new Coordinates(20.2192m, 105.4625m),
        Url = "https://cam-tan-ocop.github.io/su-kien/phien-cho-que-cam-tan/",
    };

    private static string Write(params CalendarEntry[] entries) => IcsWriter.Write(new EventCalendar
    {
        Name = "Sự kiện – OCOP Cẩm Tân",
        Stamp = Stamp,
        Subscribable = true,
        Entries = entries,
    });

    private static Ical.Net.CalendarComponents.CalendarEvent Parse(string ics) => Assert.Single(Calendar.Load(ics)!.Events);

    [Fact]
    public void A_timed_event_starts_and_ends_in_Asia_Ho_Chi_Minh_with_its_uid_summary_and_place()
    {
        var e = Parse(Write(Market()));

        Assert.Equal("Asia/Ho_Chi_Minh", e.DtStart!.TzId);
        Assert.True(e.DtStart.HasTime);
        Assert.Equal(new DateTime(2026, 12, 20, 6, 0, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 19, 23, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
        Assert.Equal("Asia/Ho_Chi_Minh", e.DtEnd!.TzId);
        Assert.Equal(new DateTime(2026, 12, 20, 4, 30, 0, DateTimeKind.Utc), e.DtEnd.AsUtc);
        Assert.Equal("phien-cho-que-cam-tan@cam-tan-ocop.github.io", e.Uid);
        Assert.Equal("Phiên chợ quê Cẩm Tân cuối năm", e.Summary);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập, Thôn Tân Lập, xã Cẩm Tân, huyện Cẩm Thủy, tỉnh Thanh Hóa", e.Location);
        Assert.Equal(new Uri("https://cam-tan-ocop.github.io/su-kien/phien-cho-que-cam-tan/"), e.Url);
        Assert.Equal(20.2192, e.GeographicLocation!.Latitude, 6);
        Assert.Equal(105.4625, e.GeographicLocation.Longitude, 6);
        Assert.Equal(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc);
    }

    [Fact]
    public void The_time_zone_is_defined_in_the_file_as_UTC_plus_seven_without_daylight_saving()
    {
        var calendar = Calendar.Load(Write(Market()))!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Ho_Chi_Minh", zone.TzId);
        var standard = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal(TimeSpan.FromHours(7), standard.OffsetTo!.Offset);
        Assert.Equal(TimeSpan.FromHours(7), standard.OffsetFrom!.Offset);
    }

    [Fact]
    public void An_all_day_event_is_a_date_with_the_exclusive_end_of_RFC_5545_and_its_own_file_needs_no_time_zone()
    {
        var ics = IcsWriter.Write(new EventCalendar
        {
            Name = "Hội chợ Xuân",
            Stamp = Stamp,
            Subscribable = false,
            Entries = [Market(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31)))],
        });
        var e = Parse(ics);

        Assert.False(e.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 1, 25), e.DtStart.Date);
        Assert.Equal(new DateOnly(2027, 2, 1), e.DtEnd!.Date);
        Assert.Contains("DTSTART;VALUE=DATE:20270125\r\n", ics);
        Assert.DoesNotContain("VTIMEZONE", ics);
    }

    [Fact]
    public void A_timed_event_without_an_end_has_no_DTEND()
    {
        var e = Parse(Write(Market(new EventSchedule.Timed(new DateTime(2026, 12, 12, 18, 30, 0), null))));

        Assert.Null(e.DtEnd);
        Assert.Equal(new DateTime(2026, 12, 12, 18, 30, 0), e.DtStart!.Value);
    }

    [Fact]
    public void Every_line_ends_in_CRLF()
    {
        var ics = Write(Market());

        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.DoesNotContain("\r", ics.Replace("\r\n", ""));
    }

    [Fact]
    public void A_long_Vietnamese_description_is_folded_within_75_octets_and_read_back_whole()
    {
        var description = "Bảy ngày trước Tết, các chủ thể OCOP của xã bày bán quà Tết, giỏ quà chè lam, mật ong, rượu cần, thổ cẩm và lan rừng ở sân vận động xã; "
            + "tối thứ Bảy có văn nghệ của các thôn và đội cồng chiêng bản Chiềng. Đường ô tô đến tận nơi.\n\nhttps://cam-tan-ocop.github.io/su-kien/hoi-cho-xuan-dinh-mui-2027/";
        var ics = Write(Market(description: description));

        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Equal(description, Parse(ics).Description);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_are_escaped_and_read_back()
    {
        var summary = "Chợ phiên; hội chợ, triển lãm \\ trưng bày\nngày 2";
        var ics = Write(Market(summary: summary));

        Assert.Contains(@"Chợ phiên\; hội chợ\, triển lãm \\ trưng bày\nngày 2", IcsText.Unfold(ics));
        Assert.Equal(summary, Parse(ics).Summary);
    }

    [Fact]
    public void A_subscribable_calendar_says_when_to_look_again_and_holds_every_entry()
    {
        var second = Market(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31))) with { Uid = "hoi-cho@cam-tan-ocop.github.io" };
        var ics = Write(Market(), second);

        var calendar = Calendar.Load(ics)!;
        Assert.Equal(["phien-cho-que-cam-tan@cam-tan-ocop.github.io", "hoi-cho@cam-tan-ocop.github.io"], calendar.Events.Select(e => e.Uid));
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n", ics);
        Assert.Contains("X-WR-CALNAME:Sự kiện – OCOP Cẩm Tân\r\n", ics);
    }

    [Fact]
    public void The_same_calendar_is_the_same_bytes()
        => Assert.Equal(Write(Market()), Write(Market()));

    private static Gen<string> Any(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void Folding_keeps_every_line_within_75_octets_never_splits_a_character_and_unfolds_to_the_input()
    {
        // Letters of every UTF-8 length: ASCII, Vietnamese (2 and 3 bytes, precomposed and combining), CJK, emoji.
        var character = Gen.OneOf(Gen.Char['a', 'z'].Select(c => c.ToString()), Any(" ", ",", ";", "\\", "ạ", "ế", "đ", "ữ", "e\u0301", "中", "😀", "🇻🇳"));
        var text = character.Array[0, 300].Select(parts => string.Concat(parts));
        Check.Sample(text, line =>
        {
            var folded = IcsText.Fold(line);
            Assert.EndsWith("\r\n", folded);
            var physical = folded[..^2].Split("\r\n");
            Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= IcsText.MaxLineOctets));
            Assert.All(physical.Skip(1), p => Assert.Equal(' ', p[0]));
            Assert.All(physical, p => Assert.DoesNotContain('\uFFFD', p));
            Assert.All(physical, p => Assert.False(p.Length > 0 && char.IsHighSurrogate(p[^1])));
            Assert.Equal(line, IcsText.Unfold(folded[..^2]));
        });
    }

    [Fact]
    public void Any_text_written_as_a_description_is_read_back_by_Ical_Net()
    {
        var character = Gen.OneOf(Gen.Char['a', 'z'].Select(c => c.ToString()), Any(" ", ",", ";", ":", "\\", "\n", "ạ", "ế", "đ", "ữ", "中", "😀", "\"", "n"));
        var text = character.Array[1, 200].Select(parts => string.Concat(parts).Trim());
        Check.Sample(text.Where(t => t.Length > 0), description =>
            Assert.Equal(description, Parse(Write(Market(description: description))).Description), iter: 200);
    }

    [Fact]
    public void The_subscribable_calendar_of_a_site_without_events_still_holds_a_component()
    {
        var ics = Write();

        var calendar = Calendar.Load(ics)!;
        Assert.Empty(calendar.Events);
        Assert.Equal("Asia/Ho_Chi_Minh", Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public void One_event_s_file_has_no_calendar_name_so_it_is_added_to_the_phone_s_calendar_not_opened_as_a_new_one()
    {
        var ics = IcsWriter.Write(new EventCalendar { Name = "Phiên chợ quê Cẩm Tân cuối năm", Stamp = Stamp, Subscribable = false, Entries = [Market()] });

        Assert.DoesNotContain("\r\nNAME:", ics);
        Assert.DoesNotContain("X-WR-CALNAME", ics);
        Assert.DoesNotContain("REFRESH-INTERVAL", ics);
        Assert.Single(Calendar.Load(ics)!.Events);
    }

    [Fact]
    public void An_entry_s_texts_are_labelled_with_the_language_they_are_in()
    {
        var ics = Write(Market() with { Language = "en", Summary = "Village market" }, Market() with { Uid = "hoi-cho@cam-tan-ocop.github.io" });

        Assert.Contains("SUMMARY;LANGUAGE=en:Village market\r\n", ics);
        Assert.Contains("SUMMARY;LANGUAGE=vi:Phiên chợ quê Cẩm Tân cuối năm\r\n", ics);
    }

    [Fact]
    public void An_untranslated_event_in_the_english_calendar_is_labelled_vietnamese()
    {
        var e = EventReading.Read(EventReading.File()).Event!;

        var entry = CalendarEntry.Of(e, "en", "https://cam-tan-ocop.github.io/en/su-kien/phien-cho/", new Uri("https://cam-tan-ocop.github.io/"));

        Assert.Equal("Phiên chợ quê", entry.Summary);
        Assert.Equal("vi", entry.Language);
    }

    [Fact]
    public void Two_sites_under_one_host_give_one_event_different_uids_and_a_site_at_the_root_keeps_its_uid()
    {
        var e = EventReading.Read(EventReading.File()).Event!;
        string Uid(string baseUrl) => CalendarEntry.Of(e, "vi", baseUrl + "su-kien/phien-cho/", new Uri(baseUrl)).Uid;

        Assert.Equal("phien-cho@xa-a.github.io/cam-tan", Uid("https://xa-a.github.io/cam-tan/"));
        Assert.NotEqual(Uid("https://xa-a.github.io/cam-tan/"), Uid("https://xa-a.github.io/cam-thuy/"));
        Assert.Equal("phien-cho@cam-tan-ocop.github.io", Uid("https://cam-tan-ocop.github.io/"));
    }

    [Theory]
    [InlineData("https://cam-tan-ocop.github.io/su-kien/lich.ics", "webcal://cam-tan-ocop.github.io/su-kien/lich.ics")]
    [InlineData("https://xa-a.github.io/cam-tan/en/su-kien/lich.ics", "webcal://xa-a.github.io/cam-tan/en/su-kien/lich.ics")]
    [InlineData("http://localhost:8080/su-kien/lich.ics", "webcal://localhost:8080/su-kien/lich.ics")]
    public void The_subscription_address_is_the_calendar_s_as_webcal(string https, string webcal)
        => Assert.Equal(webcal, EventUrls.Subscription(https));
}
