using OcopShowcase.Assets;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.PostProcess;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase;

/// <summary>What to build, from where, for which day.</summary>
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory, Uri? BaseUrl, DateOnly Today, string? CacheDirectory = null)
{
    /// <summary>Where photo derivatives and share cards are kept between builds: <c>.cache/</c> beside the content folder unless given.</summary>
    public string ImageCacheDirectory => Path.Combine(CacheRoot, "images");

    public string CardCacheDirectory => Path.Combine(CacheRoot, "cards");

    public string PosterCacheDirectory => Path.Combine(CacheRoot, "posters");

    private string CacheRoot => CacheDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ContentDirectory)) ?? ".", ".cache");
}

/// <summary>The outcome of a build: every diagnostic, and the site's files when there were no errors.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, int PageCount, PhotoSet Photos, PosterSet Posters)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The whole generator in order: Content (load, parse, validate) → Site (enrich) → Rendering (Markdown, templates)
/// → PostProcess (base path, links) → Output. Each stage collects its errors; the build stops before writing
/// anything when any stage found one.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options, IProgress<(int Done, int Total)>? photoProgress = null)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options.ContentDirectory, options.BaseUrl, diagnostics);
        var theme = content is null ? null : Theme.Load(options.ThemeDirectory, content.Site.Languages, diagnostics);
        if (content is null || theme is null)
        {
            return Failed(diagnostics);
        }

        // Cross-reference checks run even when some files had errors, so a staff member sees every problem at once.
        var site = SiteEnricher.Enrich(content, options.Today, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var photos = ImagePipeline.Process(content.Files, ImageSettings.Default, options.ImageCacheDirectory, diagnostics, photoProgress);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var cards = SocialCardSet.Make(SocialCardPlanner.Plan(site, theme.Strings, photos), Path.Combine(options.ThemeDirectory, "fonts"), options.CardCacheDirectory);
        var posterPlan = PosterPlanner.Plan(site, theme.Strings, photos);
        var posters = PosterSet.Make(posterPlan, Path.Combine(options.ThemeDirectory, "fonts"), options.PosterCacheDirectory);
        var assets = ThemeAssets.Load(options.ThemeDirectory);
        var pages = PageRenderer.RenderAll(site, theme, assets, cards, posterPlan, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var files = new List<OutputFile>(assets.Files)
        {
            OutputFile.FromText(".nojekyll", ""),
        };
        files.AddRange(content.Files.Where(f => !ImagePipeline.IsPhoto(f.ContentPath)).Select(f => OutputFile.Copy(SiteUrls.OutputPath(SiteUrls.ContentFile(f.ContentPath)), f.FullPath)));
        files.AddRange(photos.Files);
        files.AddRange(cards.Files);
        files.AddRange(posters.Files);
        files.AddRange(SitemapWriter.Write(site));
        files.Add(RobotsWriter.Write(site.Urls));
        files.AddRange(AtomFeedWriter.Write(site, (language, key) => theme.Strings.Get(language, key)));
        files.AddRange(OpenDataWriter.Write(site));
        files.AddRange(AppIcons.Write(site));
        foreach (var language in site.Languages)
        {
            files.AddRange(SearchIndex.Build(SearchPlanner.Plan(site, theme.Strings, photos, language)).Files($"search/{language.Code}"));
        }

        var published = files.Select(f => f.Path).Concat(pages.Select(p => SiteUrls.OutputPath(p.Url))).ToList();
        var postProcessor = new HtmlPostProcessor(site.Urls, published, photos);
        files.AddRange(pages.AsParallel().AsOrdered().Select(page => OutputFile.FromText(SiteUrls.OutputPath(page.Url), postProcessor.Process(page, diagnostics))));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        return new BuildResult(diagnostics.ToSortedList(), files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), pages.Count, photos, posters);
    }

    /// <summary>Builds and, only when the build succeeded, replaces the output folder atomically.</summary>
    public static BuildResult BuildAndWrite(BuildOptions options, IProgress<(int Done, int Total)>? photoProgress = null)
    {
        var result = Run(options, photoProgress);
        if (result.Succeeded)
        {
            AtomicSiteWriter.Write(options.OutputDirectory, result.Files);
        }

        return result;
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), [], 0, PhotoSet.Empty, PosterSet.Empty);
}
