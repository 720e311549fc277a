using System.Text;
using SkiaSharp;

namespace OcopShowcase.Tests.Assets;

/// <summary>Builds test photos in memory: a two-colour JPEG, with an EXIF orientation, a GPS position and XMP added by hand.</summary>
public static class JpegFixtures
{
    public const string XmpSecret = "GPS-NHA-RIENG-20.2241N";

    /// <summary>A JPEG whose left half is red and right half blue, stored <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] LeftRedRightBlue(int width = 400, int height = 200)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Color = new SKColor(220, 20, 20) };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
            paint.Color = new SKColor(20, 40, 220);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, paint);
        }

        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    /// <summary>Inserts, right after the JPEG's SOI marker, an EXIF segment (orientation and a GPS latitude) and an XMP segment.</summary>
    public static byte[] WithExifAndXmp(byte[] jpeg, ushort orientation)
    {
        var tiff = new List<byte>();
        tiff.AddRange("MM"u8.ToArray());
        tiff.AddRange(BigEndian16(42));
        tiff.AddRange(BigEndian32(8));
        // IFD0: orientation, pointer to the GPS IFD.
        tiff.AddRange(BigEndian16(2));
        tiff.AddRange(Entry(0x0112, 3, 1, (uint)orientation << 16));
        var gpsOffset = 8 + 2 + 2 * 12 + 4;
        tiff.AddRange(Entry(0x8825, 4, 1, (uint)gpsOffset));
        tiff.AddRange(BigEndian32(0));
        // GPS IFD: latitude reference "N".
        tiff.AddRange(BigEndian16(1));
        tiff.AddRange(Entry(0x0001, 2, 2, 0x4E000000));
        tiff.AddRange(BigEndian32(0));

        var exif = Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
        var xmp = Segment(0xE1, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0"), .. Encoding.ASCII.GetBytes($"<x:xmpmeta><rdf:Description GPSLatitude=\"{XmpSecret}\"/></x:xmpmeta>")]);
        return [.. jpeg[..2], .. exif, .. xmp, .. jpeg[2..]];
    }

    private static byte[] Segment(byte marker, byte[] payload) => [0xFF, marker, .. BigEndian16((ushort)(payload.Length + 2)), .. payload];

    private static byte[] Entry(ushort tag, ushort type, uint count, uint value) => [.. BigEndian16(tag), .. BigEndian16(type), .. BigEndian32(count), .. BigEndian32(value)];

    private static byte[] BigEndian16(ushort value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    /// <summary>True when the bytes carry EXIF, XMP or GPS metadata in a JPEG segment or a WebP chunk.</summary>
    public static bool HasMetadata(byte[] file)
    {
        var text = Encoding.Latin1.GetString(file);
        return text.Contains("Exif\0\0", StringComparison.Ordinal)
            || text.Contains("http://ns.adobe.com/xap", StringComparison.Ordinal)
            || text.Contains(XmpSecret, StringComparison.Ordinal)
            || (text.StartsWith("RIFF", StringComparison.Ordinal) && (text.Contains("EXIF", StringComparison.Ordinal) || text.Contains("XMP ", StringComparison.Ordinal)));
    }
}
