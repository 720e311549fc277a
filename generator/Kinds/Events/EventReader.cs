using System.Text.RegularExpressions;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Reads <c>content/su-kien/&lt;slug&gt;/index.md</c> (translation <c>index.en.md</c>). Texts (name, summary, the
/// place's name, photo captions, body) may be translated; the schedule, place, organiser, related pages and photos
/// are written once in the original.
/// </summary>
public sealed partial class EventReader : DocumentKind<Event, EventText>
{
    /// <summary>An event running longer than this is probably a typing mistake in its end (OCOP128).</summary>
    public const int LongestLikelyDays = 92;

    public override string Section => EventKind.SectionName;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("name", "summary", "place_name", "photo_alts");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("start", "end", "place", "organiser", "products", "listings", "photos");

    protected override IReadOnlyDictionary<string, DiagnosticDescriptor> MisplacedKeys { get; } = new Dictionary<string, DiagnosticDescriptor>
    {
        ["location"] = DiagnosticCatalogue.EventPlaceFieldOutside,
        ["address"] = DiagnosticCatalogue.EventPlaceFieldOutside,
        ["date"] = DiagnosticCatalogue.EventDateField,
        ["time"] = DiagnosticCatalogue.EventDateField,
    };

    protected override EventText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, EventText? original)
    {
        var name = Required(fields, "name", "tên sự kiện", original?.Name);
        var summary = Required(fields, "summary", "mô tả ngắn", original?.Summary);
        var placeName = fields.Text("place_name") ?? original?.PlaceName ?? PlaceNameOfOriginal(fields);
        if (name is null || summary is null || placeName is null)
        {
            return null;
        }

        return new EventText
        {
            Name = name,
            Summary = summary,
            PlaceName = placeName,
            PhotoAlts = PhotoAlts(fields, original?.PhotoAlts),
            Body = BodyOr(body, original?.Body),
            SourcePath = sourcePath,
        };
    }

    /// <summary><c>place.name</c> of the original, reporting a missing <c>place</c> here: without it nothing more is read.</summary>
    private static string? PlaceNameOfOriginal(FieldReader fields)
    {
        if (!fields.Has("place"))
        {
            fields.Diagnostics.Add(DiagnosticCatalogue.MissingField, fields.Start, "place", "nơi tổ chức: name, address");
            return null;
        }

        return fields.Child("place")?.Text("name", required: true, "tên nơi tổ chức");
    }

    protected override Event? Read(FieldReader fields, DocumentSource source, Localized<EventText> text)
    {
        var when = EventScheduleReader.Read(fields);
        var place = ReadPlace(fields);
        var photos = Photos(fields, source);
        var products = References(fields, "products");
        var listings = References(fields, "listings");
        var organiser = Organiser(fields);
        if (when is null || place is null)
        {
            return null;
        }

        return new Event
        {
            Slug = source.Slug,
            SourcePath = source.Original.RelativePath,
            When = when,
            Place = place,
            Organiser = organiser,
            Products = products,
            Listings = listings,
            Photos = photos,
            Text = text,
        };
    }

    private static EventPlace? ReadPlace(FieldReader fields)
    {
        var place = fields.Child("place");
        if (place is null)
        {
            return null;
        }

        place.RejectUnknown(Keys("name", "address", "location"));
        var address = place.Text("address", required: true, "địa chỉ nơi tổ chức");
        var location = ReadLocation(place.Child("location"));
        return address is null ? null : new EventPlace { Address = address, Location = location };
    }

    /// <summary>A slug (lower-case letters, digits and hyphens) names a producer; anything else is a name as written.</summary>
    private static EventOrganiser? Organiser(FieldReader fields)
        => fields.Text("organiser") switch
        {
            null => null,
            var slug when SlugShape().IsMatch(slug) => new EventOrganiser.Producer(new Reference(slug, fields.At("organiser"))),
            var name => new EventOrganiser.Named(name),
        };

    private static IReadOnlyList<Reference> References(FieldReader fields, string key)
        => fields.TextListAt(key).Select(item => new Reference(item.Value, item.At)).ToList();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
