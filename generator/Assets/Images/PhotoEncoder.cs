using SkiaSharp;

namespace OcopShowcase.Assets.Images;

/// <summary>
/// Decodes one photo and encodes its derivatives with SkiaSharp, the project's one graphics library. Reads the header
/// first (size limits), decodes at the smallest JPEG scale (1/8…1) that still covers the largest width needed,
/// converts to sRGB, turns it upright from its EXIF orientation, and writes no metadata into what it encodes.
/// </summary>
public static class PhotoEncoder
{
    private static readonly float[] Scales = [1 / 8f, 2 / 8f, 3 / 8f, 4 / 8f, 5 / 8f, 6 / 8f, 7 / 8f, 1f];

    /// <summary>The encoded files of one photo, keyed by file name inside its cache folder.</summary>
    public sealed record Result(int Width, int Height, string PlaceholderColor, IReadOnlyList<int> Widths, IReadOnlyDictionary<string, byte[]> Files);

    public static Result Encode(byte[] source, ImageSettings settings)
    {
        if (source.Length > settings.MaxBytes)
        {
            throw new PhotoException(PhotoProblem.TooLarge, $"{source.Length / 1024 / 1024} MB");
        }

        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw new PhotoException(PhotoProblem.Unreadable, "");
        var info = codec.Info;
        if ((long)info.Width * info.Height > settings.MaxPixels || info.Width <= 0 || info.Height <= 0)
        {
            throw new PhotoException(PhotoProblem.TooLarge, $"{info.Width}×{info.Height}");
        }

        if (codec.FrameCount > 1)
        {
            throw new PhotoException(PhotoProblem.Animated, $"{codec.FrameCount}");
        }

        var origin = codec.EncodedOrigin;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var uprightWidth = swaps ? info.Height : info.Width;
        var widths = settings.Widths.Where(w => w < uprightWidth).Append(Math.Min(uprightWidth, settings.Widths.Max())).Distinct().Order().ToList();
        var largest = widths[^1];

        // Most of the speed: let the JPEG decoder skip detail we would throw away.
        var needed = (float)largest / uprightWidth;
        var decodeSize = Scales.Select(s => codec.GetScaledDimensions(s))
            .Where(size => (swaps ? size.Height : size.Width) >= largest)
            .OrderBy(size => size.Width)
            .DefaultIfEmpty(info.Size)
            .First();
        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(decodeInfo);
        var status = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (status is not (SKCodecResult.Success))
        {
            throw new PhotoException(status == SKCodecResult.IncompleteInput ? PhotoProblem.Truncated : PhotoProblem.Unreadable, status.ToString());
        }

        using var rotated = origin == SKEncodedOrigin.TopLeft ? null : Orient(decoded, origin);
        var upright = rotated ?? decoded;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var opaque = info.AlphaType == SKAlphaType.Opaque;

        // Largest first, each width resized from the previous one: every step is a small, cheap reduction.
        var previous = upright;
        var made = new List<SKBitmap>();
        foreach (var width in widths.OrderDescending())
        {
            var height = (int)Math.Round((double)upright.Height * width / upright.Width);
            var resized = previous.Width == width ? previous : Resize(previous, width, height);
            if (!ReferenceEquals(resized, upright))
            {
                made.Add(resized);
            }

            files[$"{width}.webp"] = EncodeAs(resized, SKEncodedImageFormat.Webp, settings.WebpQuality, flatten: false);
            files[$"{width}.jpg"] = EncodeAs(resized, SKEncodedImageFormat.Jpeg, settings.JpegQuality, flatten: !opaque);
            previous = resized;
        }

        using var dot = Resize(previous, 1, 1);
        made.ForEach(b => b.Dispose());
        var colour = dot.GetPixel(0, 0);
        var placeholder = $"#{colour.Red:x2}{colour.Green:x2}{colour.Blue:x2}";
        var finalHeight = (int)Math.Round((double)upright.Height * largest / upright.Width);
        return new Result(largest, finalHeight, placeholder, widths, files);
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swaps ? (source.Height, source.Width) : (source.Width, source.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    /// <summary>The transform that draws an image stored with <paramref name="origin"/> upright (EXIF orientation 1–8).</summary>
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var info = new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace);
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new PhotoException(PhotoProblem.Unreadable, "resize");
    }

    /// <summary>Encodes pixels that are already sRGB, declared without a colour space so that no profile or metadata is written.</summary>
    private static byte[] EncodeAs(SKBitmap bitmap, SKEncodedImageFormat format, int quality, bool flatten)
    {
        var info = new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, flatten ? SKAlphaType.Opaque : bitmap.AlphaType);
        if (!flatten && bitmap.ColorType == SKColorType.Rgba8888)
        {
            // Same pixels, declared without a colour space: no copy, and no profile written.
            using var view = SKImage.FromPixels(info, bitmap.GetPixels(), bitmap.RowBytes);
            using var data = view.Encode(format, quality) ?? throw new PhotoException(PhotoProblem.Unreadable, format.ToString());
            return data.ToArray();
        }

        using var plain = new SKBitmap(info);
        using (var canvas = new SKCanvas(plain))
        {
            canvas.Clear(flatten ? SKColors.White : SKColors.Transparent);
            canvas.DrawBitmap(bitmap, 0, 0);
        }

        using var image = SKImage.FromBitmap(plain);
        using var encoded = image.Encode(format, quality) ?? throw new PhotoException(PhotoProblem.Unreadable, format.ToString());
        return encoded.ToArray();
    }
}

public enum PhotoProblem
{
    Unreadable,
    Truncated,
    TooLarge,
    Animated,
    TookTooLong,
}

/// <summary>A photo that cannot be published, and why; reported as a diagnostic naming the file.</summary>
public sealed class PhotoException(PhotoProblem problem, string detail) : Exception($"{problem}: {detail}")
{
    public PhotoProblem Problem { get; } = problem;

    public string Detail { get; } = detail;
}
