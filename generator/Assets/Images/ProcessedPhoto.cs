namespace OcopShowcase.Assets.Images;

/// <summary>
/// A photo after processing: its upright size, a placeholder colour, and one WebP and one JPEG per width. Paths are
/// output paths with a content hash in the name, so the CDN may cache them forever.
/// </summary>
public sealed record ProcessedPhoto(string SourceUrl, int Width, int Height, string PlaceholderColor, IReadOnlyList<PhotoVariant> Variants, string FullSizePath)
{
    public PhotoVariant Largest => Variants[^1];
}

public sealed record PhotoVariant(int Width, int Height, string WebpPath, string JpegPath);
