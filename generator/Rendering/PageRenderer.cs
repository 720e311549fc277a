using System.Collections.Frozen;
using System.Text.Json;
using OcopShowcase.Assets;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// A page's layout and values, ready to render, with the key of everything the page is made from and what assembling
/// its values reported (a page whose Markdown has errors is not rendered, so a broken link is reported once).
/// </summary>
public sealed record PageDraft(SitePage Page, string Layout, object View, object SiteView, string Key, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The Rendering stage's entry point. <see cref="Draft"/> assembles a page's values (cheap, always done, so content
/// warnings are always reported); <see cref="Render"/> runs its layout (the expensive part, skipped when the previous
/// build made the page from the same key).
/// </summary>
public sealed partial class PageRenderer
{
    private readonly Theme _theme;
    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly SocialCardSet _cards;
    private readonly PosterPlan _posters;
    private readonly string _scriptUrl;
    private readonly PhotoSet _photos;
    private readonly SortedLists _lists;
    private readonly FrozenDictionary<string, object> _siteViews;
    private readonly string _themeKey;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="diagnostics">Where template errors go; what a page's values report travels with its draft.</param>
    public PageRenderer(SiteModel site, Theme theme, ThemeAssets assets, PhotoSet photos, SocialCardSet cards, PosterPlan posters, DiagnosticBag diagnostics)
    {
        var knownUrls = site.Pages.Select(p => p.Url)
            .Concat(site.Content.Files.Select(f => SiteUrls.ContentFile(f.ContentPath)))
            .Concat(assets.Urls)
            .ToFrozenSet(StringComparer.Ordinal);
        _theme = theme;
        _site = site;
        _markdown = new MarkdownRenderer(knownUrls);
        _cards = cards;
        _posters = posters;
        _scriptUrl = assets.Script;
        _photos = photos;
        _lists = new SortedLists(site);
        _siteViews = site.Languages.ToFrozenDictionary(
            l => l.Code,
            l => (object)SiteViewBuilder.Build(site, theme.Strings, l, assets.Stylesheet, assets.Icon),
            StringComparer.Ordinal);
        _themeKey = Fingerprint.Of(Fingerprint.Generator, Fingerprint.OfDirectory(theme.Root));
        _diagnostics = diagnostics;
    }

    public PageDraft Draft(SitePage page)
    {
        var diagnostics = new DiagnosticBag();
        var (layout, view) = new PageViewBuilder(_site, _theme.Strings, _markdown, _lists, _cards, _posters, _scriptUrl, diagnostics).Build(page);
        var siteView = _siteViews[page.Language.Code];
        var values = JsonSerializer.Serialize(view, view.GetType(), JsonSerializerOptions.Default);
        var key = Fingerprint.Of(
            new[] { _themeKey, layout, page.Language.Code, JsonSerializer.Serialize(siteView, siteView.GetType(), JsonSerializerOptions.Default), values }
                .Concat(PhotoVariants(values)));
        return new PageDraft(page, layout, view, siteView, key, diagnostics.ToSortedList());
    }

    /// <summary>
    /// The published derivatives of every photo a page shows (their names are hashes of the pixels): post-processing
    /// turns each photo into a &lt;picture&gt; of them, so a replaced photo re-renders exactly the pages that show it.
    /// </summary>
    private IEnumerable<string> PhotoVariants(string values)
        => PhotoUrl().Matches(values)
            .Select(m => _photos.Find(m.Value))
            .OfType<ProcessedPhoto>()
            .Select(p => $"{p.SourceUrl}={p.Largest.JpegPath}")
            .Distinct()
            .Order(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"/[^""\\\s<>]+\.(?:jpe?g|png|webp|gif)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PhotoUrl();

    public RenderedPage? Render(PageDraft draft)
    {
        try
        {
            return new RenderedPage(draft.Page.Url, _theme.RenderPage(draft.Layout, draft.View, draft.SiteView, draft.Page.Language.Code), draft.Page.SourcePath);
        }
        catch (ThemeException ex)
        {
            _diagnostics.Add(DiagnosticCatalogue.TemplateError, SourceSpan.StartOf($"theme/layouts/{draft.Layout}.html"), ex.Message);
            return null;
        }
    }
}
