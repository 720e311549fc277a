using System.Diagnostics;
using OcopShowcase.Assets.Images;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>photo-bench --engine skia|vips --workers N [--count N] [--dir DIR]</c>: 12 MP JPEGs → 3 widths × (WebP + JPEG),
/// the work the site does per new photo. Prints photos per second and the process's peak memory; run each engine and
/// worker count in its own process (bench/photos.sh) so the peaks do not mix.
/// </summary>
public static class PhotoBench
{
    private static readonly int[] Widths = [360, 720, 1080];

    public static int Run(string[] args)
    {
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var engine = Option("--engine", "skia");
        var workers = int.Parse(Option("--workers", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var count = int.Parse(Option("--count", "12"), System.Globalization.CultureInfo.InvariantCulture);
        var dir = Option("--dir", Path.Combine(Path.GetTempPath(), "ocop-photo-bench"));
        var photos = EnsurePhotos(dir, count);
        if (args.Contains("--prepare"))
        {
            return 0;
        }

        Action<string> work = engine switch
        {
            "skia" => Skia,
            "vips" => Vips(),
            _ => throw new ArgumentException("--engine skia|vips"),
        };
        work(photos[0]);
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = workers }, work);
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine(FormattableString.Invariant($"{engine}\tworkers={workers}\tphotos={photos.Count}\t{clock.Elapsed.TotalMilliseconds / photos.Count:F0} ms/photo\t{photos.Count / clock.Elapsed.TotalSeconds:F2} photos/s\tpeak {peak:F0} MiB"));
        return 0;
    }

    private static void Skia(string path)
    {
        var settings = ImageSettings.Default with { Widths = Widths };
        PhotoEncoder.Encode(File.ReadAllBytes(path), settings);
    }

    private static Action<string> Vips()
    {
        NetVips.NetVips.Concurrency = 1;
        NetVips.Cache.Max = 0;
        return path =>
        {
            foreach (var width in Widths)
            {
                // Thumbnail streams from a shrink-on-load decode; keep the pixels so both encoders can read them.
                using var thumbnail = NetVips.Image.Thumbnail(path, width);
                using var image = thumbnail.CopyMemory();
                image.WebpsaveBuffer(q: 78, keep: NetVips.Enums.ForeignKeep.None);
                image.JpegsaveBuffer(q: 82, keep: NetVips.Enums.ForeignKeep.None);
            }
        };
    }

    private static List<string> EnsurePhotos(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        var groups = new[] { "thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich" };
        return Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(dir, $"photo-{i:D3}.jpg");
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, PhotoPainter.Paint(groups[i % groups.Length], 1000 + i, 4000, 3000, quality: 92));
            }

            return path;
        }).ToList();
    }
}
