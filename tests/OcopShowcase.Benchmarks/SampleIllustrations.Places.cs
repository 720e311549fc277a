using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>The places: landscapes with stilt houses, the river, the stream, the village tour.</summary>
public static partial class SampleIllustrations
{
    private static void Sky(FlatDrawing d, SKColor top, SKColor bottom)
    {
        using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 520), [top, bottom], SKShaderTileMode.Clamp) };
        d.Canvas.DrawRect(0, 0, W, H, paint);
    }

    private static void Hills(FlatDrawing d, float baseline, SKColor colour, int seed)
    {
        using var path = new SKPath();
        path.MoveTo(0, H);
        path.LineTo(0, baseline);
        var random = new Random(seed);
        for (var x = 0; x <= W; x += 150)
        {
            path.QuadTo(x + 75, baseline - random.Next(60, 200), x + 150, baseline - random.Next(0, 60));
        }

        path.LineTo(W, H);
        path.Close();
        d.Path(path, colour);
    }

    private static void Mountains(FlatDrawing d)
    {
        Hills(d, 360, new SKColor(120, 150, 150), 3);
        Hills(d, 440, new SKColor(86, 130, 100), 5);
    }

    private static void PalmTree(FlatDrawing d, float x, float y, float h)
    {
        d.Line(x, y, x + 10, y - h, new SKColor(110, 80, 50), 12);
        for (var k = 0; k < 6; k++)
        {
            d.Leaf(x + 10 + 60 * MathF.Cos(k * 1.05f), y - h + 18 * MathF.Sin(k * 1.05f), 130, 30, k * 60, LeafGreen, LeafDark);
        }
    }

    /// <summary>A Mường stilt house: posts, a floor of planks, wooden walls, a steep leaf roof, a ladder.</summary>
    private static void House(FlatDrawing d, float x, float y, float s)
    {
        d.Canvas.Save();
        d.Canvas.Translate(x, y);
        d.Canvas.Scale(s);
        for (var i = 0; i < 5; i++)
        {
            d.Rect(-200 + i * 95, -110, 16, 110, WoodDark);
        }

        d.Rect(-220, -130, 440, 24, new SKColor(120, 76, 44));
        d.Rect(-190, -260, 380, 130, Wood);
        for (var i = 0; i < 9; i++)
        {
            d.Line(-190 + i * 47, -260, -190 + i * 47, -130, WoodDark, 3);
        }

        d.Rect(-60, -235, 70, 80, new SKColor(70, 44, 26));
        d.Rect(70, -235, 80, 50, new SKColor(250, 210, 120));
        d.Poly(new SKColor(150, 110, 60), (-270, -250), (270, -250), (170, -400), (-170, -400));
        d.Poly(new SKColor(120, 86, 46), (-170, -400), (170, -400), (120, -430), (-120, -430));
        for (var i = 0; i < 6; i++)
        {
            d.Line(-260 + i * 10, -250 - i * 26, 260 - i * 10, -250 - i * 26, new SKColor(130, 94, 50), 3);
        }

        d.Line(230, 0, 200, -130, WoodDark, 8);
        d.Line(280, 0, 250, -130, WoodDark, 8);
        for (var k = 1; k < 6; k++)
        {
            d.Line(230 - k * 5, -k * 22, 280 - k * 5, -k * 22, WoodDark, 6);
        }

        d.Canvas.Restore();
    }

    private static void RiceField(FlatDrawing d, float top)
    {
        d.Rect(0, top, W, H - top, new SKColor(200, 190, 70));
        for (var i = 0; i < 8; i++)
        {
            d.Line(0, top + 20 + i * 36, W, top + 10 + i * 40, new SKColor(170, 160, 50), 4);
        }
    }

    private static void StiltHouse(FlatDrawing d)
    {
        Sky(d, new SKColor(250, 200, 140), new SKColor(252, 236, 200));
        d.Circle(950, 200, 70, new SKColor(255, 230, 160));
        Mountains(d);
        RiceField(d, 640);
        House(d, 560, 650, 1.15f);
        PalmTree(d, 1020, 660, 320);
        PalmTree(d, 150, 680, 260);
        d.Rect(0, 800, W, 100, new SKColor(170, 150, 60));
    }

    private static void Village(FlatDrawing d)
    {
        Sky(d, new SKColor(160, 200, 230), new SKColor(250, 236, 206));
        Mountains(d);
        RiceField(d, 620);
        House(d, 300, 620, 0.7f);
        House(d, 700, 600, 0.6f);
        House(d, 1000, 640, 0.75f);
        PalmTree(d, 520, 660, 260);
        PalmTree(d, 860, 680, 220);
        // A path through the fields.
        d.Poly(new SKColor(214, 180, 130), (560, 900), (700, 900), (640, 640), (610, 640));
    }

    private static void VillageTour(FlatDrawing d)
    {
        // Close up on the terraces: a guide with a flag leads a small group along a bank between stepped rice fields.
        Sky(d, new SKColor(190, 220, 236), new SKColor(255, 240, 210));
        Hills(d, 300, new SKColor(120, 160, 140), 11);
        SKColor[] fields = [new(214, 200, 80), new(150, 180, 70), new(200, 190, 70), new(120, 160, 60), new(220, 196, 90)];
        for (var step = 0; step < 5; step++)
        {
            var top = 330 + step * 115;
            using var terrace = new SKPath();
            terrace.MoveTo(0, top + 30);
            terrace.QuadTo(600, top - 30, W, top + 20);
            terrace.LineTo(W, H);
            terrace.LineTo(0, H);
            terrace.Close();
            d.Path(terrace, fields[step]);
            using var bank = new SKPath();
            bank.MoveTo(0, top + 30);
            bank.QuadTo(600, top - 30, W, top + 20);
            d.Stroke(bank, new SKColor(120, 100, 50), 6);
        }

        House(d, 1030, 420, 0.35f);
        for (var p = 0; p < 5; p++)
        {
            Person(d, 300 + p * 120, 700 - p * 22, 2.1f - p * 0.2f, p == 0 ? new SKColor(160, 40, 40) : BrocadeColours[p % BrocadeColours.Length]);
        }

        d.Line(190, 720, 190, 330, WoodDark, 8);
        d.Poly(new SKColor(200, 50, 40), (190, 330), (80, 365), (190, 400));
    }

    private static void Person(FlatDrawing d, float x, float y, float s, SKColor shirt)
    {
        d.Canvas.Save();
        d.Canvas.Translate(x, y);
        d.Canvas.Scale(s);
        d.Rect(-14, -40, 10, 40, new SKColor(60, 50, 50));
        d.Rect(4, -40, 10, 40, new SKColor(60, 50, 50));
        d.RoundRect(-20, -100, 40, 64, 12, shirt);
        d.Circle(0, -118, 16, new SKColor(220, 170, 130));
        d.Poly(new SKColor(230, 210, 150), (-30, -126), (30, -126), (0, -156));
        d.Canvas.Restore();
    }

    private static void VillageEvening(FlatDrawing d)
    {
        Sky(d, new SKColor(70, 60, 110), new SKColor(240, 150, 90));
        Mountains(d);
        d.Rect(0, 640, W, 260, new SKColor(90, 80, 50));
        House(d, 600, 680, 1.1f);
        // A fire in front, and a rice-wine jar with straws.
        d.Oval(300, 760, 90, 20, new SKColor(80, 50, 30));
        d.Poly(new SKColor(250, 170, 40), (250, 760), (350, 760), (300, 620));
        d.Poly(new SKColor(255, 220, 100), (275, 760), (325, 760), (300, 680));
        d.Oval(930, 740, 70, 80, new SKColor(120, 70, 40));
        d.Line(930, 670, 860, 560, new SKColor(150, 170, 70), 8);
        d.Line(930, 670, 1010, 570, new SKColor(150, 170, 70), 8);
        for (var k = 0; k < 20; k++)
        {
            d.Circle(d.Next(0, 1200), d.Next(0, 260), 2, new SKColor(255, 255, 230));
        }
    }

    private static void Riverbank(FlatDrawing d)
    {
        Sky(d, new SKColor(150, 196, 226), new SKColor(250, 230, 190));
        Mountains(d);
        // The Mã river, wide and calm, with a sandy bank, a wooden landing and a boat.
        d.Rect(0, 520, W, 220, new SKColor(90, 150, 170));
        for (var i = 0; i < 12; i++)
        {
            var x = d.Next(0, 1100);
            var y = 540 + d.Next(0, 180);
            d.Line(x, y, x + 80, y, new SKColor(180, 220, 230), 4);
        }

        using (var bank = new SKPath())
        {
            bank.MoveTo(0, 700);
            bank.QuadTo(500, 660, W, 740);
            bank.LineTo(W, H);
            bank.LineTo(0, H);
            bank.Close();
            d.Path(bank, new SKColor(222, 196, 140));
        }

        for (var i = 0; i < 5; i++)
        {
            d.Rect(180 + i * 60, 620, 12, 90, WoodDark);
        }

        d.Rect(160, 610, 320, 20, Wood);
        using (var boat = new SKPath())
        {
            boat.MoveTo(620, 600);
            boat.LineTo(940, 600);
            boat.QuadTo(900, 650, 780, 650);
            boat.QuadTo(660, 650, 620, 600);
            boat.Close();
            d.Path(boat, new SKColor(110, 70, 40));
        }

        d.Poly(new SKColor(200, 170, 110), (720, 600), (840, 600), (800, 560), (760, 560));
        Person(d, 880, 600, 0.6f, new SKColor(60, 90, 150));
        PalmTree(d, 1080, 760, 300);
        d.Leaf(100, 800, 200, 60, -20, LeafGreen, LeafDark);
    }

    private static void Stream(FlatDrawing d)
    {
        Sky(d, new SKColor(170, 210, 200), new SKColor(220, 236, 210));
        // Forest on both sides, a small waterfall, a stream over rocks.
        Hills(d, 420, new SKColor(60, 110, 70), 7);
        for (var t = 0; t < 9; t++)
        {
            var x = t * 140 + d.Next(-20, 20);
            d.Line(x, 620, x, 380, WoodDark, 14);
            d.Circle(x, 360, 80, t % 2 == 0 ? LeafDark : LeafGreen);
            d.Circle(x + 40, 400, 60, LeafGreen);
        }

        d.Rect(500, 300, 160, 300, new SKColor(190, 225, 240));
        for (var i = 0; i < 6; i++)
        {
            d.Line(515 + i * 26, 300, 515 + i * 26, 600, new SKColor(240, 250, 255), 5);
        }

        d.RoundRect(420, 260, 320, 60, 30, new SKColor(120, 120, 110));
        using (var water = new SKPath())
        {
            water.MoveTo(480, 600);
            water.LineTo(680, 600);
            water.QuadTo(900, 760, 1100, H);
            water.LineTo(100, H);
            water.QuadTo(300, 760, 480, 600);
            water.Close();
            d.Path(water, new SKColor(110, 180, 190));
        }

        foreach (var (x, y, r) in new[] { (300f, 780f, 60f), (520f, 700f, 40f), (820f, 760f, 70f), (650f, 840f, 50f), (980f, 860f, 56f) })
        {
            d.Oval(x, y, r * 1.4f, r, new SKColor(140, 136, 124));
            d.Oval(x - r * 0.3f, y - r * 0.3f, r * 0.6f, r * 0.35f, new SKColor(176, 172, 160));
        }

        for (var i = 0; i < 10; i++)
        {
            var x = 300 + d.Next(0, 600);
            var y = 640 + d.Next(0, 240);
            d.Line(x, y, x + 50, y + 6, new SKColor(220, 240, 240), 4);
        }
    }
}
