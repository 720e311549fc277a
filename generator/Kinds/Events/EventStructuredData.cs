using System.Text.Json.Nodes;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// The schema.org <c>Event</c> of an event's page, as a function of the event and the few facts of the site it needs
/// (<see cref="EventLinks"/>): zoned start and end (dates alone for whole days), the place with its postal address and
/// coordinates, the organiser (an <c>Organization</c> with its page when it is a producer of the site), and the
/// status and attendance mode search engines ask for. The caller adds it to the page's <c>@graph</c> beside the
/// breadcrumbs, serialised as <see cref="Rendering.StructuredData"/> does.
/// </summary>
public static class EventStructuredData
{
    public static JsonObject For(Event e, EventLinks links)
    {
        var text = e.Text.In(links.Language);
        var node = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = text.Name,
            ["description"] = text.Summary,
            ["url"] = links.PageUrl,
            ["inLanguage"] = e.Text.IsTranslatedInto(links.Language) ? links.Language : e.Text.DefaultLanguage,
            ["startDate"] = Start(e.When),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["location"] = Place(e, text, links),
        };
        if (End(e.When) is { } end)
        {
            node["endDate"] = end;
        }

        if (links.Images.Count > 0)
        {
            node["image"] = new JsonArray(links.Images.Select(i => (JsonNode)i).ToArray());
        }

        if (links.Organiser is { } organiser)
        {
            var organizer = new JsonObject { ["@type"] = "Organization", ["name"] = organiser.Name };
            if (organiser.Url is { } url)
            {
                organizer["url"] = url;
            }

            node["organizer"] = organizer;
        }

        return node;
    }

    private static JsonObject Place(Event e, EventText text, EventLinks links)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = text.PlaceName,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = e.Place.Address,
                ["addressLocality"] = links.Locality,
                ["addressRegion"] = links.Region,
                ["addressCountry"] = "VN",
            },
        };
        if (e.Place.Location is { } at)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = at.Latitude, ["longitude"] = at.Longitude };
        }

        return place;
    }

    /// <summary>"2026-12-20T06:00:00+07:00" for a time, "2027-01-25" for a whole day (schema.org's Date or DateTime).</summary>
    public static string Start(EventSchedule when) => when switch
    {
        EventSchedule.Timed timed => EventSchedule.Iso(timed.StartOffset),
        EventSchedule.AllDay day => EventSchedule.Iso(day.First),
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "A new kind of schedule needs its schema.org form."),
    };

    /// <summary>The end as schema.org means it: the last day, included, for whole days; null for a start time alone.</summary>
    public static string? End(EventSchedule when) => when switch
    {
        EventSchedule.Timed timed => timed.EndOffset is { } end ? EventSchedule.Iso(end) : null,
        EventSchedule.AllDay day => EventSchedule.Iso(day.Last),
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "A new kind of schedule needs its schema.org form."),
    };
}

/// <summary>What the JSON-LD of an event needs from the site, resolved by the caller: addresses are absolute.</summary>
public sealed record EventLinks
{
    public required string Language { get; init; }

    public required string PageUrl { get; init; }

    public required IReadOnlyList<string> Images { get; init; }

    /// <summary>The organiser in this language; <see cref="EventOrganiserLink.Url"/> is the producer's page, or null for a name as written.</summary>
    public required EventOrganiserLink? Organiser { get; init; }

    /// <summary>The commune, as <c>site.yml</c> writes it ("Xã Cẩm Tân").</summary>
    public required string Locality { get; init; }

    /// <summary>The province ("Tỉnh Thanh Hóa").</summary>
    public required string Region { get; init; }
}

public sealed record EventOrganiserLink(string Name, string? Url);
