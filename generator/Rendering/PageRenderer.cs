using System.Collections.Frozen;
using OcopShowcase.Assets;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>The Rendering stage's entry point: every page of the site model through its layout, in parallel.</summary>
public static class PageRenderer
{
    public static IReadOnlyList<RenderedPage> RenderAll(SiteModel site, Theme theme, ThemeAssets assets, SocialCardSet cards, PosterPlan posters, DiagnosticBag diagnostics)
    {
        var knownUrls = site.Pages.Select(p => p.Url)
            .Concat(site.Content.Files.Select(f => SiteUrls.ContentFile(f.ContentPath)))
            .Concat(assets.Urls)
            .ToFrozenSet(StringComparer.Ordinal);
        var markdown = new MarkdownRenderer(knownUrls);
        var views = new PageViewBuilder(site, theme.Strings, markdown, cards, posters, assets.Script, diagnostics);
        var siteViews = site.Languages.ToFrozenDictionary(
            l => l.Code,
            l => SiteViewBuilder.Build(site, theme.Strings, l, assets.Stylesheet, assets.Icon),
            StringComparer.Ordinal);

        return site.Pages
            .AsParallel()
            .AsOrdered()
            .Select(page =>
            {
                var (layout, view) = views.Build(page);
                try
                {
                    return new RenderedPage(page.Url, theme.RenderPage(layout, view, siteViews[page.Language.Code], page.Language.Code), page.SourcePath);
                }
                catch (ThemeException ex)
                {
                    diagnostics.Add(DiagnosticCatalogue.TemplateError, SourceSpan.StartOf($"theme/layouts/{layout}.html"), ex.Message);
                    return null;
                }
            })
            .OfType<RenderedPage>()
            .ToList();
    }
}
