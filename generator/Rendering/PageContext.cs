using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// What a kind's page views are built with, for one page in one language: the site, the card builder of the
/// language, and the helpers every page uses (body, breadcrumbs, pagination, detail rows).
/// </summary>
public sealed class PageContext(SiteModel site, UiStrings strings, MarkdownRenderer markdown, CardBuilder cards, Assets.ThemeAssets assets, DiagnosticBag diagnostics)
{
    public SiteModel Site => site;

    public UiStrings Strings => strings;

    public CardBuilder Cards => cards;

    public Assets.ThemeAssets Assets => assets;

    public Language Language => cards.Language;

    public string T(string key, params object?[] args) => cards.T(key, args);

    /// <summary>A page's body; <paramref name="lead"/> is the text its layout already shows above it (the summary), whose
    /// echo as the body's first paragraph is dropped (SummaryEcho), or null when the layout shows none.</summary>
    public RawHtml Body(MarkdownBody body, string? lead) => markdown.Render(body, Language, diagnostics, lead);

    public LinkView[] Crumbs(params LinkView[] trail) => [new LinkView(T("nav.home"), SiteUrls.Home(Language)), .. trail];

    /// <summary>"Sản phẩm – trang 2": every page of a list keeps a title of its own.</summary>
    public string Paged(string title, Paging paging) => paging.Number == 1 ? title : T("pagination.title", title, paging.Number);

    public PaginationView? Pagination(Paging paging, string listUrl)
    {
        if (paging.Count <= 1)
        {
            return null;
        }

        var numbers = new SortedSet<int> { 1, paging.Count };
        for (var n = Math.Max(1, paging.Number - 2); n <= Math.Min(paging.Count, paging.Number + 2); n++)
        {
            numbers.Add(n);
        }

        return new PaginationView(
            numbers.Select(n => new LinkView(cards.Format.Number(n), SiteUrls.Paged(listUrl, n), n == paging.Number)).ToList(),
            paging.Number > 1 ? SiteUrls.Paged(listUrl, paging.Number - 1) : null,
            paging.Number < paging.Count ? SiteUrls.Paged(listUrl, paging.Number + 1) : null);
    }

    public static void AddIf(List<DetailRow> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new DetailRow(label, value));
        }
    }
}

/// <summary>What a page's view says besides its frame: its layout, heading, description, section and breadcrumbs, and the layout's own values.</summary>
public sealed record PageParts
{
    public required string Layout { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The navigation section the page belongs to (highlighted in the menu), or "".</summary>
    public required string Section { get; init; }

    public required IReadOnlyList<LinkView> Crumbs { get; init; }

    public required object Model { get; init; }

    /// <summary>Whether the page shows the default language's text for want of a translation.</summary>
    public bool Untranslated { get; init; }
}
