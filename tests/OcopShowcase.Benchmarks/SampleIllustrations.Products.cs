using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>The products, each drawn on a table (photo 1) or beside its box (photo 2).</summary>
public static partial class SampleIllustrations
{
    private static void Table(FlatDrawing d) => Table(d, new SKColor(244, 222, 184), new SKColor(176, 116, 70));

    private static void Table(FlatDrawing d, SKColor wall, SKColor table)
    {
        d.Rect(0, 0, W, H, wall);
        // A window of light on the wall, soft and warm.
        d.RoundRect(780, 70, 300, 260, 20, Lighter(wall, 18));
        d.Rect(0, 600, W, 300, table);
        d.Rect(0, 600, W, 14, Darker(table, 25));
        for (var i = 0; i < 7; i++)
        {
            d.Line(0, 650 + i * 38 + d.Next(-6, 6), W, 650 + i * 38 + d.Next(-6, 6), Darker(table, 12), 3);
        }
    }

    /// <summary>Photo 2: the product as sold, a kraft box with a maroon label band, and the product beside it, smaller.</summary>
    private static void Packaged(FlatDrawing d, Action<FlatDrawing> subject)
    {
        d.Shadow(360, 640, 230, 26);
        d.Poly(Kraft, (180, 330), (520, 330), (540, 640), (160, 640));
        d.Poly(KraftDark, (180, 330), (520, 330), (500, 300), (200, 300));
        d.Rect(168, 430, 364, 90, Maroon);
        d.RoundRect(250, 445, 200, 60, 30, Cream);
        d.Circle(350, 475, 18, new SKColor(217, 162, 27));
        d.Line(190, 560, 510, 560, KraftDark, 4);
        d.Line(195, 590, 505, 590, KraftDark, 4);
        d.Canvas.Save();
        d.Canvas.Translate(300, 130);
        d.Canvas.Scale(0.72f);
        d.Canvas.Translate(0, 230);
        subject(d);
        d.Canvas.Restore();
    }

    private static void Honey(FlatDrawing d)
    {
        // Honeycomb slab.
        d.Shadow(380, 640, 220, 22);
        d.RoundRect(200, 470, 360, 170, 26, new SKColor(232, 170, 48));
        for (var row = 0; row < 5; row++)
        {
            for (var col = 0; col < 9; col++)
            {
                var x = 225 + col * 38 + (row % 2) * 19;
                var y = 495 + row * 32;
                if (x < 540)
                {
                    d.Hexagon(x, y, 17, row == 0 && col % 3 == 0 ? new SKColor(250, 214, 110) : new SKColor(196, 118, 20));
                }
            }
        }

        // The jar: glass, amber honey, gingham cloth under a wooden lid.
        d.Shadow(720, 642, 170, 24);
        d.RoundRect(590, 250, 260, 395, 50, new SKColor(255, 246, 228, 140));
        d.RoundRect(600, 300, 240, 335, 44, Amber);
        d.RoundRect(615, 300, 40, 300, 20, new SKColor(246, 190, 90));
        d.Rect(600, 300, 240, 26, new SKColor(240, 170, 60));
        d.RoundRect(580, 205, 280, 70, 16, WoodDark);
        d.Poly(new SKColor(200, 60, 50), (560, 240), (880, 240), (900, 300), (540, 300));
        for (var i = 0; i < 8; i++)
        {
            d.Rect(560 + i * 42, 240, 20, 60, new SKColor(240, 236, 228, 150));
        }

        d.Line(550, 270, 890, 270, String, 6);
        d.RoundRect(650, 420, 140, 110, 14, Cream);
        d.Hexagon(720, 460, 22, Amber);
        d.Rect(668, 495, 104, 8, Maroon);
        // Dipper, with a drop.
        d.Line(880, 590, 1060, 470, WoodDark, 14);
        d.RoundRect(845, 570, 70, 60, 24, new SKColor(196, 118, 20));
        d.Circle(880, 660, 10, Amber);
        Bee(d, 330, 400);
        Bee(d, 980, 330);
    }

