namespace OcopShowcase.Rendering;

/// <summary>A page rendered to HTML, with site-rooted URLs (the base path is applied later) and the source it came from.</summary>
public sealed record RenderedPage(string Url, string Html, string? SourcePath);
