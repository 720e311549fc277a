using SkiaSharp;

namespace OcopShowcase.Assets.Posters;

/// <summary>
/// Lays out a poster on a canvas measured in PDF points. The same drawing makes the PDF page (vector text in
/// embedded Be Vietnam Pro, vector QR, the photo's JPEG passed through) and the small preview on the staff page.
/// Hierarchy, top to bottom: the photo, the star badge, the name large enough to read across a room, then what a
/// buyer asks next (producer, price), and at the foot the QR with its call to action and printed address.
/// </summary>
public sealed partial class PosterPainter(SKTypeface regular, SKTypeface bold)
{
    private static readonly SKColor Brand = new(122, 31, 31);
    private static readonly SKColor Gold = new(214, 160, 20);
    private static readonly SKColor Cream = new(255, 247, 220);
    private static readonly SKColor Ink = new(28, 28, 28);
    private static readonly SKColor Muted = new(85, 85, 85);
    private static readonly SKColor Rule = new(210, 200, 190);

    public void Paint(SKCanvas canvas, Poster poster, PaperSize size, SKImage? photo)
    {
        canvas.Clear(SKColors.White);
        if (size == PaperSize.A4)
        {
            PaintA4(canvas, poster, photo);
        }
        else
        {
            PaintA6(canvas, poster);
        }
    }

    private void PaintA4(SKCanvas canvas, Poster poster, SKImage? photo)
    {
        var size = PaperSize.A4;
        var left = size.Margin;
        var right = size.Width - size.Margin;
        var width = right - left;
        using var ink = Fill(Ink);
        using var brand = Fill(Brand);
        using var muted = Fill(Muted);

        // Masthead: who publishes, and the programme.
        var y = size.Margin + 14;
        using var mast = new SKFont(bold, 15);
        Typesetter.Draw(canvas, poster.Labels.SiteTitle, left, y, mast, brand);
        using var programme = new SKFont(regular, 10);
        Typesetter.Draw(canvas, poster.Labels.Programme, right - Typesetter.Width(poster.Labels.Programme, programme), y - 1, programme, muted);
        y += 10;
        HorizontalRule(canvas, left, right, y, Brand, 1.5f);

        // Photo, or a quiet brand panel when the product has none.
        y += 12;
        var photoArea = new SKRect(left, y, right, y + 270);
        canvas.Save();
        canvas.ClipRoundRect(new SKRoundRect(photoArea, 10), antialias: true);
        if (photo is not null)
        {
            Typesetter.DrawCover(canvas, photo, photoArea, poster.PhotoFocus);
        }
        else
        {
            using var panel = Fill(Cream);
            canvas.DrawRect(photoArea, panel);
        }

        canvas.Restore();
        y = photoArea.Bottom + 20;

        // Star badge: the first thing read after the photo.
        if (poster.Stars is { } stars && poster.StarsLabel is not null)
        {
            y = StarBadge(canvas, stars, poster.StarsLabel, left, y, starRadius: 15, fontSize: 20) + 18;
        }

        using var kicker = new SKFont(bold, 12);
        Typesetter.Draw(canvas, poster.Kicker.ToUpperInvariant(), left, y + 10, kicker, brand);
        y += 16;

        using var name = new SKFont(bold, 32);
        foreach (var line in Typesetter.Wrap(poster.Name, name, width, maxLines: 2))
        {
            y += 38;
            Typesetter.Draw(canvas, line, left, y, name, ink);
        }

        using var body = new SKFont(regular, 13);
        if (poster.Producer is not null)
        {
            y += 24;
            Typesetter.Draw(canvas, Typesetter.Wrap(poster.Producer, body, width, 1)[0], left, y, body, muted);
        }

        y += 6;
        foreach (var line in Typesetter.Wrap(poster.Summary, body, width, maxLines: 2))
        {
            y += 18;
            Typesetter.Draw(canvas, line, left, y, body, ink);
        }

        if (poster.Price is not null)
        {
            using var price = new SKFont(bold, 17);
            y += 28;
            Typesetter.Draw(canvas, poster.Price, left, y, price, brand);
        }

        // Foot: QR on the left, what to do with it on the right, the commune along the bottom.
        const float qrSide = 170; // 60 mm with the quiet zone: scans from well over an arm's length.
        var footer = size.Height - size.Margin - 4; // baseline: descenders stay out of the margin
        var qrTop = footer - 26 - qrSide;
        HorizontalRule(canvas, left, right, qrTop - 10, Rule, 0.8f);
        DrawQr(canvas, poster.QrUrl, left, qrTop, qrSide);

        var textLeft = left + qrSide + 10;
        var textWidth = right - textLeft;
        var ty = qrTop + 40;
        using var cta = new SKFont(bold, 21);
        foreach (var line in Typesetter.Wrap(poster.Labels.CallToAction, cta, textWidth, 2))
        {
            Typesetter.Draw(canvas, line, textLeft, ty, cta, brand);
            ty += 26;
        }

        using var small = new SKFont(regular, 11);
        foreach (var line in Typesetter.Wrap(poster.Labels.HowTo, small, textWidth, 2))
        {
            Typesetter.Draw(canvas, line, textLeft, ty, small, ink);
            ty += 15;
        }

        ty += 6;
        using var url = new SKFont(bold, 12);
        foreach (var line in WrapUrl(poster.ShownUrl, url, textWidth))
        {
            Typesetter.Draw(canvas, line, textLeft, ty, url, ink);
            ty += 16;
        }

        if (poster.Labels.BuyOnline is not null)
        {
            ty += 4;
            Typesetter.Draw(canvas, poster.Labels.BuyOnline, textLeft, ty, small, ink);
            ty += 15;
        }

        using var note = new SKFont(regular, 8.5f);
        ty += 4;
        foreach (var line in Typesetter.Wrap(poster.Labels.QrNote, note, textWidth, 3))
        {
            Typesetter.Draw(canvas, line, textLeft, ty, note, muted);
            ty += 11;
        }

        HorizontalRule(canvas, left, right, footer - 16, Brand, 1.5f);
        using var place = new SKFont(bold, 11);
        Typesetter.Draw(canvas, poster.Labels.Place, left, footer, place, brand);
    }

