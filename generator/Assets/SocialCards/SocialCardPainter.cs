using SkiaSharp;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>
/// Draws a share card with SkiaSharp: the photo on the left, and on the brand panel the name (shaped by HarfBuzz in
/// Be Vietnam Pro, so every Vietnamese mark sits right, wrapped on word boundaries), the star badge and the commune.
/// </summary>
public sealed class SocialCardPainter : IDisposable
{
    private static readonly SKColor Brand = new(122, 31, 31);
    private static readonly SKColor Gold = new(232, 185, 49);
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    public SocialCardPainter(string fontsDirectory)
    {
        _regular = SKTypeface.FromFile(Path.Combine(fontsDirectory, "BeVietnamPro-Regular.ttf")) ?? throw new FileNotFoundException("theme/fonts/BeVietnamPro-Regular.ttf");
        _bold = SKTypeface.FromFile(Path.Combine(fontsDirectory, "BeVietnamPro-Bold.ttf")) ?? throw new FileNotFoundException("theme/fonts/BeVietnamPro-Bold.ttf");
    }

    public byte[] Paint(SocialCard card)
    {
        var info = new SKImageInfo(SocialCard.Width, SocialCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Brand);
        const float photoWidth = 560;
        DrawPhoto(canvas, card.PhotoFile, card.PhotoFocus, new SKRect(0, 0, photoWidth, SocialCard.Height));

        const float left = photoWidth + 56;
        const float right = SocialCard.Width - 56;
        using var kicker = new SKFont(_regular, 28);
        using var title = new SKFont(_bold, 60);
        using var small = new SKFont(_regular, 26);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var soft = new SKPaint { Color = new SKColor(255, 236, 200), IsAntialias = true };

        var y = 96f;
        Typesetter.Draw(canvas, card.Kicker, left, y, kicker, soft);
        y += 40;
        var lines = Typesetter.Wrap(card.Title, title, right - left, maxLines: 4);
        foreach (var line in lines)
        {
            y += 70;
            Typesetter.Draw(canvas, line, left, y, title, white);
        }

        if (card.Stars is { } stars && card.StarsLabel is not null)
        {
            y += 84;
            DrawBadge(canvas, stars, card.StarsLabel, left, y);
        }

        using var line2 = new SKPaint { Color = new SKColor(255, 255, 255, 70), StrokeWidth = 2 };
        canvas.DrawLine(left, SocialCard.Height - 112, right, SocialCard.Height - 112, line2);
        Typesetter.Draw(canvas, card.Place, left, SocialCard.Height - 72, small, soft);
        Typesetter.Draw(canvas, card.SiteTitle, left, SocialCard.Height - 36, small, white);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 86);
        return data.ToArray();
    }

    private static void DrawPhoto(SKCanvas canvas, string? file, Content.Model.FocalPoint? focus, SKRect area)
    {
        using var bitmap = file is null ? null : SKBitmap.Decode(file);
        if (bitmap is null)
        {
            using var fill = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(area.Left, area.Top), new SKPoint(area.Right, area.Bottom), [new SKColor(150, 60, 50), new SKColor(60, 20, 20)], SKShaderTileMode.Clamp) };
            canvas.DrawRect(area, fill);
            return;
        }

        using var image = SKImage.FromBitmap(bitmap);
        Typesetter.DrawCover(canvas, image, area, focus);
    }

    private void DrawBadge(SKCanvas canvas, int stars, string label, float x, float y)
    {
        using var font = new SKFont(_bold, 30);
        var textWidth = Typesetter.Width(label, font);
        var width = 24 + stars * 34 + 12 + textWidth + 24;
        using var pill = new SKPaint { Color = new SKColor(255, 247, 220), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(x, y - 40, x + width, y + 18), 29, 29, pill);
        using var gold = new SKPaint { Color = Gold, IsAntialias = true };
        using var dark = new SKPaint { Color = new SKColor(92, 67, 0), IsAntialias = true };
        for (var i = 0; i < stars; i++)
        {
            using var star = StarShape.Path(x + 24 + 15 + i * 34, y - 11, 15, 15 * 0.45f);
            canvas.DrawPath(star, gold);
        }

        Typesetter.Draw(canvas, label, x + 24 + stars * 34 + 12, y, font, dark);
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }
}
