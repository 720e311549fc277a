using System.Diagnostics;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// A PDF page as a printer would put it on paper: rasterized by poppler's <c>pdftoppm</c> (an independent PDF
/// renderer, not the Skia that wrote it; <c>.ci/run</c> installs poppler-utils), then read like a phone camera reads it.
/// </summary>
public static class PrintedPage
{
    /// <summary>Skips the calling test without poppler (fails it in CI).</summary>
    public static void Require() => TestTools.Require(TestTools.OnPath("pdftoppm") is not null, "pdftoppm (poppler-utils)", "poppler-utils");

    public static SKBitmap Rasterize(string pdf, int dpi, int page = 1)
    {
        var prefix = Path.Combine(TestPaths.TempDirectory(), "page");
        var start = new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", "-gray", "-png", pdf, prefix])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is needed to rasterize posters");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed on {pdf}: {errors}");
        return SKBitmap.Decode(prefix + ".png");
    }

    /// <summary>The QR code on the page, with the error-correction level it was encoded with.</summary>
    public static (string Text, string Level)? ReadQr(SKBitmap bitmap)
    {
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                luminance[y * bitmap.Width + x] = (byte)((c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000);
            }
        }

        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } };
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        return result is null ? null : (result.Text, result.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL].ToString()!);
    }
}
