using Ganss.Xss;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Rendering;

/// <summary>
/// The allow-list that raw HTML typed into a Markdown body must pass (HtmlSanitizer, built on AngleSharp): text
/// formatting, lists, tables, figures, links and images (and the &lt;picture&gt;s Markdown photos become) with
/// addresses that <see cref="LinkPolicy"/> allows. No scripts, event handlers, <c>style</c> beyond a background colour (so no
/// <c>url()</c>), forms, iframes or objects. What it removes is reported as a warning.
/// </summary>
public static class BodyHtmlSanitizer
{
    private static readonly HtmlSanitizerOptions Options = new()
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "span",
            "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "hr", "code", "pre",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "a", "img",
            "details", "summary", "picture", "source",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "lang", "id", "start", "reversed", "datetime", "open",
            "srcset", "sizes", "type", "loading", "decoding", "fetchpriority", "style", "rel",
        },
        AllowedSchemes = new HashSet<string>(LinkPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        // Only a photo's placeholder colour; no url(), no layout.
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "background-color" },
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    };

    /// <summary>
    /// Sanitises <paramref name="html"/> and returns what was removed ("&lt;script&gt;", "onclick"…). Site-rooted
    /// addresses typed as raw HTML get their public form from <paramref name="links"/>; those leading nowhere are returned.
    /// </summary>
    public static (string Html, IReadOnlyList<string> Removed, IReadOnlyList<string> Unresolved) Sanitize(string html, SiteLinks links)
    {
        var sanitizer = new HtmlSanitizer(Options) { KeepChildNodes = true };
        var removed = new List<string>();
        var unresolved = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Attribute.Name);
        sanitizer.RemovingStyle += (_, e) => removed.Add("style");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.FilterUrl += (_, e) =>
        {
            // The sanitizer's own scheme check comes first; the site's one rule has the last word (protocol-relative too).
            if (!LinkPolicy.IsAllowed(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
                return;
            }

            // Markdown links and photos are public already; only what was typed as HTML still needs the base path.
            if (e.SanitizedUrl is { } url && SiteLinks.IsRooted(url) && (links.BasePath == "/" || !url.StartsWith(links.BasePath, StringComparison.Ordinal)))
            {
                var (resolved, broken) = links.Resolve(url);
                e.SanitizedUrl = resolved;
                if (broken)
                {
                    unresolved.Add(url);
                }
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } anchor && SiteLinks.IsExternal(anchor.GetAttribute("href")))
            {
                anchor.SetAttribute("rel", "noopener noreferrer");
            }
        };
        var clean = sanitizer.Sanitize(html);
        return (clean, removed.Distinct(StringComparer.Ordinal).ToList(), unresolved.Distinct(StringComparer.Ordinal).ToList());
    }
}
