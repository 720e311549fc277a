using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// <c>/data/events.json</c>: every published event, upcoming then past on the build date, for the district and
/// province calendars; fields documented in docs/DU-LIEU-MO.md, in a fixed order.
/// </summary>
public static class EventOpenData
{
    public const string Path = "data/events.json";

    /// <summary>One event as published; the property order never changes.</summary>
    public sealed record EventRow
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        public required string? NameEn { get; init; }

        /// <summary>"2026-12-20T06:00:00+07:00", or a date for a whole-day event.</summary>
        public required string Start { get; init; }

        /// <summary>The end as schema.org means it (the last day, included, for whole days); null when only a start is given.</summary>
        public required string? End { get; init; }

        public required bool AllDay { get; init; }

        public required string Place { get; init; }

        public required string? Address { get; init; }

        public required decimal? Lat { get; init; }

        public required decimal? Lon { get; init; }

        public required string? Organiser { get; init; }

        public required IReadOnlyList<string> Products { get; init; }

        public required IReadOnlyList<string> Listings { get; init; }

        public required string Url { get; init; }

        public required string Calendar { get; init; }
    }

    /// <summary>The whole file: what it was made for, then the rows.</summary>
    public sealed record EventsFile(string GeneratedFor, string Commune, string Province, IReadOnlyList<EventRow> Events);

    public static OutputFile Write(SiteModel site, EventAgenda agenda)
    {
        var language = site.DefaultLanguage;
        var english = site.Languages.FirstOrDefault(l => l.Code == "en");
        var rows = agenda.All.Select(e =>
        {
            var text = e.Text.Default;
            return new EventRow
            {
                Slug = e.Slug,
                Name = text.Name,
                NameEn = english is not null && e.Text.IsTranslatedInto(english.Code) ? e.Text.In(english.Code).Name : null,
                Start = EventStructuredData.Start(e.When),
                End = EventStructuredData.End(e.When),
                AllDay = e.When is EventSchedule.AllDay,
                Place = text.PlaceName,
                Address = e.Place.Address,
                Lat = e.Place.Location?.Latitude,
                Lon = e.Place.Location?.Longitude,
                Organiser = e.Organiser switch
                {
                    EventOrganiser.Producer { Slug: var reference } => site.FindProducer(reference)?.Text.Default.Name ?? reference.Slug,
                    EventOrganiser.Named { Name: var name } => name,
                    _ => null,
                },
                Products = e.Products.Select(p => p.Slug).ToList(),
                Listings = e.Listings.Select(l => l.Slug).ToList(),
                Url = site.Urls.Absolute(EventUrls.Page(language, e.Slug)),
                Calendar = site.Urls.Absolute(EventUrls.Calendar(language, e.Slug)),
            };
        }).ToList();
        var file = new EventsFile(site.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), site.Site.Commune, site.Site.Province, rows);
        var json = JsonSerializer.SerializeToUtf8Bytes(file, EventOpenDataJson.Files.EventsFile);
        return OutputFile.FromBytes(Path, json);
    }
}

/// <summary>The events file's compile-time metadata: fields in snake case, in the records' order; nulls written.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EventOpenData.EventsFile))]
internal sealed partial class EventOpenDataJson : JsonSerializerContext
{
    /// <summary>With the options of every open data file.</summary>
    public static EventOpenDataJson Files { get; } = new(Assets.Discovery.OpenDataJson.NewOptions());
}
