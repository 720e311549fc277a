using MemoryPack;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// A fair, festival or market day (<c>content/su-kien/&lt;slug&gt;/index.md</c>): when and where it happens, who
/// organises it, and which products and tourism listings take part. Texts are per language; the rest is written once
/// in the Vietnamese original.
/// </summary>
[MemoryPackable]
public sealed partial record Event : IDocument
{
    public required string Slug { get; init; }

    public required string SourcePath { get; init; }

    public required EventSchedule When { get; init; }

    public required EventPlace Place { get; init; }

    /// <summary>Who runs it; null when the file names nobody.</summary>
    public required EventOrganiser? Organiser { get; init; }

    /// <summary>Products shown or sold at the event, by slug, as written.</summary>
    public required IReadOnlyList<Reference> Products { get; init; }

    /// <summary>Tourism listings that take part (a homestay that hosts visitors, a village that performs).</summary>
    public required IReadOnlyList<Reference> Listings { get; init; }

    public required IReadOnlyList<BundleFile> Photos { get; init; }

    public required Localized<EventText> Text { get; init; }
}

/// <summary>What a translation of an event may carry.</summary>
[MemoryPackable]
public sealed partial record EventText
{
    public required string Name { get; init; }

    public required string Summary { get; init; }

    /// <summary>The place's name in this language (<c>place.name</c> in the original, <c>place_name</c> in a translation).</summary>
    public required string PlaceName { get; init; }

    public required IReadOnlyList<string> PhotoAlts { get; init; }

    public required MarkdownBody Body { get; init; }

    public required string SourcePath { get; init; }
}

/// <summary>Where an event happens: the address as written, and the point the directions button leads to.</summary>
[MemoryPackable]
public sealed partial record EventPlace
{
    public required string? Address { get; init; }

    public required Coordinates? Location { get; init; }
}

/// <summary>Who organises an event: one of the commune's producers (a page of the site), or a name as written.</summary>
[MemoryPackable]
[MemoryPackUnion(0, typeof(Producer))]
[MemoryPackUnion(1, typeof(Named))]
public abstract partial record EventOrganiser
{
    private EventOrganiser()
    {
    }

    /// <summary><c>organiser: htx-nong-nghiep-cam-tan</c>: a producer's slug, checked against the producers.</summary>
    [MemoryPackable]
    public sealed partial record Producer(Reference Slug) : EventOrganiser;

    /// <summary><c>organiser: UBND xã Cẩm Tân</c>: anyone else, shown as written.</summary>
    [MemoryPackable]
    public sealed partial record Named(string Name) : EventOrganiser;
}
