using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// Paints licence-clean sample "photos" of OCOP products: a lit subject per product group on a textured table or
/// landscape, with depth of field, vignetting and sensor grain, encoded as a camera-sized JPEG. Deterministic per seed.
/// </summary>
public static class PhotoPainter
{
    public static byte[] Paint(string group, int seed, int width, int height, int quality = 90)
    {
        var random = new Random(seed);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        var hue = random.Next(0, 360);
        var (base1, base2) = Palette(group, random);
        using (var background = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [base1, base2], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, width, height, background);
        }

        // Soft out-of-focus light in the background (bokeh).
        using (var bokeh = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, width / 60f) })
        {
            for (var i = 0; i < 14; i++)
            {
                bokeh.Color = SKColors.White.WithAlpha((byte)random.Next(10, 45));
                canvas.DrawCircle(random.Next(width), random.Next(height / 2), random.Next(width / 30, width / 9), bokeh);
            }
        }

        if (group == "du-lich")
        {
            PaintLandscape(canvas, width, height, random);
        }
        else
        {
            PaintTable(canvas, width, height, random);
            PaintSubject(canvas, group, width, height, random, hue);
        }

        using (var vignette = new SKPaint { Shader = SKShader.CreateRadialGradient(new SKPoint(width / 2f, height / 2f), Math.Max(width, height) * 0.75f, [SKColors.Transparent, SKColors.Black.WithAlpha(120)], [0.55f, 1f], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, width, height, vignette);
        }

        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        AddGrain(bitmap, random);
        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, quality);
        return encoded.ToArray();
    }

    private static (SKColor, SKColor) Palette(string group, Random random) => group switch
    {
        "thuc-pham" => (new SKColor(196, 140, 80), new SKColor(92, 56, 28)),
        "do-uong" => (new SKColor(120, 96, 60), new SKColor(40, 30, 20)),
        "duoc-lieu" => (new SKColor(120, 150, 90), new SKColor(40, 64, 30)),
        "thu-cong-my-nghe" => (new SKColor(170, 120, 90), new SKColor(70, 40, 50)),
        "sinh-vat-canh" => (new SKColor(150, 170, 130), new SKColor(50, 70, 60)),
        _ => (new SKColor((byte)(120 + random.Next(60)), 170, 200), new SKColor(60, 100, 120)),
    };

    private static void PaintTable(SKCanvas canvas, int width, int height, Random random)
    {
        var top = height * 0.58f;
        using var wood = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, height), [new SKColor(140, 96, 60), new SKColor(84, 54, 32)], SKShaderTileMode.Clamp) };
        canvas.DrawRect(0, top, width, height - top, wood);
        using var grain = new SKPaint { IsAntialias = true, StrokeWidth = 2, Style = SKPaintStyle.Stroke };
        for (var i = 0; i < 60; i++)
        {
            grain.Color = new SKColor(60, 36, 20, (byte)random.Next(20, 60));
            var y = top + random.Next((int)(height - top));
            using var path = new SKPath();
            path.MoveTo(0, y);
            path.CubicTo(width / 3f, y + random.Next(-12, 12), 2 * width / 3f, y + random.Next(-12, 12), width, y + random.Next(-8, 8));
            canvas.DrawPath(path, grain);
        }
    }

    private static void PaintSubject(SKCanvas canvas, string group, int width, int height, Random random, int hue)
    {
        var cx = width * (0.42f + (float)random.NextDouble() * 0.16f);
        var cy = height * 0.58f;
        var scale = width / 1200f;
        using var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(90), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 30 * scale) };
        canvas.DrawOval(cx, cy + 40 * scale, 330 * scale, 70 * scale, shadow);
        using var fill = new SKPaint { IsAntialias = true };
        using var light = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(70), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 18 * scale) };
        switch (group)
        {
            case "thuc-pham":
                fill.Shader = SKShader.CreateLinearGradient(new SKPoint(0, cy - 200 * scale), new SKPoint(0, cy + 40 * scale), [new SKColor(246, 232, 200), new SKColor(200, 170, 120)], SKShaderTileMode.Clamp);
                canvas.DrawRoundRect(cx - 260 * scale, cy - 200 * scale, 520 * scale, 240 * scale, 40 * scale, 40 * scale, fill);
                fill.Shader = null;
                fill.Color = new SKColor(122, 31, 31);
                canvas.DrawRect(cx - 260 * scale, cy - 110 * scale, 520 * scale, 46 * scale, fill);
                canvas.DrawOval(cx - 120 * scale, cy - 170 * scale, 90 * scale, 20 * scale, light);
                break;
            case "do-uong":
                fill.Shader = SKShader.CreateLinearGradient(new SKPoint(cx - 150 * scale, 0), new SKPoint(cx + 150 * scale, 0), [new SKColor(90, 60, 30), new SKColor(180, 130, 70), new SKColor(70, 45, 25)], SKShaderTileMode.Clamp);
                using (var jar = new SKPath())
                {
                    jar.MoveTo(cx - 90 * scale, cy - 380 * scale);
                    jar.LineTo(cx + 90 * scale, cy - 380 * scale);
                    jar.CubicTo(cx + 100 * scale, cy - 300 * scale, cx + 230 * scale, cy - 250 * scale, cx + 220 * scale, cy - 80 * scale);
                    jar.CubicTo(cx + 210 * scale, cy + 20 * scale, cx - 210 * scale, cy + 20 * scale, cx - 220 * scale, cy - 80 * scale);
                    jar.CubicTo(cx - 230 * scale, cy - 250 * scale, cx - 100 * scale, cy - 300 * scale, cx - 90 * scale, cy - 380 * scale);
                    canvas.DrawPath(jar, fill);
                }

                canvas.DrawOval(cx - 80 * scale, cy - 220 * scale, 40 * scale, 110 * scale, light);
                break;
            case "duoc-lieu":
                fill.Color = new SKColor(230, 240, 210);
                canvas.DrawRoundRect(cx - 150 * scale, cy - 330 * scale, 300 * scale, 360 * scale, 30 * scale, 30 * scale, fill);
                fill.Color = new SKColor(60, 100, 40);
                for (var i = 0; i < 9; i++)
                {
                    var angle = (float)(i * Math.PI / 9 + random.NextDouble() * 0.2);
                    canvas.DrawOval(cx + 220 * scale * MathF.Cos(angle), cy - 40 * scale - 40 * scale * MathF.Sin(angle), 70 * scale, 24 * scale, fill);
                }

                break;
            case "thu-cong-my-nghe":
                var colours = new[] { new SKColor(163, 40, 42), new SKColor(31, 58, 106), new SKColor(217, 162, 27), new SKColor(240, 230, 210) };
                for (var i = 0; i < 12; i++)
                {
                    fill.Color = colours[i % colours.Length];
                    canvas.DrawRect(cx - 320 * scale, cy - 300 * scale + i * 28 * scale, 640 * scale, 28 * scale, fill);
                }

                fill.Color = SKColors.White.WithAlpha(160);
                for (var x = -300; x < 300; x += 40)
                {
                    using var diamond = new SKPath();
                    diamond.MoveTo(cx + x * scale, cy - 160 * scale);
                    diamond.LineTo(cx + (x + 20) * scale, cy - 140 * scale);
                    diamond.LineTo(cx + x * scale, cy - 120 * scale);
                    diamond.LineTo(cx + (x - 20) * scale, cy - 140 * scale);
                    diamond.Close();
                    canvas.DrawPath(diamond, fill);
                }

                break;
            default:
                fill.Color = new SKColor(120, 80, 50);
                canvas.DrawRoundRect(cx - 140 * scale, cy - 120 * scale, 280 * scale, 150 * scale, 20 * scale, 20 * scale, fill);
                fill.Color = new SKColor(60, 90, 40);
                canvas.DrawRect(cx - 6 * scale, cy - 480 * scale, 12 * scale, 380 * scale, fill);
                for (var i = 0; i < 5; i++)
                {
                    fill.Color = SKColor.FromHsl((hue + i * 12) % 360, 60, 75);
                    var px = cx + random.Next(-160, 160) * scale;
                    var py = cy - random.Next(240, 480) * scale;
                    canvas.DrawCircle(px, py, 56 * scale, fill);
                    fill.Color = new SKColor(220, 170, 40);
                    canvas.DrawCircle(px, py, 16 * scale, fill);
                }

                break;
        }
    }

    private static void PaintLandscape(SKCanvas canvas, int width, int height, Random random)
    {
        for (var layer = 0; layer < 4; layer++)
        {
            using var hill = new SKPaint { IsAntialias = true, Color = new SKColor((byte)(40 + layer * 15), (byte)(90 + layer * 20), (byte)(70 + layer * 10)) };
            using var path = new SKPath();
            var baseline = height * (0.45f + layer * 0.12f);
            path.MoveTo(0, height);
            path.LineTo(0, baseline);
            for (var x = 0; x <= width; x += width / 8)
            {
                path.LineTo(x, baseline - random.Next(20, height / 6));
            }

            path.LineTo(width, height);
            path.Close();
            canvas.DrawPath(path, hill);
        }

        using var house = new SKPaint { IsAntialias = true, Color = new SKColor(110, 70, 40) };
        var hx = width * 0.55f;
        var hy = height * 0.72f;
        canvas.DrawRect(hx - width * 0.1f, hy - height * 0.08f, width * 0.2f, height * 0.08f, house);
        using var roof = new SKPath();
        roof.MoveTo(hx - width * 0.13f, hy - height * 0.08f);
        roof.LineTo(hx, hy - height * 0.2f);
        roof.LineTo(hx + width * 0.13f, hy - height * 0.08f);
        roof.Close();
        house.Color = new SKColor(70, 50, 30);
        canvas.DrawPath(roof, house);
    }

    /// <summary>Sensor noise, so the JPEG weighs what a phone photo weighs and the encoder has real texture to work on.</summary>
    private static void AddGrain(SKBitmap bitmap, Random random)
    {
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var n = random.Next(-10, 11);
            var p = pixels[i];
            pixels[i] = new SKColor(Clamp(p.Red + n), Clamp(p.Green + n), Clamp(p.Blue + n), 255);
        }

        bitmap.Pixels = pixels;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
