using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;
using SourceSpan = OcopShowcase.Diagnostics.SourceSpan;

namespace OcopShowcase.Rendering;

/// <summary>
/// Renders Markdown bodies. The Markdig pipeline is built once.
/// Headings get anchors from our own <see cref="Slugifier"/>; links are resolved to site-rooted URLs (relative ones
/// against the file's folder, so a page bundle's photos work in every language), checked, and reported with their
/// line and column when they lead nowhere or use an unsafe scheme. Raw HTML passes <see cref="BodyHtmlSanitizer"/>.
/// </summary>
public sealed class MarkdownRenderer(IReadOnlySet<string> knownUrls)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    public RawHtml Render(MarkdownBody body, Language language, DiagnosticBag diagnostics)
    {
        if (body.IsEmpty)
        {
            return RawHtml.Empty;
        }

        var document = Markdown.Parse(body.Markdown, Pipeline);
        AssignHeadingAnchors(document);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = ResolveLink(link.Url ?? "", body, link.Line, link.Column, language, diagnostics);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        var html = writer.ToString();

        // Raw HTML in a body passes the allow-list; a body without any keeps Markdig's output as it is.
        var rawHtml = document.Descendants<HtmlBlock>().Select(b => (b.Line, b.Column)).Concat(document.Descendants<HtmlInline>().Select(i => (i.Line, i.Column))).ToList();
        if (rawHtml.Count > 0)
        {
            var (clean, removed) = BodyHtmlSanitizer.Sanitize(html);
            if (removed.Count > 0)
            {
                var first = rawHtml.Min();
                diagnostics.Add(DiagnosticCatalogue.HtmlRemoved, new SourceSpan(body.File, body.FirstLine + first.Line, first.Column + 1), string.Join(", ", removed));
            }

            html = clean;
        }

        return new RawHtml(html);
    }

    private static void AssignHeadingAnchors(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The page title is the only h1; a body's "# Heading" becomes a section heading.
            heading.Level = Math.Max(heading.Level, 2);
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            var slug = Slugifier.Slugify(text);
            if (slug.Length == 0)
            {
                slug = "muc";
            }

            var unique = slug;
            for (var n = 1; !used.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }

            heading.GetAttributes().Id = unique;
        }
    }

    private string ResolveLink(string url, MarkdownBody body, int line, int column, Language language, DiagnosticBag diagnostics)
    {
        var at = new SourceSpan(body.File, body.FirstLine + line, column + 1);
        var trimmed = url.Trim();
        var scheme = trimmed.Split(':', 2) is [var s, _] && !s.Contains('/') ? s.ToLowerInvariant() : null;
        if (scheme is not null)
        {
            if (scheme is "https" or "http" or "mailto" or "tel")
            {
                return trimmed;
            }

            diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, at, url);
            return "#";
        }

        if (trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, at, url);
                return "#";
            }

            return trimmed;
        }

        var (path, suffix) = SplitSuffix(trimmed);
        var rooted = path.StartsWith('/') ? path : Combine(Folder(body.File), path);
        if (rooted is null)
        {
            diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, at, url);
            return "#";
        }

        if (!rooted.EndsWith('/') && !Path.HasExtension(rooted))
        {
            rooted += "/";
        }

        // A link between pages follows the reader's language when the target exists in it.
        if (!language.IsDefault && knownUrls.Contains(language.PathPrefix + rooted))
        {
            rooted = language.PathPrefix + rooted;
        }

        if (!knownUrls.Contains(rooted))
        {
            diagnostics.AddWithSuggestion(DiagnosticCatalogue.BrokenLink, at, ClosestMatch.Find(rooted, knownUrls), url);
        }

        return rooted + suffix;
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    /// <summary>The URL folder of a content file: content path "san-pham/x/index.md" → "/san-pham/x/".</summary>
    private static string Folder(string contentPath)
    {
        var slash = contentPath.LastIndexOf('/');
        return slash < 0 ? "/" : "/" + contentPath[..(slash + 1)];
    }

    /// <summary>Joins a relative path to a folder; null when it climbs above the site root.</summary>
    private static string? Combine(string folder, string relative)
    {
        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != "." && (segment.Length > 0 || i == segments.Length - 1))
            {
                parts.Add(segment);
            }
        }

        var joined = "/" + string.Join('/', parts);
        return relative.EndsWith('/') && !joined.EndsWith('/') ? joined + "/" : joined;
    }
}
