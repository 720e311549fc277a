namespace OcopShowcase.Content.Parsing;

/// <summary>What a link written by the site leads to, as <see cref="LinkPolicy"/> reads it.</summary>
public enum LinkTarget
{
    /// <summary>A path of this site: "/san-pham/", "anh-1.jpg", "../x/", "#muc", "?trang=2".</summary>
    Site,

    /// <summary>An https:// or http:// address of another site.</summary>
    Web,

    /// <summary>mailto:, tel: or zalo: — opens a mail, phone or Zalo app.</summary>
    Contact,

    /// <summary>Anything else: javascript:, vbscript:, data:, file:, any other scheme, or a protocol-relative "//host".</summary>
    Unsafe,
}

/// <summary>
/// The one rule for every link the site writes, whatever produced it: a Markdown link, reference or autolink, raw HTML
/// in a body, or a front-matter field. A page may link to https, http, mailto, tel, zalo and its own paths; nothing
/// else. The URL is read the way a browser reads it (WHATWG URL parsing): leading and trailing control characters and
/// spaces are ignored and tabs and newlines anywhere are dropped, so "&#160;JaVa&#9;Script:" is still javascript:.
/// Entities are decoded by the parser of each syntax (Markdig, AngleSharp) before a URL reaches this rule.
/// </summary>
public static class LinkPolicy
{
    /// <summary>The schemes a page may link to, lower case; the HTML allow-list uses the same set.</summary>
    public static IReadOnlySet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto", "tel", "zalo" };

    public static LinkTarget Classify(string url)
    {
        var normalized = Normalize(url);
        if (normalized.Length >= 2 && IsSlash(normalized[0]) && IsSlash(normalized[1]))
        {
            // "//host", "\\host", "/\host": another site on whatever scheme the page has.
            return LinkTarget.Unsafe;
        }

        var scheme = SchemeOf(normalized);
        return scheme switch
        {
            null => LinkTarget.Site,
            "https" or "http" => LinkTarget.Web,
            _ when AllowedSchemes.Contains(scheme) => LinkTarget.Contact,
            _ => LinkTarget.Unsafe,
        };
    }

    public static bool IsAllowed(string url) => Classify(url) != LinkTarget.Unsafe;

    /// <summary>The URL as a browser parses it: C0 controls and spaces trimmed at both ends, tabs and newlines removed.</summary>
    public static string Normalize(string url)
    {
        var trimmed = url.AsSpan().Trim(ControlsAndSpace);
        return trimmed.IndexOfAny('\t', '\n', '\r') < 0 ? trimmed.ToString() : string.Concat(trimmed.ToString().Where(c => c is not ('\t' or '\n' or '\r')));
    }

    /// <summary>
    /// The scheme a URL declares, lower case; null when it declares none. Stricter than a browser on purpose: any colon
    /// before the first "/", "?" or "#" declares a scheme, so "java script:x" is refused rather than read as a path.
    /// </summary>
    public static string? SchemeOf(string normalized)
    {
        var end = normalized.AsSpan().IndexOfAny(":/?#");
        return end > 0 && normalized[end] == ':' ? normalized[..end].ToLowerInvariant() : end == 0 && normalized[0] == ':' ? "" : null;
    }

    private static bool IsSlash(char c) => c is '/' or '\\';

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i), '\u00A0', '\uFEFF'];
}