    private static void Bee(FlatDrawing d, float x, float y)
    {
        d.Oval(x - 12, y - 22, 26, 16, new SKColor(255, 255, 255, 170));
        d.Oval(x + 12, y - 22, 26, 16, new SKColor(255, 255, 255, 170));
        d.Oval(x, y, 34, 22, new SKColor(240, 180, 30));
        d.Rect(x - 8, y - 21, 8, 42, new SKColor(50, 36, 20));
        d.Rect(x + 12, y - 19, 8, 38, new SKColor(50, 36, 20));
    }

    private static void CheLam(FlatDrawing d)
    {
        // A banana leaf opened under a bundle of bars, tied with a string.
        d.Shadow(600, 640, 360, 30);
        d.Leaf(600, 560, 760, 250, -4, LeafGreen, LeafDark);
        var bar = new SKColor(226, 196, 150);
        for (var i = 0; i < 5; i++)
        {
            var x = 380 + i * 92;
            d.RoundRect(x, 420, 84, 200, 12, bar);
            d.RoundRect(x, 420, 84, 200, 12, new SKColor(255, 255, 255, 40));
            for (var k = 0; k < 6; k++)
            {
                d.Circle(x + 10 + d.Next(0, 64), 440 + d.Next(0, 160), 5, new SKColor(248, 240, 226));
            }
        }

        d.Line(360, 520, 840, 520, String, 10);
        d.Line(600, 410, 600, 630, String, 8);
        // Two bars cut open: peanuts and ginger in the sticky rice.
        d.Canvas.Save();
        d.Canvas.RotateDegrees(-12, 930, 640);
        d.RoundRect(860, 560, 150, 90, 12, bar);
        d.RoundRect(875, 570, 120, 70, 8, new SKColor(240, 220, 186));
        for (var k = 0; k < 7; k++)
        {
            d.Oval(890 + d.Next(0, 90), 585 + d.Next(0, 40), 9, 6, new SKColor(180, 120, 60));
        }

        d.Canvas.Restore();
        d.Leaf(200, 640, 220, 80, 20, LeafDark, LeafGreen);
    }

    private static void BanhGai(FlatDrawing d)
    {
        for (var i = 0; i < 3; i++)
        {
            var x = 250 + i * 230;
            var y = 400 + (i % 2) * 40;
            d.Shadow(x + 95, y + 205, 110, 16);
            d.RoundRect(x, y, 190, 190, 14, DryLeaf);
            d.Line(x + 20, y + 30, x + 170, y + 30, Darker(DryLeaf, 20), 3);
            d.Line(x + 20, y + 160, x + 170, y + 160, Darker(DryLeaf, 20), 3);
            d.Line(x + 95, y - 4, x + 95, y + 194, String, 9);
            d.Line(x - 4, y + 95, x + 194, y + 95, String, 9);
        }

        // One cake unwrapped and cut: black gai-leaf dough, yellow mung-bean filling.
        d.Shadow(970, 660, 120, 18);
        d.RoundRect(880, 480, 190, 160, 16, DryLeaf);
        d.RoundRect(895, 470, 160, 150, 14, new SKColor(40, 30, 28));
        d.RoundRect(935, 515, 80, 60, 18, new SKColor(236, 190, 70));
        d.Circle(975, 545, 10, new SKColor(200, 120, 90));
        for (var k = 0; k < 10; k++)
        {
            d.Circle(905 + d.Next(0, 140), 480 + d.Next(0, 130), 3, new SKColor(240, 230, 210));
        }
    }

