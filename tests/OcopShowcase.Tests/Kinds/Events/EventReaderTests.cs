using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventReaderTests
{
    [Fact]
    public void A_timed_event_is_read_in_the_communes_time_with_its_place_organiser_and_related_pages()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File("listings: [homestay-nha-san-tan-lap]"));

        Assert.Empty(diagnostics);
        var e = Assert.IsType<Event>(read);
        var when = Assert.IsType<EventSchedule.Timed>(e.When);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 6, 0, 0, TimeSpan.FromHours(7)), when.StartOffset);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 11, 30, 0, TimeSpan.FromHours(7)), when.EndOffset);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", e.Text.Default.PlaceName);
        Assert.Equal("Thôn Tân Lập, xã Cẩm Tân", e.Place.Address);
        Assert.Equal(new Coordinates(20.2192m, 105.4625m), e.Place.Location);
        var organiser = Assert.IsType<EventOrganiser.Producer>(e.Organiser);
        Assert.Equal("htx-nong-nghiep-cam-tan", organiser.Slug.Slug);
        Assert.Equal(new SourceSpan(EventReading.Path, 12, 12), organiser.Slug.At);
        Assert.Equal(["che-lam-cam-tan", "banh-gai-cam-tan"], e.Products.Select(p => p.Slug));
        Assert.Equal(["homestay-nha-san-tan-lap"], e.Listings.Select(l => l.Slug));
        Assert.Equal("phien-cho", e.Slug);
    }

    [Fact]
    public void Dates_without_times_make_an_all_day_event_and_no_end_makes_it_one_day()
    {
        var (several, _) = EventReading.Read(EventReading.File("start: 2027-01-25", "end: 2027-01-31"));
        var (one, diagnostics) = EventReading.Read(EventReading.File("start: 2027-01-25", "end:"));

        Assert.Empty(diagnostics);
        Assert.Equal(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 31)), several!.When);
        Assert.Equal(7, ((EventSchedule.AllDay)several.When).Days);
        Assert.Equal(new EventSchedule.AllDay(new DateOnly(2027, 1, 25), new DateOnly(2027, 1, 25)), one!.When);
    }

    [Fact]
    public void An_end_written_as_a_time_alone_is_on_the_starts_day_and_a_T_separator_is_accepted()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File("start: 2026-12-12T18:30", "end: \"21:30\""));

        Assert.Empty(diagnostics);
        Assert.Equal(new EventSchedule.Timed(new DateTime(2026, 12, 12, 18, 30, 0), new DateTime(2026, 12, 12, 21, 30, 0)), read!.When);
    }

    [Fact]
    public void An_hour_of_one_digit_is_read_as_written_on_a_poster()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File("start: 2026-12-20 7:30", "end: \"9:05\""));

        Assert.Empty(diagnostics);
        Assert.Equal(new EventSchedule.Timed(new DateTime(2026, 12, 20, 7, 30, 0), new DateTime(2026, 12, 20, 9, 5, 0)), read!.When);
    }

    [Fact]
    public void A_start_time_without_an_end_is_a_timed_event_with_a_start_only()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.Without("end"));

        Assert.Empty(diagnostics);
        Assert.Equal(new EventSchedule.Timed(new DateTime(2026, 12, 20, 6, 0, 0), null), read!.When);
    }

    [Fact]
    public void An_organiser_that_is_not_a_slug_is_a_name_as_written()
    {
        var (read, _) = EventReading.Read(EventReading.File("organiser: UBND xã Cẩm Tân"));

        Assert.Equal(new EventOrganiser.Named("UBND xã Cẩm Tân"), read!.Organiser);
    }

    [Fact]
    public void A_translation_carries_its_texts_and_the_places_name_and_inherits_the_rest()
    {
        var english = "---\nname: Village market\nsummary: Households set out their stalls.\nplace_name: Yard of Tân Lập's cultural house\n---\n\nStalls.\n";
        var (read, diagnostics) = EventReading.Read(EventReading.File(), english);

        Assert.Empty(diagnostics);
        var text = read!.Text.In("en");
        Assert.Equal("Village market", text.Name);
        Assert.Equal("Yard of Tân Lập's cultural house", text.PlaceName);
        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", read.Text.In("vi").PlaceName);
    }

    [Fact]
    public void A_translation_without_a_places_name_keeps_the_originals()
    {
        var english = "---\nname: Village market\nsummary: Households set out their stalls.\n---\n";
        var (read, _) = EventReading.Read(EventReading.File(), english);

        Assert.Equal("Sân nhà văn hóa thôn Tân Lập", read!.Text.In("en").PlaceName);
    }

    [Fact]
    public void A_translation_may_not_move_the_event()
    {
        var english = "---\nname: Village market\nsummary: Households set out their stalls.\nstart: 2026-12-21\n---\n";
        var (_, diagnostics) = EventReading.Read(EventReading.File(), english);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalogue.FieldNotTranslatable.Code, error.Code);
        Assert.Equal(new SourceSpan("su-kien/phien-cho/index.en.md", 4, 1), error.At);
    }

    [Theory]
    [InlineData("start: 20/12/2026 7h30", 4, 8)]
    [InlineData("start: 2026-12-20 25:00", 4, 8)]
    [InlineData("start: 2026-02-30", 4, 8)]
    [InlineData("end: sáng chủ nhật", 5, 6)]
    public void A_date_or_time_that_cannot_be_read_is_OCOP121_where_it_is_written(string line, int row, int column)
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File(line));

        Assert.Null(read);
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP121", error.Code);
        Assert.Equal(new SourceSpan(EventReading.Path, row, column), error.At);
        Assert.Contains("2026-12-20 07:30", error.Message());
        Assert.Contains("2026-12-20 07:30", error.Message(MessageLanguage.English));
    }

    [Fact]
    public void A_start_time_alone_is_OCOP121_it_needs_a_day()
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File("start: \"06:00\""));

        Assert.Equal("OCOP121", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("start: 2027-01-31", "end: 2027-01-25")]
    [InlineData("start: 2026-12-20 11:30", "end: 2026-12-20 06:00")]
    [InlineData("start: 2026-12-20 18:30", "end: \"06:00\"")]
    public void An_end_before_the_start_is_OCOP122_at_the_end(string start, string end)
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File(start, end));

        Assert.Null(read);
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP122", error.Code);
        Assert.Equal(new SourceSpan(EventReading.Path, 5, 6), error.At);
    }

    [Fact]
    public void An_end_equal_to_the_start_is_not_an_error()
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File("start: 2026-12-20", "end: 2026-12-20"));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("start: 2026-12-20 07:00", "end: 2026-12-21")]
    [InlineData("start: 2026-12-20", "end: 2026-12-21 17:00")]
    public void A_day_and_a_time_together_are_OCOP123(string start, string end)
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File(start, end));

        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP123", error.Code);
        Assert.Equal(new SourceSpan(EventReading.Path, 5, 6), error.At);
    }

    [Fact]
    public void An_unknown_key_is_OCOP010_with_the_closest_field()
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File("organizer: htx-nong-nghiep-cam-tan"));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalogue.UnknownField.Code, error.Code);
        Assert.Equal("organiser", error.Suggestion);
        Assert.Equal(new SourceSpan(EventReading.Path, 14, 1), error.At);
    }

    [Fact]
    public void An_unknown_key_inside_place_is_OCOP010()
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File("place:\n  name: Sân\n  adress: Thôn Tân Lập"));

        var errors = diagnostics.Select(d => (d.Code, d.Suggestion)).ToList();
        Assert.Contains(("OCOP010", "address"), errors);
        Assert.Contains(diagnostics, d => d.Code == "OCOP011" && d.Arguments[0] == "address");
    }

    [Theory]
    [InlineData("location:\n  lat: 20.2\n  lon: 105.4", "OCOP124")]
    [InlineData("address: Thôn Tân Lập", "OCOP124")]
    [InlineData("date: 2026-12-20", "OCOP125")]
    [InlineData("time: 7:00", "OCOP125")]
    public void A_field_written_as_for_another_kind_says_where_it_belongs(string line, string code)
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File(line));

        var error = Assert.Single(diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceSpan(EventReading.Path, 14, 1), error.At);
    }

    [Fact]
    public void An_event_without_a_place_is_OCOP011()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.Without("place"));

        Assert.Null(read);
        var error = Assert.Single(diagnostics);
        Assert.Equal("OCOP011", error.Code);
        Assert.Equal("place", error.Arguments[0]);
    }

    [Fact]
    public void An_event_without_a_start_is_OCOP011()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.Without("start"));

        Assert.Null(read);
        Assert.Equal(["OCOP011"], diagnostics.Select(d => d.Code));
        Assert.Equal("start", diagnostics[0].Arguments[0]);
    }

    [Fact]
    public void A_year_out_of_range_is_OCOP059()
    {
        var (_, diagnostics) = EventReading.Read(EventReading.File("start: 0026-12-20", "end:"));

        Assert.Equal("OCOP059", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_event_of_months_is_warned_about_as_OCOP128_and_still_read()
    {
        var (read, diagnostics) = EventReading.Read(EventReading.File("start: 2027-01-25", "end: 2028-01-31"));

        Assert.NotNull(read);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("OCOP128", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Every_sample_event_reads_without_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SectionScanner(TestPaths.Content, ["vi", "en"], diagnostics).Scan(EventKind.SectionName);
        var events = new EventReader().LoadAll(sources, "vi", diagnostics, new HashSet<string>(), new HashSet<string>());

        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(events.Count >= 3);
        Assert.All(events, e => Assert.True(e.Text.IsTranslatedInto("en"), e.Slug));
        var today = new DateOnly(2026, 11, 29);
        Assert.Contains(events, e => e.When.IsUpcomingOn(today));
        Assert.Contains(events, e => !e.When.IsUpcomingOn(today));
    }

    [Fact]
    public void The_example_of_the_editors_guide_reads_without_a_diagnostic()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "HUONG-DAN-BIEN-TAP.md"));
        var section = guide[guide.IndexOf("## Thêm sự kiện", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var (read, diagnostics) = EventReading.Read("---\n" + yaml + "---\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new EventSchedule.Timed(new DateTime(2026, 12, 20, 6, 0, 0), new DateTime(2026, 12, 20, 11, 30, 0)), read!.When);
        Assert.NotNull(read.Place.Location);
    }
}
