using BenchmarkDotNet.Attributes;
using OcopShowcase.Assets;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>micro [BenchmarkDotNet options]</c>: the per-page hot paths of a build, on the sample site's "Chè lam" product
/// page: assembling its values and key, rendering its layout (addresses, pictures and link checks included); plus slugging and building a
/// 1,000-document search index and the first words of a body. Run: <c>dotnet run -c Release --project tests/OcopShowcase.Benchmarks -- micro --filter '*' --job short --inProcess</c> (in-process: BenchmarkDotNet's generated project cannot rebuild this one here).
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private PageRenderer _renderer = null!;
    private SitePage _product = null!;
    private PageDraft _draft = null!;
    private List<SearchDocument> _documents = null!;
    private OcopShowcase.Content.Model.MarkdownBody[] _bodies = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var repository = SearchBench.FindRepository();
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(Path.Combine(repository, "content"), null, diagnostics)!;
        var theme = Theme.Load(Path.Combine(repository, "theme"), content.Site.Languages, diagnostics)!;
        var site = SiteEnricher.Enrich(content, new DateOnly(2026, 11, 29), diagnostics);
        var photos = ImagePipeline.Process(content.Files, ImageSettings.Default, Path.Combine(repository, ".cache", "images"), diagnostics, null);
        var assets = ThemeAssets.Load(Path.Combine(repository, "theme"));
        var published = site.Pages.Select(p => SiteUrls.OutputPath(p.Url)).Concat(photos.Files.Select(f => f.Path)).Concat(assets.Files.Select(f => f.Path)).ToList();
        _renderer = new PageRenderer(site, theme, assets, new SiteLinks(site.Urls.BasePath, published, photos), SocialCardSet.Empty, PosterPlan.Empty, diagnostics);
        _product = site.Pages.Single(p => p.Url == "/san-pham/che-lam-cam-tan/");
        _draft = _renderer.Draft(_product);
        var sample = SearchPlanner.Plan(site, theme.Strings, photos, site.DefaultLanguage);
        var random = new Random(7);
        _bodies = Enumerable.Range(0, 64).Select(_ => new OcopShowcase.Content.Model.MarkdownBody(Corpus.ProductBody(random), "san-pham/x/index.md", 1)).ToArray();
        _documents = Enumerable.Range(0, 1000).Select(i => sample[i % sample.Count] with { Title = $"{sample[i % sample.Count].Title} {i}", Url = $"/x/{i}/" }).ToList();
    }

    [Benchmark(Description = "product page: values + key")]
    public PageDraft Draft() => _renderer.Draft(_product);

    [Benchmark(Description = "product page: layout (Scriban)")]
    public int Render() => _renderer.Render(_draft)?.Html.Length ?? 0;

    [Benchmark(Description = "slug of a Vietnamese name")]
    public string Slug() => Slugifier.Slugify("Chè lam gừng Cẩm Tân – đặc sản xứ Thanh 2026");

    /// <summary>What a search index takes of a corpus product's body, its first 120 tokens (a fresh body each call: the words of a body are kept once read).</summary>
    [Benchmark(Description = "body's first 120 search tokens, from its whole words")]
    public int BodyTokensWhole() => SearchText.FirstTokens(BodyText.Of(Fresh()), 120).Count;

    [Benchmark(Description = "body's first 120 search tokens, from a prefix")]
    public int BodyTokensPrefix() => BodyText.FirstTokens(Fresh(), 120).Count;

    private OcopShowcase.Content.Model.MarkdownBody Fresh() => _bodies[_next++ % _bodies.Length] is var body ? body.WithText(body.Markdown) : null!;

    [Benchmark(Description = "search index, 1,000 documents")]
    public int SearchIndexBuild() => SearchIndex.Build(_documents).Files("s").Count;
}
