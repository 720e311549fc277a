namespace OcopShowcase.Rendering;

/// <summary>
/// HTML that is already safe: rendered Markdown, a rendered partial. The only type the template context writes
/// without escaping; every other value a template prints is HTML-escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    public override string ToString() => Html;
}
