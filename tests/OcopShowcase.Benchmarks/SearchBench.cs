using System.Diagnostics;
using System.IO.Compression;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Search;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>search --content DIR [query…]</c>: builds the search index of the default language the way the build does,
/// timing the index alone, then reports for each query what a browser downloads for its first search (meta.json,
/// search.js, the shards of its words, the chunks of its best candidates), gzip-compressed, and the top results.
/// <para><c>search --content DIR --rounds N</c> times the index instead, N times each, bodies' tokens taken from a memo
/// as a build with its memo on disk takes them: made from nothing (<c>build</c>), and made again after one product's
/// name is edited with the terms of the last one kept (<c>serve</c>, <see cref="SearchTerms"/>).</para>
/// </summary>
public static class SearchBench
{
    private static readonly string[] DefaultQueries = ["che lam", "dac san", "mat ong", "banh gai", "homestay", "thanh hoa"];

    public static int Run(string[] args)
    {
        var content = args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault();
        if (content is null)
        {
            Console.Error.WriteLine("usage: search --content DIR [query …]");
            return 2;
        }

        if (args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault() is { } rounds)
        {
            return Rounds(content, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
        }

        var queries = args.Where((a, i) => a != "--content" && (i == 0 || args[i - 1] != "--content")).ToArray();
        var repository = FindRepository();
        var (set, theme, site) = Load(content);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var documents = SearchPlanner.Plan(site, theme.Strings, PhotoSet.Empty, site.DefaultLanguage);
        var index = SearchIndex.Build(documents);
        var files = index.Files("s").ToDictionary(f => f.Path, f => Gzip(f.Bytes!));
        clock.Stop();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024);
        Console.WriteLine($"documents: {documents.Count}, index files: {files.Count}, all index files gzip: {files.Values.Sum() / 1024} KiB");
        Console.WriteLine($"index build: {clock.Elapsed.TotalSeconds:F1} s, allocated {allocated} MiB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB (incl. loading {set.Products.Count} products)");
        var script = Gzip(File.ReadAllBytes(Path.Combine(repository, "theme/assets/search.js")));
        Console.WriteLine("| query | files | first query, gzip | top 3 |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var query in queries.Length > 0 ? queries : DefaultQueries)
        {
            var (shards, chunks) = index.FilesFor(query);
            var bytes = script + files["s/meta.json"] + shards.Sum(s => files[$"s/t/{s}.json"]) + chunks.Sum(c => files[$"s/d/{c}.json"]);
            var top = string.Join("; ", index.Query(query, 3).Select(d => $"{d.Title} ({d.Kind})"));
            Console.WriteLine($"| {query} | {2 + shards.Count + chunks.Count} | {bytes / 1024.0:F0} KiB | {top} |");
        }

        return 0;
    }

    /// <summary>The content, theme and site the index is planned from, as the build loads them.</summary>
    private static (Content.Model.ContentSet Set, Theme Theme, SiteModel Site) Load(string content)
    {
        var diagnostics = new DiagnosticBag();
        var set = ContentLoader.Load(content, null, diagnostics) ?? throw new InvalidOperationException("content did not load");
        var theme = Theme.Load(Path.Combine(FindRepository(), "theme"), set.Site.Languages, diagnostics) ?? throw new InvalidOperationException("theme did not load");
        return (set, theme, SiteEnricher.Enrich(set, new DateOnly(2026, 11, 29), diagnostics));
    }

    private static int Rounds(string content, int rounds)
    {
        var (_, theme, site) = Load(content);
        var documents = SearchPlanner.Plan(site, theme.Strings, PhotoSet.Empty, site.DefaultLanguage);
        var memo = SearchTokenMemo.InMemory();
        var terms = new SearchTerms();
        SearchIndex.Build(documents, memo, terms).Files("s");
        (double Ms, long MiB) Time(Func<SearchIndex> build)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            build().Files("s");
            return (clock.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) >> 20);
        }

        Console.WriteLine($"documents: {documents.Count}");
        for (var round = 1; round <= rounds; round++)
        {
            var whole = Time(() => SearchIndex.Build(documents, memo));
            var edited = documents.Select(d => d with { }).ToList();
            edited[7] = edited[7] with { Title = $"{documents[7].Title} {round}" };
            var again = Time(() => SearchIndex.Build(edited, memo, terms));
            Console.WriteLine($"round {round}: build {whole.Ms:F0} ms, {whole.MiB} MiB; serve after a name edit {again.Ms:F0} ms, {again.MiB} MiB");
        }

        return 0;
    }

    private static long Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }

    public static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OcopShowcase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("OcopShowcase.sln");
    }
}
