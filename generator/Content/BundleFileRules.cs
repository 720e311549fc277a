using System.Text.RegularExpressions;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>What a file of a page bundle is listed as: a photo, or a certificate's scan (a photo or a PDF).</summary>
public enum BundleFileUse
{
    Photo,
    PhotoOrDocument,
}

/// <summary>
/// The one rule for the files of a page bundle that reach the site. A bundle publishes only what its page uses —
/// photos listed in front matter (re-encoded, never copied) and PDF documents a field lists — and each of them must have
/// a safe name: ASCII letters, digits, "-", "_" and "." (starting with a letter or digit; "/" between folders), so a
/// name is never markup, never needs escaping in an address and reads the same on every file system. HTML, SVG, scripts
/// and every unlisted file stay in the content folder.
/// </summary>
public static partial class BundleFileRules
{
    /// <summary>Photo files SkiaSharp decodes reliably; ".jfif" is how Windows names a JPEG. All are re-encoded.</summary>
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".jfif", ".png", ".webp", ".gif", ".bmp" };

    /// <summary>Image formats staff meet that this build cannot decode (or that may carry script): export them as JPEG.</summary>
    private static readonly HashSet<string> UnsupportedImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".heic", ".heif", ".avif", ".tif", ".tiff", ".svg", ".svgz", ".psd", ".ai", ".eps", ".raw", ".dng", ".cr2", ".nef", ".arw", ".ico",
    };

    /// <summary>Documents published as they are, when a field lists them.</summary>
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf" };

    public static bool IsPhoto(string path) => PhotoExtensions.Contains(Path.GetExtension(path));

    public static bool IsDocument(string path) => DocumentExtensions.Contains(Path.GetExtension(path));

    /// <summary>Whether a name (relative to its bundle, "/" between folders) is safe to publish.</summary>
    public static bool IsSafeName(string name) => name.Split('/').All(segment => SafeSegment().IsMatch(segment));

    /// <summary>A safe name to rename a file to: "Ảnh chè lam (1).JPG" → "anh-che-lam-1.jpg".</summary>
    public static string SuggestedName(string name)
    {
        var extension = Path.GetExtension(name);
        var stem = Slugifier.Slugify(name[..^extension.Length].Replace('/', '-'));
        var cleanExtension = "." + Slugifier.Slugify(extension);
        return (stem.Length == 0 ? "tep-1" : stem) + (cleanExtension.Length > 1 ? cleanExtension : "");
    }

    /// <summary>
    /// Checks a file a field lists for <paramref name="use"/>: its name, then its type. Reports at the field and returns
    /// false when the file may not be published. A photo's content is checked by decoding it (Assets stage); a document,
    /// published as it is, must start like a PDF, so a page renamed ".pdf" never reaches the site.
    /// </summary>
    public static bool Check(ContentFile file, string name, BundleFileUse use, SourceSpan at, DiagnosticBag diagnostics)
    {
        // A used file's derivatives are named after it; an unused file is never read, whatever its name.
        var bytes = System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(name));
        if (bytes > ContentLimits.MaxFileNameBytes)
        {
            diagnostics.Add(DiagnosticCatalogue.FileNameTooLong, at, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }

        if (!IsSafeName(name))
        {
            diagnostics.Add(DiagnosticCatalogue.UnsafeFileName, at, name, SuggestedName(name));
            return false;
        }

        if (IsPhoto(name))
        {
            return true;
        }

        if (use == BundleFileUse.PhotoOrDocument && IsDocument(name))
        {
            if (StartsLikePdf(file.FullPath))
            {
                return true;
            }

            diagnostics.Add(DiagnosticCatalogue.NotAPdf, at, name);
            return false;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (UnsupportedImageExtensions.Contains(extension))
        {
            diagnostics.Add(DiagnosticCatalogue.PhotoFormatUnsupported, at, name, extension.TrimStart('.').ToUpperInvariant());
        }
        else
        {
            diagnostics.Add(DiagnosticCatalogue.FileTypeNotPublished, at, name, use == BundleFileUse.Photo ? "JPEG, PNG, WebP, GIF, BMP" : "JPEG, PNG, WebP, GIF, BMP, PDF");
        }

        return false;
    }

    /// <summary>
    /// The files of a bundle a body links to by name ("![Lò sấy](anh-3.jpg)", "[Quyết định](quyet-dinh.pdf)") that the
    /// fields did not list: published too, when their type and name are allowed; never anything else.
    /// </summary>
    public static IEnumerable<ContentFile> MentionedIn(IEnumerable<ContentFile> files, string bundleFolder, IReadOnlyCollection<MarkdownBody> bodies)
        => files.Where(f =>
        {
            var name = f.ContentPath[(bundleFolder.Length + 1)..];
            return (IsPhoto(name) || IsDocument(name)) && IsSafeName(name) && bodies.Any(b => b.Markdown.Contains(name, StringComparison.Ordinal))
                && (IsPhoto(name) || StartsLikePdf(f.FullPath));
        });

    private static bool StartsLikePdf(string path)
    {
        // Readers accept the header anywhere in the first 1,024 bytes (some scanners write a prefix), but a prefix
        // with markup in it is a web page renamed .pdf, not a scan.
        var head = Head(path).AsSpan();
        var header = head.IndexOf("%PDF-"u8);
        return header >= 0 && head[..header].IndexOf((byte)'<') < 0;
    }

    /// <summary>The first 1,024 bytes of a file, which decide whether it is a PDF; none when it cannot be read.</summary>
    public static byte[] Head(string path)
    {
        var head = new byte[1024];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SafeSegment();
}
