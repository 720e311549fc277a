using OcopShowcase.Content.Model;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace OcopShowcase.Assets;

/// <summary>
/// Text and photos on a Skia canvas, shared by share cards and posters: text is shaped by HarfBuzz (so every
/// Vietnamese mark sits right), wrapped on word boundaries, and photos fill their frame like CSS <c>object-fit: cover</c>.
/// A shaper per call keeps these safe to use from parallel painters.
/// </summary>
public static class Typesetter
{
    public static float Width(string text, SKFont font)
    {
        using var shaper = new SKShaper(font.Typeface);
        return shaper.Shape(text, font).Width;
    }

    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint)
    {
        using var shaper = new SKShaper(font.Typeface);
        canvas.DrawShapedText(shaper, text, x, y, font, paint);
    }

    public static void DrawCentred(SKCanvas canvas, string text, float centreX, float y, SKFont font, SKPaint paint)
        => Draw(canvas, text, centreX - Width(text, font) / 2, y, font, paint);

    /// <summary>Greedy word wrap measured with the shaper; the last allowed line ends with an ellipsis when text remains.</summary>
    public static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        using var shaper = new SKShaper(font.Typeface);
        float Measure(string s) => shaper.Shape(s, font).Width;
        var lines = new List<string>();
        var current = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (Measure(candidate) <= width || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            lines.Add(current);
            current = words[i];
            if (lines.Count == maxLines - 1)
            {
                var rest = string.Join(' ', words[i..]);
                while (Measure(rest + "…") > width && rest.Contains(' '))
                {
                    rest = rest[..rest.LastIndexOf(' ')];
                }

                lines.Add(rest.Length < string.Join(' ', words[i..]).Length ? rest + "…" : rest);
                return lines;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>
    /// Fills <paramref name="area"/> with the image, cropping what overflows: the crop is
    /// <see cref="FocalPoint.Cover"/> of the photo's focal point (the centre without one), the same rule pages apply
    /// with CSS <c>object-position</c>.
    /// </summary>
    public static void DrawCover(SKCanvas canvas, SKImage image, SKRect area, FocalPoint? focus = null)
    {
        var crop = (focus ?? FocalPoint.Center).Cover(image.Width, image.Height, area.Width, area.Height);
        var source = SKRect.Create((float)crop.Left, (float)crop.Top, (float)crop.Width, (float)crop.Height);
        canvas.Save();
        canvas.ClipRect(area);
        canvas.DrawImage(image, source, area, new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Restore();
    }
}
