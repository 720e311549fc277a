using System.Security.Cryptography;
using OcopShowcase.Output;

namespace OcopShowcase.Assets;

/// <summary>
/// The theme's static files (<c>theme/assets/</c>), published under <c>/assets/</c> with a content hash in the name of
/// each stylesheet, script and icon, so browsers and the CDN may cache them for a year and still see every change.
/// </summary>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> UrlByName)
{
    public IEnumerable<string> Urls => Files.Select(f => "/" + f.Path);

    public string Stylesheet => Url("site.css");

    public string Icon => Url("icon.svg");

    /// <summary>Search and catalogue filters.</summary>
    public string Script => Url("search.js");

    /// <summary>Staff mode (<c>?sua</c>): shows a page's edit link; loaded by every page.</summary>
    public string StaffScript => Url("staff.js");

    /// <summary>Offline, save, share and install: loaded by every page; registers the service worker.</summary>
    public string VisitorScript => Url("visitor.js");

    /// <summary>The photo viewer: loaded by pages that show a gallery.</summary>
    public string GalleryScript => Url("gallery.js");

    /// <summary>The new-product form of <c>/nhan-vien/them-san-pham/</c>.</summary>
    public string ProductFormScript => Url("product-form.js");

    /// <summary>The published address of a file of <c>theme/assets/</c> ("/assets/search.0123456789.js").</summary>
    public string Url(string name) => UrlByName.GetValueOrDefault(name, "/assets/" + name);

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

        return new ThemeAssets(files, urls);
    }
}
