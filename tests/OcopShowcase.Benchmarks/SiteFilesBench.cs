using System.Diagnostics;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.StaffForm;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>site-files --content DIR [--rounds N] [--out DIR]</c>: makes the site-wide files a build makes again whenever a
/// product is added, renamed or removed (the sitemaps, the open data, the staff form's schema) the way the build does,
/// each alone and N times (5 by default), and reports for each its median time, the bytes it wrote and what it
/// allocated. With <c>--out</c>, the files are written there too (to compare two versions' bytes).
/// </summary>
public static class SiteFilesBench
{
    public static int Run(string[] args)
    {
        var content = args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault();
        if (content is null)
        {
            Console.Error.WriteLine("usage: site-files --content DIR [--rounds N] [--out DIR]");
            return 2;
        }

        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        var rounds = int.TryParse(args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault(), out var n) ? n : 5;
        var diagnostics = new DiagnosticBag();
        var set = ContentLoader.Load(content, null, diagnostics) ?? throw new InvalidOperationException("content did not load");
        // Today as a build sees it, so the files can be compared with a build's.
        var site = SiteEnricher.Enrich(set, Cli.BuildSettings.TodayInVietnam(DateTimeOffset.UtcNow), diagnostics);
        Console.WriteLine($"{set.Products.Count} products, {site.Pages.Count} pages; median of {rounds} rounds");
        Console.WriteLine("| file | median | bytes | allocated |");
        Console.WriteLine("|---|---|---|---|");
        Measure("sitemaps", rounds, output, () => SitemapWriter.Write(SitemapWriter.Plan(site), site.Urls));
        Measure("open data", rounds, output, () => OpenDataWriter.Write(site));
        Measure("staff form schema", rounds, output, () => [ProductSchemaWriter.Write(ProductSchemaWriter.Inputs.Of(site))]);
        // What an edit build pays when the schema is taken from the previous build: its inputs and their key.
        Measure("staff form schema's key", rounds, null, () =>
        {
            using var hash = new FingerprintBuilder();
            ProductSchemaWriter.Inputs.Of(site).AddTo(hash);
            return [OutputFile.FromText("key", hash.Finish())];
        });
        return 0;
    }

    private static void Measure(string name, int rounds, string? output, Func<IReadOnlyList<OutputFile>> make)
    {
        var times = new List<double>();
        long bytes = 0, allocated = 0;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var files = make();
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            bytes = files.Sum(f => (long)f.Bytes!.Length);
            foreach (var file in output is null ? [] : files)
            {
                var path = Path.Combine(output!, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes!);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"| {name} | {times[times.Count / 2]:F0} ms | {bytes / 1024.0 / 1024:F1} MiB | {allocated / 1024.0 / 1024:F0} MiB |");
    }
}
