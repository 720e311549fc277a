using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>The sample events: a gong night, a village market, a spring fair and a stand at the provincial fair.</summary>
public static partial class SampleIllustrations
{
    private static readonly SKColor Gold = new(214, 170, 60);
    private static readonly SKColor FestiveRed = new(196, 40, 36);

    /// <summary>Chiềng's gong ensemble in a ring before the cultural house at dusk, each player with a round gong.</summary>
    private static void GongNight(FlatDrawing d)
    {
        Sky(d, new SKColor(60, 52, 104), new SKColor(236, 140, 90));
        Mountains(d);
        d.Rect(0, 620, W, 280, new SKColor(110, 90, 56));
        House(d, 600, 640, 0.9f);
        for (var k = 0; k < 24; k++)
        {
            d.Circle(d.Next(0, 1200), d.Next(0, 240), 2, new SKColor(255, 255, 230));
        }

        // The ring: players nearer the viewer are larger; each holds a gong at chest height.
        for (var p = 0; p < 7; p++)
        {
            var angle = Math.PI * (0.15 + (0.7 * p / 6.0));
            var x = 600 + (float)(Math.Cos(angle) * 430);
            var y = 760 + (float)(Math.Sin(angle) * 90);
            var s = 1.1f + ((float)Math.Sin(angle) * 0.5f);
            Person(d, x, y, s, BrocadeColours[p % BrocadeColours.Length]);
            d.Circle(x, y - (70 * s), 26 * s, Gold);
            d.Circle(x, y - (70 * s), 9 * s, Darker(Gold, 60));
        }
    }

    /// <summary>A Sunday morning market in a village yard: stalls under striped awnings, leaf-wrapped cakes and baskets of rice.</summary>
    private static void VillageMarket(FlatDrawing d)
    {
        Sky(d, new SKColor(170, 210, 236), new SKColor(255, 240, 214));
        Mountains(d);
        d.Rect(0, 560, W, 340, new SKColor(214, 190, 150));
        for (var s = 0; s < 3; s++)
        {
            var x = 80 + (s * 370);
            // The awning in stripes, its posts, and a table of goods.
            for (var i = 0; i < 6; i++)
            {
                d.Rect(x + (i * 50), 420, 50, 60, i % 2 == 0 ? Maroon : Cream);
            }

            d.Rect(x + 10, 480, 10, 200, WoodDark);
            d.Rect(x + 280, 480, 10, 200, WoodDark);
            d.Rect(x, 600, 300, 24, Wood);
            for (var g = 0; g < 4; g++)
            {
                var gx = x + 40 + (g * 65);
                switch ((s + g) % 3)
                {
                    case 0:
                        d.Leaf(gx, 585, 60, 28, 0, LeafGreen, LeafDark);
                        break;
                    case 1:
                        d.Rect(gx - 22, 560, 44, 40, new SKColor(40, 90, 50));
                        d.Line(gx, 560, gx, 600, Maroon, 4);
                        break;
                    default:
                        d.Oval(gx, 585, 30, 18, Kraft);
                        d.Oval(gx, 575, 24, 8, new SKColor(250, 246, 236));
                        break;
                }
            }
        }

        for (var p = 0; p < 5; p++)
        {
            Person(d, 140 + (p * 230), 860 - ((p % 2) * 30), 1.5f, BrocadeColours[(p + 2) % BrocadeColours.Length]);
        }
    }

    /// <summary>The spring fair on the commune stadium: a row of booths with red roofs, lanterns and a peach-blossom branch.</summary>
    private static void SpringFair(FlatDrawing d)
    {
        Sky(d, new SKColor(180, 214, 236), new SKColor(255, 236, 210));
        Hills(d, 420, new SKColor(110, 150, 110), 7);
        d.Rect(0, 600, W, 300, new SKColor(120, 170, 90));
        d.Rect(100, 120, 1000, 70, FestiveRed);
        d.Rect(120, 140, 960, 30, Gold);
        for (var b = 0; b < 5; b++)
        {
            var x = 60 + (b * 220);
            d.Poly(FestiveRed, (x - 10, 420), (x + 100, 350), (x + 210, 420));
            d.Rect(x, 420, 200, 200, new SKColor(250, 244, 230));
            d.Rect(x + 20, 520, 160, 16, Wood);
            d.Rect(x + 40, 480, 36, 40, Amber);
            d.Rect(x + 100, 490, 56, 30, Kraft);
            d.Oval(x + 100, 300, 22, 30, FestiveRed);
            d.Line(x + 100, 250, x + 100, 270, WoodDark, 3);
            d.Rect(x + 92, 328, 16, 12, Gold);
        }

        // Peach blossom: a dark branch across the top corner, pink flowers along it.
        d.Line(1200, 240, 900, 30, WoodDark, 12);
        d.Line(1040, 140, 980, 200, WoodDark, 7);
        for (var f = 0; f < 18; f++)
        {
            var t = f / 17f;
            d.Circle(1200 - (300 * t) + d.Next(-30, 30), 240 - (210 * t) + d.Next(-30, 30), 16, new SKColor(240, 150, 180));
        }

        for (var p = 0; p < 6; p++)
        {
            Person(d, 120 + (p * 190), 800 + ((p % 2) * 40), 1.3f, BrocadeColours[p % BrocadeColours.Length]);
        }
    }

    /// <summary>The commune's stand in a fair hall: a maroon banner with a gold star, shelves of jars and boxes, a loom.</summary>
    private static void FairStand(FlatDrawing d)
    {
        d.Rect(0, 0, W, H, new SKColor(236, 232, 224));
        d.Rect(0, 700, W, 200, new SKColor(190, 180, 166));
        d.Rect(150, 80, 900, 110, Maroon);
        d.Circle(250, 135, 38, Gold);
        d.Rect(320, 120, 640, 30, new SKColor(246, 226, 170));
        // Shelves of products.
        for (var s = 0; s < 3; s++)
        {
            var y = 330 + (s * 110);
            d.Rect(180, y, 460, 14, Wood);
            for (var i = 0; i < 6; i++)
            {
                var x = 200 + (i * 74);
                if ((i + s) % 2 == 0)
                {
                    d.RoundRect(x, y - 70, 50, 70, 8, Amber);
                    d.Rect(x + 6, y - 84, 38, 16, new SKColor(120, 60, 30));
                }
                else
                {
                    d.Rect(x, y - 56, 60, 56, Kraft);
                    d.Rect(x, y - 36, 60, 14, Maroon);
                }
            }
        }

        // A small loom with a brocade cloth, and the weaver.
        d.Rect(740, 420, 12, 280, WoodDark);
        d.Rect(1000, 420, 12, 280, WoodDark);
        d.Rect(740, 420, 272, 12, WoodDark);
        for (var band = 0; band < 6; band++)
        {
            d.Rect(760, 450 + (band * 34), 232, 34, BrocadeColours[band % BrocadeColours.Length]);
        }

        d.Rect(180, 620, 520, 80, Wood);
        Person(d, 880, 860, 1.6f, FestiveRed);
    }
}
