using OcopShowcase.Content.Model;

namespace OcopShowcase.Assets.Posters;

/// <summary>
/// What one printed poster shows, in one language. Every field is part of the cache key, so a poster is painted
/// again exactly when something it shows changed.
/// </summary>
/// <param name="Page">The page the poster leads to (its QR code); the same in every language.</param>
/// <param name="FileStem">Site-rooted path without size and extension: "/posters/san-pham/che-lam".</param>
/// <param name="QrUrl">What the QR code encodes: the page's canonical absolute URL plus any campaign parameters.</param>
/// <param name="ShownUrl">The same address as people read it, printed under the code: no scheme, no parameters.</param>
public sealed record Poster(
    Site.PageKey Page,
    string Language,
    string FileStem,
    string PageUrl,
    string Name,
    string Kicker,
    int? Stars,
    string? StarsLabel,
    string? Producer,
    string Summary,
    string? Price,
    string QrUrl,
    string ShownUrl,
    PosterLabels Labels,
    string? PhotoFile,
    FocalPoint? PhotoFocus = null);

/// <summary>The fixed words of a poster in its language, from the theme's UI strings.</summary>
public sealed record PosterLabels(string SiteTitle, string Programme, string Place, string CallToAction, string HowTo, string QrNote, string? BuyOnline);

/// <summary>The two printed formats, in PDF points (1/72 inch).</summary>
public sealed record PaperSize(string Name, float Width, float Height, float Margin)
{
    private const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>A4 portrait for walls and counters; 15 mm margins suit every office printer.</summary>
    public static PaperSize A4 { get; } = new("a4", 210 * PointsPerMillimetre, 297 * PointsPerMillimetre, 15 * PointsPerMillimetre);

    /// <summary>A6 for table tents and shelf labels (four to an A4 sheet at a print shop); 10 mm margins.</summary>
    public static PaperSize A6 { get; } = new("a6", 105 * PointsPerMillimetre, 148 * PointsPerMillimetre, 10 * PointsPerMillimetre);

    public static IReadOnlyList<PaperSize> All { get; } = [A4, A6];
}