    private static void StickyRice(FlatDrawing d)
    {
        // A jute sack, open, full of round white grains; rice ears; a wooden bowl.
        d.Shadow(430, 650, 230, 26);
        d.Poly(new SKColor(200, 168, 116), (240, 640), (620, 640), (590, 330), (270, 330));
        d.Poly(new SKColor(180, 146, 96), (250, 330), (610, 330), (640, 300), (220, 300));
        for (var i = 0; i < 12; i++)
        {
            d.Line(250 + i * 30, 350, 240 + i * 32, 630, new SKColor(176, 140, 92), 3);
        }

        d.Oval(430, 318, 170, 36, new SKColor(250, 246, 236));
        for (var k = 0; k < 70; k++)
        {
            d.Oval(300 + d.Next(0, 260), 300 + d.Next(0, 34), 7, 4, new SKColor(236, 228, 210));
        }

        d.Shadow(840, 650, 170, 20);
        d.Poly(WoodDark, (680, 540), (1000, 540), (940, 640), (740, 640));
        d.Oval(840, 540, 160, 34, new SKColor(250, 246, 236));
        for (var k = 0; k < 50; k++)
        {
            d.Oval(700 + d.Next(0, 280), 520 + d.Next(0, 36), 7, 4, new SKColor(232, 222, 200));
        }

        // Golden rice ears.
        for (var s = 0; s < 4; s++)
        {
            var x0 = 660 + s * 30;
            d.Line(x0, 500, x0 + 120, 170 + s * 20, new SKColor(196, 160, 60), 5);
            for (var g = 0; g < 9; g++)
            {
                d.Oval(x0 + 70 + g * 6 + (g % 2) * 16, 300 - g * 14 + s * 16, 12, 7, new SKColor(232, 188, 70));
            }
        }
    }

    private static void NemChua(FlatDrawing d)
    {
        // Leaf parcels tied with red string, and one opened: pink pork with garlic and chilli.
        for (var i = 0; i < 6; i++)
        {
            var x = 230 + (i % 3) * 170;
            var y = 420 + (i / 3) * 120;
            d.Shadow(x + 60, y + 98, 70, 12);
            d.RoundRect(x, y, 120, 90, 18, i % 2 == 0 ? LeafGreen : new SKColor(90, 146, 70));
            d.Line(x + 10, y + 22, x + 110, y + 22, LeafDark, 3);
            d.Line(x + 60, y - 2, x + 60, y + 92, new SKColor(200, 40, 40), 6);
            d.Line(x - 2, y + 45, x + 122, y + 45, new SKColor(200, 40, 40), 6);
        }

        d.Shadow(900, 660, 160, 20);
        d.Leaf(900, 600, 340, 150, 0, LeafGreen, LeafDark);
        d.RoundRect(830, 545, 140, 100, 20, new SKColor(226, 120, 120));
        for (var k = 0; k < 14; k++)
        {
            d.Circle(845 + d.Next(0, 110), 560 + d.Next(0, 70), 4, new SKColor(250, 220, 220));
        }

        d.Oval(870, 570, 16, 10, new SKColor(250, 246, 230));
        d.Oval(930, 600, 10, 26, new SKColor(214, 40, 30));
        d.Leaf(1060, 520, 120, 60, -30, new SKColor(110, 160, 70), LeafDark);
    }

    private static readonly SKColor[] BrocadeColours = [new(163, 40, 42), new(31, 58, 106), new(217, 162, 27), new(240, 230, 210), new(30, 110, 90)];

    private static void Brocade(FlatDrawing d)
    {
        // Three folded cloths stacked, woven diamonds and zigzags of Mường brocade.
        for (var layer = 0; layer < 3; layer++)
        {
            var y = 520 - layer * 120;
            var x = 240 + layer * 40;
            d.Shadow(x + 360, y + 130, 380, 16);
            d.Rect(x, y, 720, 120, BrocadeColours[layer]);
            for (var band = 0; band < 2; band++)
            {
                var by = y + 22 + band * 48;
                var colour = BrocadeColours[(layer + band + 1) % BrocadeColours.Length];
                for (var k = 0; k < 10; k++)
                {
                    var cx = x + 36 + k * 72;
                    d.Poly(colour, (cx, by), (cx + 28, by + 14), (cx, by + 28), (cx - 28, by + 14));
                    d.Poly(BrocadeColours[3], (cx, by + 7), (cx + 12, by + 14), (cx, by + 21), (cx - 12, by + 14));
                }
            }

            for (var t = 0; t < 12; t++)
            {
                d.Line(x + 720, y + 5 + t * 10, x + 740, y + 5 + t * 10, BrocadeColours[2], 3);
            }
        }

        // A spindle of red thread.
        d.Line(1000, 660, 1120, 590, WoodDark, 8);
        d.Oval(1060, 625, 44, 30, new SKColor(190, 40, 40));
    }

