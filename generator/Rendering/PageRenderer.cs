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

    /// <summary>
    /// What a kind's page (a document's, or a page of its list) read to make its values, and the key of its frame
    /// (<see cref="PageRenderer.FrameKey"/>): the next build takes the page without drafting it when that key and the
    /// fingerprint of everything it read are unchanged. Null for pages that read the whole content (the home page, a
    /// one-page catalogue with its filters), that reported something (their warnings must be reported again), or are
    /// the site's own (search, saved list).
    /// </summary>
    public ReadRecord? Reads { get; init; }
}

/// <summary>What a page's values were made from: the key of its frame, what they read, and the addresses its values looked up with what each led to.</summary>
public sealed record ReadRecord(string Key, IReadOnlyList<string> Tokens, IReadOnlyDictionary<string, string?> Addresses);

/// <summary>
/// A rendered page: its HTML (UTF-8), and every site-rooted address its templates linked to with what it led to in
/// this build. The next build uses the page again only if its key is the same and every one of these addresses leads
/// to the same target (<see cref="PreviousPages"/>); links written by its Markdown are checked with its values. The
/// HTML is the caller's buffer when it gave one (<see cref="PageRenderer.Render(PageDraft, System.Buffers.ArrayBufferWriter{byte})"/>),
/// good until that buffer is used again.
/// </summary>
public sealed record RenderedPage(ReadOnlyMemory<byte> Html, IReadOnlyList<LinkedAddress> Links)
{
    /// <summary>Whether <see cref="Html"/> is in the caller's buffer rather than an array of its own.</summary>
    public bool Lent { get; init; }

    /// <summary>The HTML as an array of its own: the one it was rendered into, or a copy of the caller's buffer.</summary>
    public byte[] Owned()
        => !Lent && System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Html, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length
            ? whole.Array
            : Html.ToArray();
}

