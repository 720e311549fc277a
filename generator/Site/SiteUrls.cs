using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// The one place that knows how a page's URL is made. URLs are site-rooted ("/san-pham/che-lam/"); the base path of a
/// GitHub Pages project site is applied where a page writes them (<see cref="Rendering.SiteLinks"/>), and
/// <see cref="Absolute"/> makes the canonical form for feeds, sitemaps and QR codes.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public const string Products = "san-pham";
    public const string Producers = "chu-the";
    public const string Certificates = "chung-nhan";
    public const string Tourism = "du-lich";
    public const string News = "tin-tuc";
    public const string Pages = "trang";
    public const string GroupSegment = "nhom";

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The path the site is served under: "/" for a user site, "/ocop-cam-tan/" for a project site.</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    // Made once: every link of every page, and every address of the sitemaps and feeds, is one of these plus a path.
    private readonly string _pathPrefix = baseUrl.AbsolutePath.TrimEnd('/');
    private readonly string _absolutePrefix = baseUrl.GetLeftPart(UriPartial.Authority) + baseUrl.AbsolutePath.TrimEnd('/');

    /// <summary>GitHub's web editor for a content file, or null when site.yml names no repository.</summary>
    public static string? EditUrl(SiteConfig site, string? contentPath)
        => site.Repository is null || contentPath is null
            ? null
            : $"{site.Repository.AbsoluteUri.TrimEnd('/')}/edit/{site.EditBranch}/{site.ContentFolderInRepository}/{string.Join('/', contentPath.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary>A site-rooted address as a browser must request it: with the base path ("/ocop/san-pham/x/").</summary>
    public string WithBasePath(string rootedUrl) => _pathPrefix + rootedUrl;

    public string Absolute(string rootedUrl) => _absolutePrefix + rootedUrl;

    /// <summary>What <see cref="Absolute"/> puts before a site-rooted address ("https://x.github.io/ocop"), for a writer that writes the two parts one after the other instead of joining them.</summary>
    public string AbsolutePrefix => _absolutePrefix;

    public static string Home(Language language) => language.PathPrefix + "/";

    /// <summary>Page <paramref name="number"/> of a list: the list's own address for the first, then ".../trang/2/".</summary>
    public static string Paged(string listUrl, int number) => number <= 1 ? listUrl : $"{listUrl}trang/{number}/";

    public static string ProductCatalogue(Language language) => $"{language.PathPrefix}/{Products}/";

    public static string ProductGroupPage(Language language, ProductGroup group) => $"{language.PathPrefix}/{Products}/{GroupSegment}/{group.Key()}/";

    public static string ProductStarsPage(Language language, int stars) => $"{language.PathPrefix}/{Products}/{stars}-sao/";

    public static string Product(Language language, string slug) => $"{language.PathPrefix}/{Products}/{slug}/";

    public static string ProducerList(Language language) => $"{language.PathPrefix}/{Producers}/";

    public static string Producer(Language language, string slug) => $"{language.PathPrefix}/{Producers}/{slug}/";

    public static string CertificateRegister(Language language) => $"{language.PathPrefix}/{Certificates}/";

    public static string Certificate(Language language, string slug) => $"{language.PathPrefix}/{Certificates}/{slug}/";

    public static string TourismList(Language language) => $"{language.PathPrefix}/{Tourism}/";

    public static string TourismListing(Language language, string slug) => $"{language.PathPrefix}/{Tourism}/{slug}/";

    public static string NewsList(Language language) => $"{language.PathPrefix}/{News}/";

    public static string NewsPost(Language language, string slug) => $"{language.PathPrefix}/{News}/{slug}/";

    public static string StaticPage(Language language, string slug) => $"{language.PathPrefix}/{slug}/";

    public const string NotFound = "/404.html";

    public static string Search(Language language) => $"{language.PathPrefix}/tim-kiem/";

    /// <summary>Where a language's search index lives (its <c>meta.json</c> names the rest).</summary>
    public static string SearchIndex(Language language) => $"/search/{language.Code}/meta.json";

    /// <summary>A language's Atom feed: "/feed.xml", "/en/feed.xml".</summary>
    public static string Feed(Language language) => language.PathPrefix + "/feed.xml";

    /// <summary>
    /// Where a share card is written, without its content hash and extension (the painter adds them):
    /// "the-chia-se/vi/san-pham-che-lam" for a document, "the-chia-se/vi/trang-chu" for the site's own.
    /// </summary>
    public static string ShareCard(Language language, string name) => $"the-chia-se/{language.Code}/{name}";

    /// <summary>The visitor's saved list.</summary>
    public static string Saved(Language language) => $"{language.PathPrefix}/da-luu/";

    /// <summary>The page the service worker shows offline for a page it has not kept.</summary>
    public static string Offline(Language language) => $"{language.PathPrefix}/ngoai-tuyen/";

    /// <summary>The service worker: one stable address at the site's root, so its scope is the whole site.</summary>
    public const string ServiceWorker = "/sw.js";

    public static string Staff(Language language) => $"{language.PathPrefix}/nhan-vien/";

    /// <summary>The staff form that writes a new product's file and opens it on GitHub.</summary>
    public static string ProductForm(Language language) => $"{language.PathPrefix}/nhan-vien/them-san-pham/";

    /// <summary>
    /// GitHub's "new file" page for a product bundle, with the file already written in: saving it there (on a new
    /// branch) makes the pull request. Null when site.yml names no repository.
    /// </summary>
    public static string? NewProductUrl(SiteConfig site) => NewFileUrl(site, Products);

    /// <summary>GitHub's "new file" page in the certificates folder: a renewal is a new decision, so a new file.</summary>
    public static string? NewCertificateUrl(SiteConfig site) => NewFileUrl(site, Certificates);

    private static string? NewFileUrl(SiteConfig site, string section)
        => site.Repository is null ? null : $"{site.Repository.AbsoluteUri.TrimEnd('/')}/new/{site.EditBranch}/{site.ContentFolderInRepository}/{section}/";

    /// <summary>The staff page listing printable posters.</summary>
    public static string Posters(Language language) => $"{language.PathPrefix}/posters/";

    /// <summary>Where a page's poster files start: "/posters/san-pham/che-lam" (+ "-a4.pdf", "-a6.pdf"). Stable, so a list of files staff keep stays valid.</summary>
    public static string PosterStem(Language language, string section, string slug) => $"{Posters(language)}{section}/{slug}";

    /// <summary>A print-shop file holding many posters of one size: "/posters/tat-ca-a4.pdf", then "-2", "-3"….</summary>
    public static string PosterBundle(Language language, string size, int part) => part == 1 ? $"{Posters(language)}tat-ca-{size}.pdf" : $"{Posters(language)}tat-ca-{size}-{part}.pdf";

    /// <summary>A file of a page bundle keeps its content path: content/san-pham/x/anh.jpg → /san-pham/x/anh.jpg.</summary>
    public static string ContentFile(string contentPath) => "/" + string.Join('/', contentPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// Where a photo's clean full-size JPEG is published (an output path): at the original's own path for a ".jpg" or
    /// ".jpeg", else under the same name with ".jpg" ("anh.png", "anh.jfif" → "anh.jpg").
    /// </summary>
    public static string PhotoFile(string contentPath)
    {
        var extension = System.IO.Path.GetExtension(contentPath);
        return extension.ToLowerInvariant() is ".jpg" or ".jpeg" ? contentPath : contentPath[..^extension.Length] + ".jpg";
    }

    /// <summary>The address of a published file ("san-pham/x/anh-1-720.ab12.jpg"), every segment percent-escaped.</summary>
    public static string PublishedFile(string outputPath) => ContentFile(outputPath);

    /// <summary>The file a URL is written to: "/x/" → "x/index.html".</summary>
    public static string OutputPath(string rootedUrl)
    {
        var path = Uri.UnescapeDataString(rootedUrl.TrimStart('/'));
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