    private static void RiceWineJar(FlatDrawing d)
    {
        // A woven mat, the jar, and curved bamboo straws (cần) reaching out.
        d.Oval(600, 660, 420, 60, new SKColor(210, 176, 112));
        for (var i = -8; i <= 8; i++)
        {
            d.Line(600 + i * 48, 610, 600 + i * 52, 712, new SKColor(180, 146, 88), 3);
        }

        d.Shadow(600, 652, 200, 24);
        using (var jar = new SKPath())
        {
            jar.MoveTo(520, 300);
            jar.LineTo(680, 300);
            jar.CubicTo(690, 360, 820, 380, 810, 520);
            jar.CubicTo(800, 640, 400, 640, 390, 520);
            jar.CubicTo(380, 380, 510, 360, 520, 300);
            jar.Close();
            d.Path(jar, new SKColor(120, 70, 40));
        }

        d.Oval(600, 300, 84, 18, new SKColor(80, 46, 26));
        d.Oval(600, 300, 64, 12, new SKColor(170, 110, 60));
        d.Line(420, 450, 780, 450, new SKColor(214, 180, 120), 6);
        d.Line(412, 480, 788, 480, new SKColor(214, 180, 120), 4);
        for (var k = 0; k < 10; k++)
        {
            d.Circle(440 + k * 36, 465, 6, new SKColor(230, 200, 140));
        }

        d.Oval(500, 420, 26, 60, new SKColor(255, 255, 255, 40));
        SKColor bamboo = new(150, 170, 70);
        foreach (var (ex, ey) in new[] { (300f, 140f), (470f, 90f), (760f, 100f), (920f, 170f), (1010f, 320f) })
        {
            using var straw = new SKPath();
            straw.MoveTo(600, 300);
            straw.QuadTo((600 + ex) / 2, Math.Min(ey, 300) - 120, ex, ey);
            d.Stroke(straw, bamboo, 12);
            d.Circle(ex, ey, 7, new SKColor(120, 140, 50));
        }

        // A gong at the back, the evening's music.
        d.Circle(1040, 520, 70, new SKColor(196, 150, 60));
        d.Circle(1040, 520, 26, new SKColor(170, 120, 40));
    }

    private static void HerbalExtract(FlatDrawing d)
    {
        // A jar of dark extract (cao), a bottle, and sprigs of cà gai leo with small leaves and purple flowers.
        d.Shadow(500, 645, 150, 20);
        d.RoundRect(380, 380, 240, 265, 30, new SKColor(255, 246, 228, 140));
        d.RoundRect(390, 420, 220, 215, 26, new SKColor(60, 34, 20));
        d.RoundRect(370, 340, 260, 60, 14, new SKColor(40, 90, 50));
        d.RoundRect(420, 480, 160, 100, 10, Cream);
        d.Leaf(500, 520, 90, 40, -20, LeafGreen, LeafDark);
        d.Shadow(720, 645, 70, 12);
        d.RoundRect(670, 400, 100, 245, 22, new SKColor(110, 60, 30));
        d.RoundRect(690, 340, 60, 70, 10, new SKColor(40, 90, 50));
        d.RoundRect(680, 480, 80, 90, 8, Cream);
        for (var s = 0; s < 3; s++)
        {
            var x0 = 850 + s * 70;
            d.Line(x0, 640, x0 + 40, 330 + s * 30, new SKColor(100, 80, 50), 5);
            for (var l = 0; l < 7; l++)
            {
                var y = 600 - l * 40 + s * 10;
                var x = x0 + l * 5;
                d.Leaf(x - 22, y, 50, 20, 30, LeafGreen, LeafDark);
                d.Leaf(x + 22, y - 10, 50, 20, -30, LeafGreen, LeafDark);
            }

            d.Circle(x0 + 44, 330 + s * 30, 12, new SKColor(150, 90, 190));
            d.Circle(x0 + 30, 380 + s * 30, 8, new SKColor(220, 60, 40));
        }
    }

