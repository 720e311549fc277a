using System.Globalization;
using System.Text;
using OcopShowcase.Assets.Images;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Turns the site-rooted URLs of the model ("/san-pham/che-lam/") into the URLs a visitor's browser follows, while
/// pages render: the base path of a GitHub Pages project site goes in front ("/ocop-cam-tan/san-pham/che-lam/"), a
/// link to an original photo leads to its clean full-size copy, and a photo is shown as a responsive
/// <c>&lt;picture&gt;</c>. Holds the one set of addresses a link may lead to: every path the build publishes (pages,
/// theme assets, documents, photos, feeds, sitemaps, posters…), so a link is checked where it is written, by the same
/// rule whether a template, a Markdown body or raw HTML in a body wrote it.
/// </summary>
public sealed class SiteLinks(string basePath, IReadOnlyCollection<string> publishedPaths, PhotoSet photos)
{
    private readonly string _prefix = basePath.TrimEnd('/');
    // Hash sets, not frozen sets: made once per build from 130,000 paths, where freezing cost more than it saved. The
    // files by path only for an address pages do not write as such (escaped, or naming "index.html"): made the first
    // time one is looked up, which most builds never do.
    private readonly Lazy<HashSet<string>> _published = new(() => publishedPaths.ToHashSet(StringComparer.Ordinal));

    /// <summary>The published paths as the addresses pages write ("/san-pham/x/" for "san-pham/x/index.html"): one lookup per link.</summary>
    private readonly HashSet<string> _addresses = publishedPaths
        .Select(p => "/" + (p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
        .ToHashSet(StringComparer.Ordinal);

    public string BasePath => _prefix + "/";

    public PhotoSet Photos => photos;

    /// <summary>Every published address, as pages write them: the candidates a broken link's suggestion is taken from.</summary>
    public IReadOnlyCollection<string> Addresses => _addresses;

    /// <summary>Whether a site-rooted path without query or fragment ("/feed.xml", "/san-pham/x/") leads to a published file.</summary>
    public bool Knows(string rootedPath) => !Resolve(rootedPath).Broken;

    /// <summary>The public form of <paramref name="url"/>; addresses that are not site-rooted (https:, mailto:, #…) pass unchanged.</summary>
    public string Public(string url) => Resolve(url).Url;

    /// <summary>As <see cref="Public"/>, and whether a site-rooted URL leads to a published file.</summary>
    public (string Url, bool Broken) Resolve(string url)
    {
        if (!IsRooted(url))
        {
            return (url, false);
        }

        var path = AddressOf(url);
        var target = TargetOf(path);
        SiteReads.Address(path, target);
        var resolved = target is { Length: > 0 } ? target : path;
        return (path.Length == url.Length ? _prefix + resolved : _prefix + resolved + url[path.Length..], target is null);
    }

    /// <summary>A site-rooted URL without its query or fragment: the address a page links to.</summary>
    public static string AddressOf(string rootedUrl)
    {
        var cut = rootedUrl.IndexOfAny(['?', '#']);
        return cut < 0 ? rootedUrl : rootedUrl[..cut];
    }

    /// <summary>
    /// What a site-rooted address (<see cref="AddressOf"/>) leads to in this build: "" for the published file it
    /// names, the full-size copy's address for an original photo, null for nothing. Equal targets in two builds mean a
    /// link to the address is written the same way and is as valid: what lets a page rendered before be used again
    /// (<see cref="Output.PreviousPages"/>).
    /// </summary>
    public string? TargetOf(string address)
    {
        var path = address;
        var target = "";
        if (photos.Find(path) is { } photo)
        {
            path = target = SiteUrls.PublishedFile(photo.FullSizePath);
        }

        // An address as pages write it is found at once; an escaped or explicit "index.html" one by its file.
        return _addresses.Contains(path) || _published.Value.Contains(SiteUrls.OutputPath(path)) ? target : null;
    }

    public static bool IsRooted(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    public static bool IsExternal(string? url)
        => url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A processed photo as <c>&lt;picture&gt;</c>: WebP and JPEG <c>srcset</c>s at every width, the real
    /// <c>width</c>/<c>height</c> (so the page never shifts) and the dominant colour as a placeholder until the bytes
    /// arrive, and the focal point as <c>object-position</c> (<paramref name="position"/>, from
    /// <see cref="Content.Model.FocalPoint.CssPosition"/>) wherever the theme crops. <paramref name="first"/> marks the photo a visitor sees first (fetched early, not lazily). Null when
    /// <paramref name="rootedUrl"/> is not a processed photo.
    /// </summary>
    public RawHtml? Picture(string rootedUrl, string alt, string sizes, bool first, string? position = null)
    {
        SiteReads.Query(ReadFingerprints.Photo, rootedUrl);
        if (photos.Find(rootedUrl) is not { } photo)
        {
            return null;
        }

        var fallback = photo.Variants.FirstOrDefault(v => v.Width >= 720) ?? photo.Largest;
        var html = new StringBuilder(640)
            .Append("<picture><source type=\"image/webp\" srcset=\"").Append(SourceSet(photo, v => v.WebpPath))
            .Append("\" sizes=\"").Append(Encode(sizes))
            .Append("\"><img src=\"").Append(Address(fallback.JpegPath))
            .Append("\" srcset=\"").Append(SourceSet(photo, v => v.JpegPath))
            .Append("\" sizes=\"").Append(Encode(sizes))
            .Append("\" alt=\"").Append(Encode(alt))
            .Append("\" width=\"").Append(photo.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(photo.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" style=\"background-color:").Append(photo.PlaceholderColor)
            .Append(position is null ? "" : ";object-position:" + Encode(position))
            .Append(first ? "\" fetchpriority=\"high\">" : "\" loading=\"lazy\" decoding=\"async\">")
            .Append("</picture>");
        return new RawHtml(html.ToString());
    }

    // A file name reaches the page only as a percent-escaped, HTML-escaped address: no quote, bracket, space or comma
    // of a name can close the attribute or split a srcset candidate.
    private string SourceSet(ProcessedPhoto photo, Func<PhotoVariant, string> path)
        => string.Join(", ", photo.Variants.Select(v => $"{Address(path(v))} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));

    private string Address(string outputPath) => Encode(_prefix + SiteUrls.PublishedFile(outputPath));

    private static string Encode(string value) => HtmlText.Escape(value);
}
