namespace OcopShowcase.Assets.Images;

/// <summary>How photos are published: the widths made (never upscaled), encoder qualities, and the limits past which a file is refused.</summary>
public sealed record ImageSettings(
    IReadOnlyList<int> Widths,
    int WebpQuality,
    int JpegQuality,
    long MaxPixels,
    long MaxBytes,
    TimeSpan TimeLimit)
{
    public static ImageSettings Default { get; } = new([360, 720, 1080, 1600], WebpQuality: 78, JpegQuality: 82, MaxPixels: 60_000_000, MaxBytes: 40 * 1024 * 1024, TimeLimit: TimeSpan.FromSeconds(60));

    /// <summary>Part of every cache key, so that changing a setting remakes every derivative.</summary>
    public string Fingerprint => $"v1|{string.Join(',', Widths)}|{WebpQuality}|{JpegQuality}";
}
