using System.Security.Cryptography;
using OcopShowcase.Output;

namespace OcopShowcase.Assets;

/// <summary>
/// The theme's static files (<c>theme/assets/</c>), published under <c>/assets/</c> with a content hash in the name of
/// each stylesheet, script and icon, so browsers and the CDN may cache them for a year and still see every change.
/// </summary>
/// <param name="GalleryScript">The photo viewer (gallery.js), loaded by pages that show a gallery.</param>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, string Stylesheet, string Icon, string Script, string GalleryScript)
{
    public IEnumerable<string> Urls => Files.Select(f => "/" + f.Path);

    public static ThemeAssets Load(string themeRoot)
    {
        var root = Path.Combine(themeRoot, "assets");
        var files = new List<OutputFile>();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                var bytes = File.ReadAllBytes(path);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                var extension = Path.GetExtension(relative);
                var published = $"assets/{relative[..^extension.Length]}.{hash}{extension}";
                urls[relative] = "/" + published;
                files.Add(OutputFile.FromBytes(published, bytes));
            }
        }

        return new ThemeAssets(files, urls.GetValueOrDefault("site.css", "/assets/site.css"), urls.GetValueOrDefault("icon.svg", "/assets/icon.svg"), urls.GetValueOrDefault("search.js", "/assets/search.js"), urls.GetValueOrDefault("gallery.js", "/assets/gallery.js"));
    }
}