/// <summary>
/// The Rendering stage's entry point. <see cref="Draft"/> assembles a page's values (cheap, always done, so content
/// warnings are always reported); <see cref="Render"/> runs its layout (the expensive part, skipped when the previous
/// build made the page from the same key).
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly SocialCardSet _cards;
    private readonly PosterPlan _posters;
    private readonly ThemeAssets _assets;
    private readonly ViewKey _keys;
    private readonly FrozenDictionary<string, CardBuilder> _builders;
    private readonly FrozenDictionary<string, (object View, string Key)> _siteViews;
    private readonly DiagnosticBag _diagnostics;
    private readonly SiteLinks _links;
    /// <summary>Made when first asked (comparing reads), after the pages open in the preview are made (<c>serve</c>).</summary>
    private readonly Lazy<ReadFingerprints> _reads;
    private readonly PartialMemo _partials = new();

    /// <param name="links">Every published path: how addresses are written and checked.</param>
    /// <param name="diagnostics">Where template errors go; what a page's values report travels with its draft.</param>
    public PageRenderer(SiteModel site, Theme theme, ThemeAssets assets, SiteLinks links, SocialCardSet cards, PosterPlan posters, DiagnosticBag diagnostics)
    {
        _theme = theme;
        _site = site;
        _markdown = new MarkdownRenderer(links, site.DraftUrls, site.Content.Drafts.Sources);
        _links = links;
        _cards = cards;
        _posters = posters;
        _assets = assets;
        _keys = new ViewKey(links.Photos);
        _builders = site.Languages.ToFrozenDictionary(l => l.Code, l => new CardBuilder(site, theme.Strings, l), StringComparer.Ordinal);
        // The values every page of a language shares, and their key with the theme's (layouts, partials, UI strings,
        // assets), the generator's and the base URL's (made once). What else a page reads is in its values (language
        // alternates, share card and poster addresses, photos: see ViewKey) or is an address it links to, recorded
        // as it renders; nothing else a template can reach.
        var themeKey = Fingerprint.Of(Fingerprint.Generator, Fingerprint.OfDirectory(theme.Root), site.Urls.BaseUrl.AbsoluteUri);
        _siteViews = site.Languages.ToFrozenDictionary(
            l => l.Code,
            l =>
            {
                var siteView = SiteViewBuilder.Build(site, theme.Strings, l, assets);
                return ((object)siteView, Fingerprint.Of(themeKey, l.Code, JsonSerializer.Serialize(siteView, ViewJson.Default.SiteView)));
            },
            StringComparer.Ordinal);
        _diagnostics = diagnostics;
        _reads = new(() => new ReadFingerprints(site, links.Photos));
    }

    public PageDraft Draft(SitePage page) => Draft(page, keyed: true);

    /// <param name="keyed">Whether the draft carries its keys (what decides whether the next build may reuse the page): a page made ahead of its turn does not.</param>
    private PageDraft Draft(SitePage page, bool keyed)
    {
        var diagnostics = new DiagnosticBag();
        var reads = SiteReads.Begin();
        (string Layout, Views.PageView View) built;
        try
        {
            if (page.Subject is DocumentSubject { Kind: var kind, Document: var document })
            {
                SiteReads.Document(kind.Section, document.Slug);
            }

            built = new PageViewBuilder(_site, _theme.Strings, _markdown, _builders, _cards, _posters, _assets, diagnostics).Build(page);
        }
        finally
        {
            reads.End();
        }

        var (siteView, siteKey) = _siteViews[page.Language.Code];
        var reported = diagnostics.ToSortedList();
        var record = keyed && page.Subject.ReadsRecorded && !reads.ReadEverything && reported.Count == 0
            ? new ReadRecord(FrameKey(page), [.. reads.Tokens.Order(StringComparer.Ordinal)], reads.Addresses)
            : null;
        return new PageDraft(page, built.Layout, built.View, siteView, keyed ? _keys.Of(siteKey, built.Layout, built.View) : "", reported) { Reads = record };
    }

    /// <summary>
    /// The key of what a page's values depend on besides what they read: the page's address and language, the key of
    /// the site's values (theme, generator, base URL), the share card it uses, its place in its list, and the site-wide
    /// inputs (<see cref="ReadFingerprints.Shared"/>). What they read is compared token by token (<see cref="PrintOf"/>).
    /// </summary>
    public string FrameKey(SitePage page)
    {
        var (_, siteKey) = _siteViews[page.Language.Code];
        var (card, _) = SocialCardPlanner.CardOf(_cards, page);
        // A list page's place in its list (its pagination) is its own, not a read.
        var paging = page.Subject is ListSubject { Paging: var p } ? $"{p.Number}/{p.Count}" : "";
        return _reads.Value.FrameKeyOf(page.Url, page.Language.Code, siteKey, card ?? "", paging);
    }

    /// <summary>The fingerprint, in this build, of one thing a page can read (a <c>SiteReads</c> token).</summary>
    public string PrintOf(string token) => _reads.Value.Of(token);

    /// <summary>
    /// The page, final: addresses carry the base path, photos are &lt;picture&gt;s; with the addresses it linked to.
    /// Null when the theme failed.
    /// </summary>
    public RenderedPage? Render(PageDraft draft) => Render(draft, _partials);

    /// <summary>As <see cref="Render(PageDraft)"/>, the HTML encoded into <paramref name="into"/> (emptied first) instead of an array of its own.</summary>
    public RenderedPage? Render(PageDraft draft, System.Buffers.ArrayBufferWriter<byte> into) => Render(draft, _partials, into);

    /// <summary>
    /// The page made ahead of the others (<c>serve</c>: a page open in the preview), reporting nothing: null when its
    /// values or its links have a problem, which the build reports when it makes the page in its turn.
    /// </summary>
    public byte[]? RenderAhead(SitePage page)
    {
        var draft = Draft(page, keyed: false);
        if (draft.HasErrors)
        {
            return null;
        }

        try
        {
            var rendered = _theme.RenderPage(draft.Layout, draft.View, draft.SiteView, draft.Page.Language.Code, _links, _partials);
            return rendered.BrokenLinks.Count == 0 ? rendered.Html.ToArray() : null;
        }
        catch (ThemeException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Render(PageDraft)"/>, taking partials from <paramref name="partials"/> (null: every one evaluated).</summary>
    internal RenderedPage? Render(PageDraft draft, PartialMemo? partials, System.Buffers.ArrayBufferWriter<byte>? into = null)
    {
        try
        {
            var rendered = _theme.RenderPage(draft.Layout, draft.View, draft.SiteView, draft.Page.Language.Code, _links, partials, into);
            foreach (var link in rendered.BrokenLinks)
            {
                _diagnostics.Add(DiagnosticCatalogue.BrokenThemeLink, new SourceSpan(link.At.FileName, link.At.Start.Line + 1, link.At.Start.Column + 1), link.Url, draft.Page.Url);
            }

            // A broken address fails the build, so a page whose links are recorded never holds one.
            var links = rendered.Linked.Select(address => new LinkedAddress(address, _links.TargetOf(address) ?? "")).ToList();
            return new RenderedPage(rendered.Html, links) { Lent = into is not null };
        }
        catch (ThemeException ex)
        {
            _diagnostics.Add(DiagnosticCatalogue.TemplateError, SourceSpan.StartOf($"theme/layouts/{draft.Layout}.html"), ex.Message);
            return null;
        }
    }
}
