using SkiaSharp;

namespace OcopShowcase.Assets;

/// <summary>The five-pointed star of our badge, for every picture the build draws (icons, share cards).</summary>
public static class StarShape
{
    public static SKPath Path(float cx, float cy, float outer, float inner)
    {
        var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? outer : inner;
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var point = new SKPoint(cx + (float)(radius * Math.Cos(angle)), cy + (float)(radius * Math.Sin(angle)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        return path;
    }
}
