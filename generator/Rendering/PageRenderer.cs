using System.Buffers;
using System.Collections.Frozen;
using System.Text;
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
    private readonly FrozenDictionary<string, CardBuilder> _builders;
    private readonly FrozenDictionary<string, (object View, string Key)> _siteViews;
    private readonly DiagnosticBag _diagnostics;
    private readonly SiteLinks _links;

    /// <param name="links">Every published path: how addresses are written and checked.</param>
    /// <param name="diagnostics">Where template errors go; what a page's values report travels with its draft.</param>
    public PageRenderer(SiteModel site, Theme theme, ThemeAssets assets, SiteLinks links, SocialCardSet cards, PosterPlan posters, DiagnosticBag diagnostics)
    {
        var knownUrls = site.Pages.Select(p => p.Url)
            .Concat(site.Content.Files.Select(f => SiteUrls.ContentFile(f.ContentPath)))
            .Concat(assets.Urls)
            .ToFrozenSet(StringComparer.Ordinal);
        _theme = theme;
        _site = site;
        _markdown = new MarkdownRenderer(knownUrls, links);
        _links = links;
        _cards = cards;
        _posters = posters;
        _scriptUrl = assets.Script;
        _photos = links.Photos;
        _lists = new SortedLists(site);
        _builders = site.Languages.ToFrozenDictionary(l => l.Code, l => new CardBuilder(site, theme.Strings, l), StringComparer.Ordinal);
        // The values every page of a language shares, and their key with the theme's and the generator's (made once).
        var themeKey = Fingerprint.Of(Fingerprint.Generator, Fingerprint.OfDirectory(theme.Root));
        _siteViews = site.Languages.ToFrozenDictionary(
            l => l.Code,
            l =>
            {
                var siteView = (object)SiteViewBuilder.Build(site, theme.Strings, l, assets.Stylesheet, assets.Icon);
                return (siteView, Fingerprint.Of(themeKey, l.Code, JsonSerializer.Serialize(siteView, siteView.GetType(), JsonSerializerOptions.Default)));
            },
            StringComparer.Ordinal);
        _diagnostics = diagnostics;
    }

    public PageDraft Draft(SitePage page)
    {
        var diagnostics = new DiagnosticBag();
        var (layout, view) = new PageViewBuilder(_site, _theme.Strings, _markdown, _lists, _builders, _cards, _posters, _scriptUrl, diagnostics).Build(page);
        var (siteView, siteKey) = _siteViews[page.Language.Code];
        return new PageDraft(page, layout, view, siteView, Key(siteKey, layout, view), diagnostics.ToSortedList());
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _json;

    /// <summary>
    /// The key of a page: its layout and site values, its values as JSON, and the published derivatives of every
    /// photo it shows (their names are hashes of the pixels; rendering writes each photo as a &lt;picture&gt; of
    /// them), so a replaced photo re-renders exactly the pages that show it. The JSON is written into a buffer each
    /// thread keeps, not into a string per page.
    /// </summary>
    private string Key(string siteKey, string layout, object view)
    {
        var json = _json ??= new ArrayBufferWriter<byte>(64 * 1024);
        json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonSerializer.Serialize(writer, view, view.GetType(), JsonSerializerOptions.Default);
        }

        using var key = new FingerprintBuilder();
        key.Add(siteKey).Add(layout).Add(json.WrittenSpan);
        foreach (var variant in PhotoVariants(json.WrittenSpan))
        {
            key.Add(variant);
        }

        return key.Finish();
    }

    private IEnumerable<string> PhotoVariants(ReadOnlySpan<byte> json)
    {
        var text = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(json.Length));
        try
        {
            var chars = text.AsSpan(0, Encoding.UTF8.GetChars(json, text));
            var variants = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var match in PhotoUrl().EnumerateMatches(chars))
            {
                if (_photos.Find(chars.Slice(match.Index, match.Length)) is { } photo)
                {
                    variants.Add($"{photo.SourceUrl}={photo.Largest.JpegPath}");
                }
            }

            return variants;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/[^""\\\s<>]+\.(?:jpe?g|png|webp|gif)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PhotoUrl();

    /// <summary>The page's HTML (UTF-8), final: addresses carry the base path, photos are &lt;picture&gt;s. Null when the theme failed.</summary>
    public byte[]? Render(PageDraft draft)
    {
        try
        {
            var rendered = _theme.RenderPage(draft.Layout, draft.View, draft.SiteView, draft.Page.Language.Code, _links);
            foreach (var link in rendered.BrokenLinks)
            {
                _diagnostics.Add(DiagnosticCatalogue.BrokenThemeLink, new SourceSpan(link.At.FileName, link.At.Start.Line + 1, link.At.Start.Column + 1), link.Url, draft.Page.Url);
            }

            return rendered.Html;
        }
        catch (ThemeException ex)
        {
            _diagnostics.Add(DiagnosticCatalogue.TemplateError, SourceSpan.StartOf($"theme/layouts/{draft.Layout}.html"), ex.Message);
            return null;
        }
    }
}