    private static void LemongrassOil(FlatDrawing d)
    {
        // Stalks of lemongrass with long blades, a sliced lemon, and amber dropper bottles.
        for (var i = 0; i < 6; i++)
        {
            var x = 180 + i * 40;
            d.Shadow(x + 60, 640, 60, 8);
            d.Line(x, 640, x + 260, 420 - i * 6, new SKColor(226, 230, 190), 26);
            d.Line(x + 200, 450, x + 520 + i * 20, 170 + i * 30, new SKColor(110, 160, 60), 12);
            d.Line(x + 220, 440, x + 420 + i * 30, 120 + i * 20, new SKColor(90, 140, 50), 8);
        }

        d.Circle(330, 690, 60, new SKColor(240, 210, 60));
        d.Circle(330, 690, 48, new SKColor(250, 236, 140));
        for (var k = 0; k < 8; k++)
        {
            var a = k * MathF.PI / 4;
            d.Line(330, 690, 330 + 44 * MathF.Cos(a), 690 + 44 * MathF.Sin(a), new SKColor(240, 210, 60), 3);
        }

        foreach (var (x, h) in new[] { (760f, 250f), (930f, 190f) })
        {
            d.Shadow(x + 60, 645, 80, 12);
            d.RoundRect(x, 645 - h, 120, h, 22, new SKColor(170, 90, 20));
            d.RoundRect(x + 14, 660 - h, 24, h - 40, 10, new SKColor(220, 140, 50));
            d.RoundRect(x + 25, 600 - h, 70, 50, 8, new SKColor(30, 30, 30));
            d.RoundRect(x + 40, 540 - h, 40, 70, 18, new SKColor(60, 60, 60));
            d.RoundRect(x + 15, 690 - h + h / 3, 90, h / 3, 6, Cream);
            d.Leaf(x + 60, 690 - h + h / 2, 60, 16, 20, LeafGreen, LeafDark);
        }

        d.Circle(1100, 600, 12, new SKColor(240, 200, 90));
    }

    private static void Orchid(FlatDrawing d)
    {
        // A wild orchid tied to a log: long leaves, an arching spray of purple and white flowers.
        d.Shadow(600, 650, 300, 24);
        d.RoundRect(300, 560, 600, 90, 44, WoodDark);
        d.Oval(880, 605, 30, 44, new SKColor(170, 120, 70));
        for (var i = 0; i < 6; i++)
        {
            d.Leaf(520 + i * 40, 540 - (i % 2) * 30, 280, 60, 160 + i * 8, LeafGreen, LeafDark);
        }

        d.Line(500, 470, 560, 560, new SKColor(140, 150, 140), 4);
        d.Line(650, 470, 620, 560, new SKColor(140, 150, 140), 4);
        using var spray = new SKPath();
        spray.MoveTo(620, 520);
        spray.QuadTo(700, 160, 1000, 230);
        d.Stroke(spray, new SKColor(90, 110, 60), 7);
        for (var f = 0; f < 7; f++)
        {
            var t = f / 6f;
            var x = 640 + t * 350 - 30 * MathF.Sin(t * 3);
            var y = 420 - 230 * MathF.Sin(t * 1.6f) + t * 40;
            Flower(d, x, y, 48 - f * 3, f % 3 == 2 ? new SKColor(250, 244, 250) : new SKColor(186, 90, 170));
        }
    }

