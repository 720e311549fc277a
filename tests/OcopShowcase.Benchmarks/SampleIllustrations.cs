using SkiaSharp;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// Flat, vector-style illustrations of each sample product and tourism listing, recognisable at a glance (a jar of
/// honey with its comb, chè lam bars in a leaf, square bánh gai, a stilt house…), in warm colours. Drawn in a
/// 1200×900 frame scaled to the requested size; deterministic (no clock, no unseeded randomness). Photo 1 shows the
/// thing itself; photo 2 shows it as sold (a kraft box with a label band) or, for places, another view.
/// </summary>
public static partial class SampleIllustrations
{
    private const float W = 1200;
    private const float H = 900;

    private static readonly SKColor Cream = new(250, 240, 220);
    private static readonly SKColor Kraft = new(196, 152, 104);
    private static readonly SKColor KraftDark = new(160, 118, 76);
    private static readonly SKColor Maroon = new(122, 31, 31);
    private static readonly SKColor LeafGreen = new(74, 130, 60);
    private static readonly SKColor LeafDark = new(44, 92, 44);
    private static readonly SKColor DryLeaf = new(190, 160, 100);
    private static readonly SKColor Wood = new(150, 100, 60);
    private static readonly SKColor WoodDark = new(100, 64, 38);
    private static readonly SKColor Amber = new(214, 138, 30);
    private static readonly SKColor String = new(236, 220, 180);

    /// <summary>The subjects this painter knows, by the slug of the sample page.</summary>
    public static readonly IReadOnlyList<string> Subjects =
    [
        "mat-ong-rung-cam-tan", "che-lam-cam-tan", "banh-gai-cam-tan", "gao-nep-cai-hoa-vang", "nem-chua-cam-tan", "tho-cam-muong",
        "ruou-can-ban-chieng", "cao-ca-gai-leo", "tinh-dau-sa-chanh", "lan-rung-cam-tan", "gio-may-tre-dan", "tra-day-cam-tan",
        "tour-trai-nghiem-ban-chieng", "homestay-nha-san-tan-lap", "ben-song-ma", "suoi-mo-sinh-thai", "ban-chieng",
        "dem-cong-chieng-ban-chieng", "phien-cho-que-cam-tan", "hoi-cho-xuan-dinh-mui-2027", "hoi-cho-ocop-thanh-hoa-2026",
    ];

    public static byte[] Paint(string slug, int photo, int width, int height, int quality = 78)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Scale(width / W, height / H);
        var random = new Random(StableSeed(slug) + photo);
        var d = new FlatDrawing(canvas, random);
        Action<FlatDrawing> subject = slug switch
        {
            "mat-ong-rung-cam-tan" => Honey,
            "che-lam-cam-tan" => CheLam,
            "banh-gai-cam-tan" => BanhGai,
            "gao-nep-cai-hoa-vang" => StickyRice,
            "nem-chua-cam-tan" => NemChua,
            "tho-cam-muong" => Brocade,
            "ruou-can-ban-chieng" => RiceWineJar,
            "cao-ca-gai-leo" => HerbalExtract,
            "tinh-dau-sa-chanh" => LemongrassOil,
            "lan-rung-cam-tan" => Orchid,
            "gio-may-tre-dan" => Basket,
            "tra-day-cam-tan" => Tea,
            "tour-trai-nghiem-ban-chieng" => photo == 1 ? VillageTour : VillageEvening,
            "homestay-nha-san-tan-lap" => StiltHouse,
            "ben-song-ma" => Riverbank,
            "suoi-mo-sinh-thai" => Stream,
            "ban-chieng" => Village,
            "dem-cong-chieng-ban-chieng" => GongNight,
            "phien-cho-que-cam-tan" => VillageMarket,
            "hoi-cho-xuan-dinh-mui-2027" => SpringFair,
            "hoi-cho-ocop-thanh-hoa-2026" => FairStand,
            _ => throw new ArgumentException($"No illustration for \"{slug}\"; known: {string.Join(", ", Subjects)}", nameof(slug)),
        };

        var place = slug is "tour-trai-nghiem-ban-chieng" or "homestay-nha-san-tan-lap" or "ben-song-ma" or "suoi-mo-sinh-thai" or "ban-chieng"
            or "dem-cong-chieng-ban-chieng" or "phien-cho-que-cam-tan" or "hoi-cho-xuan-dinh-mui-2027" or "hoi-cho-ocop-thanh-hoa-2026";
        if (place)
        {
            subject(d);
        }
        else if (photo == 1)
        {
            Table(d);
            // The thing fills the frame as a phone photo of it would: enlarged around the middle of the table.
            canvas.Save();
            canvas.Scale(1.18f, 1.18f, W / 2, 640);
            subject(d);
            canvas.Restore();
        }
        else
        {
            Table(d, new SKColor(236, 214, 178), new SKColor(170, 120, 80));
            Packaged(d, subject);
        }

        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return encoded.ToArray();
    }

    private static int StableSeed(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    private static SKColor Lighter(SKColor c, int by) => new((byte)Math.Min(255, c.Red + by), (byte)Math.Min(255, c.Green + by), (byte)Math.Min(255, c.Blue + by), c.Alpha);

    private static SKColor Darker(SKColor c, int by) => new((byte)Math.Max(0, c.Red - by), (byte)Math.Max(0, c.Green - by), (byte)Math.Max(0, c.Blue - by), c.Alpha);
}
