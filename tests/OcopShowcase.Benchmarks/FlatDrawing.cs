using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>Flat shapes on one canvas, with one seeded random source for the small irregularities.</summary>
internal sealed class FlatDrawing(SKCanvas canvas, Random random)
{
    public SKCanvas Canvas => canvas;

    public int Next(int min, int max) => random.Next(min, max);

    private static SKPaint Fill(SKColor colour) => new() { IsAntialias = true, Color = colour };

    public void Rect(float x, float y, float w, float h, SKColor colour)
    {
        using var paint = Fill(colour);
        canvas.DrawRect(x, y, w, h, paint);
    }

    public void RoundRect(float x, float y, float w, float h, float r, SKColor colour)
    {
        using var paint = Fill(colour);
        canvas.DrawRoundRect(x, y, w, h, r, r, paint);
    }

    public void Circle(float x, float y, float r, SKColor colour)
    {
        using var paint = Fill(colour);
        canvas.DrawCircle(x, y, r, paint);
    }

    public void Oval(float cx, float cy, float rx, float ry, SKColor colour, float degrees = 0)
    {
        using var paint = Fill(colour);
        canvas.Save();
        canvas.RotateDegrees(degrees, cx, cy);
        canvas.DrawOval(cx, cy, rx, ry, paint);
        canvas.Restore();
    }

    public void Line(float x0, float y0, float x1, float y1, SKColor colour, float width)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = colour, StrokeWidth = width, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    public void Poly(SKColor colour, params (float X, float Y)[] points)
    {
        using var path = new SKPath();
        path.MoveTo(points[0].X, points[0].Y);
        foreach (var (x, y) in points.Skip(1))
        {
            path.LineTo(x, y);
        }

        path.Close();
        Path(path, colour);
    }

    public void Path(SKPath path, SKColor colour)
    {
        using var paint = Fill(colour);
        canvas.DrawPath(path, paint);
    }

    public void Stroke(SKPath path, SKColor colour, float width)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = colour, StrokeWidth = width, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        canvas.DrawPath(path, paint);
    }

    public void Hexagon(float cx, float cy, float r, SKColor colour)
        => Poly(colour, Enumerable.Range(0, 6).Select(k => (cx + r * MathF.Cos((k * 60 + 30) * MathF.PI / 180), cy + r * MathF.Sin((k * 60 + 30) * MathF.PI / 180))).ToArray());

    /// <summary>A soft contact shadow under a thing standing on the table.</summary>
    public void Shadow(float cx, float cy, float rx, float ry)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(60, 36, 20, 70), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 12) };
        canvas.DrawOval(cx, cy, rx, ry, paint);
    }

    /// <summary>A leaf: two curves meeting at the tips, with a midrib, rotated around its centre.</summary>
    public void Leaf(float cx, float cy, float length, float width, float degrees, SKColor colour, SKColor rib)
    {
        canvas.Save();
        canvas.RotateDegrees(degrees, cx, cy);
        using var path = new SKPath();
        path.MoveTo(cx - length / 2, cy);
        path.QuadTo(cx, cy - width, cx + length / 2, cy);
        path.QuadTo(cx, cy + width, cx - length / 2, cy);
        path.Close();
        Path(path, colour);
        Line(cx - length / 2 + 6, cy, cx + length / 2 - 6, cy, rib, Math.Max(2, width / 14));
        canvas.Restore();
    }
}