    private void PaintA6(SKCanvas canvas, Poster poster)
    {
        var size = PaperSize.A6;
        var left = size.Margin;
        var right = size.Width - size.Margin;
        var width = right - left;
        var centre = size.Width / 2;
        using var ink = Fill(Ink);
        using var brand = Fill(Brand);
        using var muted = Fill(Muted);

        var y = size.Margin + 8;
        using var mast = new SKFont(bold, 9);
        Typesetter.Draw(canvas, poster.Labels.SiteTitle, left, y, mast, brand);
        y += 6;
        HorizontalRule(canvas, left, right, y, Brand, 1);

        using var name = new SKFont(bold, 17);
        y += 4;
        foreach (var line in Typesetter.Wrap(poster.Name, name, width, maxLines: 3))
        {
            y += 21;
            Typesetter.Draw(canvas, line, left, y, name, ink);
        }

        y += 10;
        if (poster.Stars is { } stars && poster.StarsLabel is not null)
        {
            y = StarBadge(canvas, stars, poster.StarsLabel, left, y, starRadius: 8, fontSize: 11);
        }

        const float qrSide = 160; // 56 mm with the quiet zone.
        var footer = size.Height - size.Margin - 4; // baseline: descenders stay out of the margin
        var qrTop = footer - 12 - 30 - 13 - qrSide;
        using var price = new SKFont(bold, 12);
        if (poster.Price is not null && y + 20 < qrTop)
        {
            Typesetter.Draw(canvas, poster.Price, left, y + 18, price, brand);
        }

        DrawQr(canvas, poster.QrUrl, centre - qrSide / 2, qrTop, qrSide);

        var ty = qrTop + qrSide + 8;
        using var cta = new SKFont(bold, 11);
        Typesetter.DrawCentred(canvas, Typesetter.Wrap(poster.Labels.CallToAction, cta, width, 1)[0], centre, ty, cta, brand);
        using var url = new SKFont(regular, 7.5f);
        foreach (var line in WrapUrl(poster.ShownUrl, url, width).Take(2))
        {
            ty += 11;
            Typesetter.DrawCentred(canvas, line, centre, ty, url, ink);
        }

        using var place = new SKFont(regular, 7);
        Typesetter.DrawCentred(canvas, poster.Labels.Place, centre, footer, place, muted);
    }

    /// <summary>A cream pill with gold stars and the rating's words; returns the y under it.</summary>
    private float StarBadge(SKCanvas canvas, int stars, string label, float x, float top, float starRadius, float fontSize)
    {
        using var font = new SKFont(bold, fontSize);
        var pad = starRadius * 0.8f;
        var step = starRadius * 2.3f;
        var height = starRadius * 2 + pad * 1.4f;
        var width = pad + stars * step + pad * 0.6f + Typesetter.Width(label, font) + pad * 1.2f;
        using var pill = Fill(Cream);
        canvas.DrawRoundRect(new SKRect(x, top, x + width, top + height), height / 2, height / 2, pill);
        using var gold = Fill(Gold);
        var midY = top + height / 2;
        for (var i = 0; i < stars; i++)
        {
            using var star = StarShape.Path(x + pad + starRadius + i * step, midY + starRadius * 0.08f, starRadius, starRadius * 0.45f);
            canvas.DrawPath(star, gold);
        }

        using var dark = Fill(new SKColor(92, 60, 0));
        Typesetter.Draw(canvas, label, x + pad + stars * step + pad * 0.6f, midY + fontSize * 0.36f, font, dark);
        return top + height;
    }

    private static void DrawQr(SKCanvas canvas, string text, float x, float y, float side)
    {
        using var quiet = Fill(SKColors.White);
        canvas.DrawRect(new SKRect(x, y, x + side, y + side), quiet);
        using var path = new QrSymbol(text).Path(x, y, side);
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, dark);
    }

    /// <summary>Addresses have no spaces to wrap on: break after a "/" instead, so each line stays a readable piece.</summary>
    private static IEnumerable<string> WrapUrl(string url, SKFont font, float width)
    {
        var line = "";
        foreach (var piece in UrlPieces().Matches(url).Select(m => m.Value))
        {
            if (line.Length > 0 && Typesetter.Width(line + piece, font) > width)
            {
                yield return line;
                line = "";
            }

            line += piece;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[^/]*/|[^/]+$")]
    private static partial System.Text.RegularExpressions.Regex UrlPieces();

    private static void HorizontalRule(SKCanvas canvas, float left, float right, float y, SKColor color, float thickness)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = thickness, IsAntialias = true };
        canvas.DrawLine(left, y, right, y, paint);
    }

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
}
