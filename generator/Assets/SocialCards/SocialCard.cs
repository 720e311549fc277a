using OcopShowcase.Content.Model;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>What one 1200×630 share card shows. Every field is part of the cache key.</summary>
public sealed record SocialCard(
    string OutputPath,
    string Title,
    string Kicker,
    int? Stars,
    string? StarsLabel,
    string Place,
    string SiteTitle,
    string? PhotoFile,
    FocalPoint? PhotoFocus = null)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The card's key with <paramref name="keys"/>: its cached file's name, and part of its published address.</summary>
    public string KeyWith(DerivedFileKey keys)
        => keys.Of(
            "card", Title, Kicker, Stars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", StarsLabel ?? "", Place, SiteTitle,
            DerivedFileKey.PhotoPart(PhotoFile), PhotoFocus?.CssPosition ?? "");
}
