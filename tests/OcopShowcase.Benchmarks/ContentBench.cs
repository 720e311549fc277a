using System.Diagnostics;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>content --content DIR [--rounds N] [--product SLUG]</c>: the content stage of <c>serve</c>'s rebuild after one
/// save, as <c>serve</c> runs it. The content is loaded once, then N times (10 by default) a product's price is saved
/// (<c>san-pham-7</c> unless given) and the watcher's report is passed on as <c>serve</c> passes it, and the content
/// loaded again: by a preview that keeps what it found in each section (<see cref="SectionMemo"/>) and by one that
/// scans every section again, in turn. Reports each one's median time and allocation. The content folder is edited:
/// give it a copy.
/// </summary>
public static class ContentBench
{
    public static int Run(string[] args)
    {
        var content = args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault();
        if (content is null)
        {
            Console.Error.WriteLine("usage: content --content DIR [--rounds N] [--product SLUG]");
            return 2;
        }

        var rounds = int.TryParse(args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault(), out var n) ? n : 10;
        var product = args.SkipWhile(a => a != "--product").Skip(1).FirstOrDefault() ?? "san-pham-7";
        var file = Path.GetFullPath(Path.Combine(content, "san-pham", product, "index.md"));
        Preview[] previews = [new("sections kept", new SectionMemo()), new("every section scanned", null)];
        foreach (var preview in previews)
        {
            preview.Load(content, []);
        }

        for (var i = 0; i < rounds; i++)
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(text, "(?m)^price: (\\d+)$", m => $"price: {(long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1000) % 900_000_000}"));
            foreach (var preview in i % 2 == 0 ? previews : previews.Reverse())
            {
                preview.Load(content, [file]);
            }
        }

        Console.WriteLine($"content stage after one saved price, median of {rounds} rounds");
        Console.WriteLine("| preview | median | allocated |");
        Console.WriteLine("|---|---|---|");
        foreach (var preview in previews)
        {
            Console.WriteLine($"| {preview.Name} | {preview.Median:F0} ms | {preview.Allocated / 1024.0 / 1024:F0} MiB |");
        }

        return 0;
    }

    /// <summary>What <c>serve</c> keeps for its content stage from one rebuild to the next.</summary>
    private sealed class Preview(string name, SectionMemo? sections)
    {
        private readonly DocumentMemo _documents = new();
        private readonly FolderListing _listing = new();
        private readonly List<double> _times = [];

        public string Name => name;

        public long Allocated { get; private set; }

        public double Median => _times.Order().ElementAt(_times.Count / 2);

        public void Load(string content, string[] saved)
        {
            _documents.Forget(saved);
            _listing.Forget(saved);
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var loaded = ContentLoader.Load(content, null, new DiagnosticBag(), _documents, _listing, sections) ?? throw new InvalidOperationException("content did not load");
            clock.Stop();
            if (saved.Length > 0)
            {
                _times.Add(clock.Elapsed.TotalMilliseconds);
                Allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            GC.KeepAlive(loaded);
        }
    }
}
