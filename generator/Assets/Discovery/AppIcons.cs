using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopShowcase.Output;
using OcopShowcase.Site;
using SkiaSharp;

namespace OcopShowcase.Assets.Discovery;

/// <summary>
/// <c>manifest.webmanifest</c> and its PNG icons, drawn by the build (the star badge on the brand colour), so the site
/// can be added to a phone's home screen. The icons are drawn once and kept in <c>.cache/</c> under the drawings' key
/// rule (<see cref="DerivedFileKey"/>): a build whose share cards and icons are all cached never loads the graphics
/// library.
/// </summary>
public static class AppIcons
{
    public const string ThemeColor = "#7a1f1f";
    public static readonly int[] Sizes = [180, 192, 512];

    public static string IconPath(int size) => $"assets/icon-{size}.png";

    public static IReadOnlyList<OutputFile> Write(SiteModel site, DerivedFileKey keys, string cacheDirectory)
    {
        var folder = DerivedFileKey.FolderIn(cacheDirectory);
        var files = Sizes.Select(size => Icon(size, keys, folder)).ToList();
        var text = site.Site.Text.Default;
        var manifest = new JsonObject
        {
            ["id"] = site.Urls.BasePath,
            ["name"] = text.Title,
            ["short_name"] = text.Title,
            ["description"] = text.Description,
            ["lang"] = site.DefaultLanguage.Code,
            ["start_url"] = site.Urls.BasePath,
            ["scope"] = site.Urls.BasePath,
            ["display"] = "standalone",
            ["background_color"] = "#fbf8f3",
            ["theme_color"] = ThemeColor,
            // The badge keeps inside the maskable safe zone, so the same PNGs serve both purposes (listed apart, as browsers prefer).
            ["icons"] = new JsonArray([.. new[] { "any", "maskable" }.SelectMany(purpose => Sizes.Where(s => s != 180).Select(s => (JsonNode)new JsonObject
            {
                ["src"] = site.Urls.WithBasePath("/" + IconPath(s)),
                ["sizes"] = $"{s}x{s}",
                ["type"] = "image/png",
                ["purpose"] = purpose,
            }))]),
        };
        files.Add(OutputFile.FromText("manifest.webmanifest", manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        return files;
    }

    /// <param name="folder">The icons' folder of this drawing code (<see cref="DerivedFileKey.FolderIn"/>).</param>
    private static OutputFile Icon(int size, DerivedFileKey keys, string folder)
    {
        var hash = keys.Of("icon", ThemeColor, size.ToString(CultureInfo.InvariantCulture));
        var cached = Path.Combine(folder, hash[..2], hash + ".png");
        CacheFile.Ensure(cached, () => Draw(size));
        return OutputFile.Cached(IconPath(size), cached);
    }

    private static byte[] Draw(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(ThemeColor));
        var c = size / 2f;
        using var ring = new SKPaint { Color = new SKColor(232, 185, 49), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = size * 0.04f };
        canvas.DrawCircle(c, c, size * 0.32f, ring);
        using var star = new SKPaint { Color = new SKColor(232, 185, 49), IsAntialias = true };
        using var path = StarShape.Path(c, c, size * 0.24f, size * 0.1f);
        canvas.DrawPath(path, star);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
