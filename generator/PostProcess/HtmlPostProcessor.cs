using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OcopShowcase.Assets.Images;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.PostProcess;

/// <summary>
/// The PostProcess stage: reads every rendered page as a browser would and, in one place for the whole site,
/// prefixes site-rooted URLs with the base path (so a GitHub Pages project site at /&lt;repo&gt;/ works, Markdown
/// links and 404.html included), marks external links noopener, and checks that every internal link and image resolves.
/// </summary>
public sealed class HtmlPostProcessor(SiteUrls urls, IEnumerable<string> publishedPaths, PhotoSet photos)
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster", "data-src", "data-index"];
    private readonly FrozenSet<string> _published = publishedPaths.ToFrozenSet(StringComparer.Ordinal);
    private readonly HtmlParser _parser = new();

    public string Process(RenderedPage page, DiagnosticBag diagnostics)
    {
        var document = _parser.ParseDocument(page.Html);
        ResponsiveImages.Apply(document, photos);
        foreach (var element in document.All)
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value)
                {
                    element.SetAttribute(name, Rewrite(value, page, diagnostics));
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                element.SetAttribute("srcset", string.Join(", ", srcset.Split(',').Select(candidate =>
                {
                    var parts = candidate.Trim().Split(' ', 2);
                    return Rewrite(parts[0], page, diagnostics) + (parts.Length > 1 ? " " + parts[1] : "");
                })));
            }

            if (element is IHtmlAnchorElement anchor && IsExternal(anchor.GetAttribute("href")))
            {
                var rel = (anchor.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                rel.UnionWith(["noopener", "noreferrer"]);
                anchor.SetAttribute("rel", string.Join(' ', rel.Order(StringComparer.Ordinal)));
            }
        }

        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    private static bool IsExternal(string? href)
        => href is not null && (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal));

    private string Rewrite(string url, RenderedPage page, DiagnosticBag diagnostics)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        if (photos.Find(path) is { } photo)
        {
            // A link to an original photo leads to its clean full-size copy.
            url = "/" + photo.FullSizePath + (cut < 0 ? "" : url[cut..]);
            path = "/" + photo.FullSizePath;
        }

        if (!_published.Contains(SiteUrls.OutputPath(path)))
        {
            diagnostics.Add(DiagnosticCatalogue.BrokenThemeLink, SourceSpan.StartOf(page.SourcePath ?? "theme/layouts"), url, page.Url);
        }

        return urls.BasePath.TrimEnd('/') + url;
    }

    /// <summary>True when an attribute of the document still holds a rooted URL without the base path (used by tests).</summary>
    public static IEnumerable<string> RootedUrls(IDocument document)
        => document.All.SelectMany(e => UrlAttributes.Select(e.GetAttribute)).OfType<string>().Where(v => v.StartsWith('/') && !v.StartsWith("//", StringComparison.Ordinal));
}
