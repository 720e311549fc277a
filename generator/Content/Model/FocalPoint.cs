using MemoryPack;
using System.Globalization;

namespace OcopShowcase.Content.Model;

/// <summary>
/// The point of a photo that must stay in view when a frame crops it (<c>focus:</c> of a photo in front matter), as
/// fractions of the photo's width and height from its top left corner. Pages use it as CSS <c>object-position</c>;
/// share cards and posters crop with <see cref="Cover"/>, which is the same rule CSS applies to
/// <c>object-fit: cover</c> with that position, so a photo is cut the same way on every surface.
/// </summary>
[MemoryPackable]
public sealed partial record FocalPoint(double X, double Y)
{
    public static FocalPoint Center { get; } = new(0.5, 0.5);

    /// <summary>The CSS <c>object-position</c> of this point: "30% 20%".</summary>
    public string CssPosition => string.Create(CultureInfo.InvariantCulture, $"{Percent(X)}% {Percent(Y)}%");

    /// <summary>
    /// The part of an image (in its own pixels) that fills a frame of the given size with nothing left empty: scaled
    /// to cover the frame, then shifted so that the point at <see cref="X"/>, <see cref="Y"/> of the image lines up
    /// with the same fraction of the frame (CSS: offset = (frame − scaled image) × position).
    /// </summary>
    public CropRectangle Cover(double imageWidth, double imageHeight, double frameWidth, double frameHeight)
    {
        var scale = Math.Max(frameWidth / imageWidth, frameHeight / imageHeight);
        var width = frameWidth / scale;
        var height = frameHeight / scale;
        return new CropRectangle((imageWidth - width) * X, (imageHeight - height) * Y, width, height);
    }

    private static double Percent(double fraction) => Math.Round(fraction * 100, 2);
}

/// <summary>A rectangle of an image, in the image's pixels.</summary>
public readonly record struct CropRectangle(double Left, double Top, double Width, double Height);