    private static void Flower(FlatDrawing d, float x, float y, float r, SKColor petal)
    {
        for (var p = 0; p < 5; p++)
        {
            var a = p * 2 * MathF.PI / 5 - MathF.PI / 2;
            d.Oval(x + r * 0.55f * MathF.Cos(a), y + r * 0.55f * MathF.Sin(a), r * 0.5f, r * 0.32f, petal, a * 180 / MathF.PI);
        }

        d.Oval(x, y + r * 0.25f, r * 0.34f, r * 0.3f, new SKColor(230, 200, 60));
        d.Circle(x, y, r * 0.16f, new SKColor(120, 30, 80));
    }

    private static void Basket(FlatDrawing d)
    {
        // A round rattan basket: woven rows and ribs, a bent handle.
        d.Shadow(600, 655, 290, 28);
        using (var handle = new SKPath())
        {
            handle.MoveTo(360, 380);
            handle.CubicTo(380, 80, 820, 80, 840, 380);
            d.Stroke(handle, WoodDark, 28);
            d.Stroke(handle, new SKColor(196, 150, 90), 16);
        }

        d.Poly(new SKColor(200, 150, 88), (320, 380), (880, 380), (800, 650), (400, 650));
        for (var row = 0; row < 9; row++)
        {
            var y = 395 + row * 29;
            var inset = row * 9f;
            for (var k = 0; k < 18; k++)
            {
                var x = 330 + inset + k * (540 - 2 * inset) / 18f;
                d.Oval(x + 14, y + 8, 14, 9, (row + k) % 2 == 0 ? new SKColor(226, 182, 116) : new SKColor(168, 118, 64));
            }
        }

        d.Oval(600, 380, 280, 26, new SKColor(140, 96, 50));
        d.Oval(600, 380, 260, 16, new SKColor(110, 72, 38));
        // A small bamboo tray leaning beside it.
        d.Oval(1010, 560, 100, 100, new SKColor(214, 176, 110));
        for (var i = -3; i <= 3; i++)
        {
            d.Line(1010 + i * 26, 470, 1010 + i * 26, 650, new SKColor(176, 136, 80), 4);
            d.Line(920, 560 + i * 26, 1100, 560 + i * 26, new SKColor(176, 136, 80), 4);
        }
    }

    private static void Tea(FlatDrawing d)
    {
        // A clay teapot, a cup of pale golden tea, and a heap of dried twisted trà dây.
        d.Shadow(470, 648, 190, 24);
        d.Oval(470, 520, 190, 140, new SKColor(150, 80, 50));
        d.RoundRect(420, 360, 100, 40, 16, new SKColor(130, 66, 40));
        d.Circle(470, 350, 16, new SKColor(110, 56, 34));
        using (var spout = new SKPath())
        {
            spout.MoveTo(640, 500);
            spout.QuadTo(720, 480, 740, 400);
            d.Stroke(spout, new SKColor(150, 80, 50), 30);
        }

        using (var handle = new SKPath())
        {
            handle.MoveTo(300, 450);
            handle.CubicTo(220, 450, 220, 590, 300, 590);
            d.Stroke(handle, new SKColor(130, 66, 40), 20);
        }

        d.Shadow(820, 648, 90, 14);
        d.Poly(new SKColor(246, 240, 228), (740, 540), (900, 540), (880, 640), (760, 640));
        d.Oval(820, 540, 80, 16, new SKColor(224, 190, 90));
        for (var k = 0; k < 3; k++)
        {
            using var steam = new SKPath();
            steam.MoveTo(790 + k * 30, 510);
            steam.CubicTo(770 + k * 30, 470, 820 + k * 30, 450, 800 + k * 30, 400);
            d.Stroke(steam, new SKColor(255, 255, 255, 140), 6);
        }

        for (var k = 0; k < 40; k++)
        {
            var x = 960 + d.Next(0, 160);
            var y = 600 + d.Next(0, 50);
            d.Line(x, y, x + d.Next(-26, 26), y + d.Next(-14, 14), new SKColor(120, 130, 70), 5);
        }

        d.Leaf(1040, 560, 110, 40, -15, LeafGreen, LeafDark);
    }
}
