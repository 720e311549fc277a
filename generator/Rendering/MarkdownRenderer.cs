using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;
using SourceSpan = OcopShowcase.Diagnostics.SourceSpan;

namespace OcopShowcase.Rendering;

/// <summary>
/// Renders Markdown bodies. The Markdig pipeline is built once.
/// Headings get anchors from our own <see cref="Slugifier"/>; links are resolved (relative ones against the file's
/// folder, so a page bundle's photos work in every language), checked, reported with their line and column when they
/// lead nowhere or use an unsafe scheme, and written in their public form (<see cref="SiteLinks"/>): base path,
/// photos as &lt;picture&gt;, external links <c>rel="noopener noreferrer"</c>. Raw HTML passes <see cref="BodyHtmlSanitizer"/>.
/// </summary>
/// <param name="draftUrls">Addresses of drafts: a body that is not itself a draft's (<paramref name="draftSources"/>)
/// may not link to them (OCOP118), in <c>build</c> (where they do not exist) as in <c>serve</c> and <c>check</c>.</param>
/// <param name="links">The site's addresses: every link is checked against the one set of published paths templates are checked against.</param>
public sealed class MarkdownRenderer(SiteLinks links, IReadOnlySet<string>? draftUrls = null, IReadOnlySet<string>? draftSources = null)
{

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MarkdigDepth }
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    /// <summary>
    /// Markdig's own guard (1.6.0: <c>MaximumNestingDepth</c>, 128 by default) counts its syntax tree, where every
    /// unmatched emphasis delimiter nests ("a*a*a*…"): past it Markdig throws <see cref="ArgumentException"/>, reported
    /// as OCOP053. <see cref="Content.Parsing.MarkdownNesting"/> has already refused what would overflow the stack.
    /// </summary>
    private const int MarkdigDepth = 4 * ContentLimits.MaxMarkdownNesting;

    /// <param name="summary">
    /// The page's summary, which the layout already shows as its lead: a body that opens with the same paragraph
    /// (as sample and scaffolded bodies do) loses that paragraph, so no page prints its summary twice.
    /// </param>
    public RawHtml Render(MarkdownBody body, Language language, DiagnosticBag diagnostics, string? summary = null)
    {
        if (body.IsEmpty)
        {
            return RawHtml.Empty;
        }

        if (ParseWithinDepth(body, diagnostics) is not { } document)
        {
            return RawHtml.Empty;
        }

        if (summary is not null)
        {
            SummaryEcho.Remove(document, summary);
        }

        AssignHeadingAnchors(document);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var resolved = ResolveLink(link.Url ?? "", body, link.Line, link.Column, language, diagnostics);
            // A photo keeps its site-rooted address until it is written as a <picture> (which records it as read).
            link.Url = link.IsImage && links.Photos.Find(resolved) is not null ? resolved : links.Public(resolved);
            MarkExternal(link, link.Url);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            // "<javascript:alert(1)>" is a CommonMark autolink: the same rule as every other link.
            if (!autolink.IsEmail && !LinkPolicy.IsAllowed(autolink.Url))
            {
                diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, new SourceSpan(body.File, body.FirstLine + autolink.Line, autolink.Column + 1), autolink.Url);
                autolink.Url = "#";
            }

            MarkExternal(autolink, autolink.Url);
        }

        foreach (var (url, line, column) in RawHtmlLinks.Unsafe(document))
        {
            diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, new SourceSpan(body.File, body.FirstLine + line, column), url);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { MaximumNestingDepth = MarkdigDepth };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureRenderer(renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!, links));
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException)
        {
            diagnostics.Add(DiagnosticCatalogue.MarkdownTooDeep, new SourceSpan(body.File, body.FirstLine, 1));
            return RawHtml.Empty;
        }

        var html = writer.ToString();

        // Raw HTML in a body passes the allow-list; a body without any keeps Markdig's output as it is.
        var rawHtml = document.Descendants<HtmlBlock>().Select(b => (b.Line, b.Column)).Concat(document.Descendants<HtmlInline>().Select(i => (i.Line, i.Column))).ToList();
        if (rawHtml.Count > 0)
        {
            var first = rawHtml.Min();
            var at = new SourceSpan(body.File, body.FirstLine + first.Line, first.Column + 1);
            var (clean, removed, unresolved) = BodyHtmlSanitizer.Sanitize(html, links);
            if (removed.Count > 0)
            {
                diagnostics.Add(DiagnosticCatalogue.HtmlRemoved, at, string.Join(", ", removed));
            }

            foreach (var url in unresolved)
            {
                diagnostics.AddWithSuggestion(DiagnosticCatalogue.BrokenLink, at, ClosestMatch.Find(url, links.Addresses), url);
            }

            html = clean;
        }

        return new RawHtml(html);
    }

    private static void MarkExternal(Inline link, string? url)
    {
        if (SiteLinks.IsExternal(url))
        {
            link.GetAttributes().AddProperty("rel", "noopener noreferrer");
        }
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
        var trimmed = LinkPolicy.Normalize(url);
        switch (LinkPolicy.Classify(trimmed))
        {
            case LinkTarget.Unsafe:
                diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, at, url);
                return "#";
            case LinkTarget.Web or LinkTarget.Contact:
                return trimmed;
        }

        if (trimmed.StartsWith('#'))
        {
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
        if (!language.IsDefault && links.Knows(language.PathPrefix + rooted))
        {
            rooted = language.PathPrefix + rooted;
        }

        if (draftUrls?.Contains(rooted) == true && draftSources?.Contains(body.File) != true)
        {
            diagnostics.Add(DiagnosticCatalogue.ReferencesDraft, at, url);
        }
        else if (!links.Knows(rooted))
        {
            diagnostics.AddWithSuggestion(DiagnosticCatalogue.BrokenLink, at, ClosestMatch.Find(rooted, links.Addresses), url);
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

    /// <summary>A body parsed with the pipeline pages render with; null past Markdig's depth guard (rendering the page reports it).</summary>
    internal static MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The parsed body, or null with OCOP053 at the body's first line when Markdig's depth guard stopped it.</summary>
    private static MarkdownDocument? ParseWithinDepth(MarkdownBody body, DiagnosticBag diagnostics)
    {
        // Markdig throws nothing else on text; its depth guard is an ArgumentException.
        var document = TryParse(body.Markdown);
        if (document is null)
        {
            diagnostics.Add(DiagnosticCatalogue.MarkdownTooDeep, new SourceSpan(body.File, body.FirstLine, 1));
        }

        return document;
    }
}
