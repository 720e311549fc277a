using System.Collections.Concurrent;
using OcopShowcase.Output;
using OcopShowcase.Site;
using SkiaSharp;

namespace OcopShowcase.Assets.Posters;

/// <summary>A print-shop file: many posters of one size in one PDF.</summary>
public sealed record PosterBundle(string Url, string Language, PaperSize Size, IReadOnlyList<Poster> Posters);

/// <summary>Every poster of the site and the print-shop bundles, as the planner decided them.</summary>
public sealed record PosterPlan(IReadOnlyList<Poster> Posters, IReadOnlyList<PosterBundle> Bundles)
{
    public static PosterPlan Empty { get; } = new([], []);

    /// <summary>Posters per bundle: a print shop's job, and a file a phone can still download.</summary>
    public const int PostersPerBundle = 200;
}

/// <summary>
/// Paints every poster as PDF (A4 and A6) plus a small preview, and the bundles; each file is taken from
/// <c>.cache/posters/</c> when nothing it shows changed (its content, photo, labels, fonts or this painter).
/// </summary>
public sealed record PosterSet(IReadOnlyList<OutputFile> Files, int Painted, IReadOnlyList<Action> Pending)
{
    public static PosterSet Empty { get; } = new([], 0, []);

    /// <summary>Paints what <see cref="Make"/> was asked to leave for later (the preview server, after publishing the pages).</summary>
    public void PaintPending()
    {
        foreach (var paint in Pending)
        {
            paint();
        }
    }

    /// <summary>The staff page shows previews at 150 CSS px; twice that keeps them sharp on phones.</summary>
    public const int PreviewWidth = 300;


    public static string PdfUrl(Poster poster, PaperSize size) => $"{poster.FileStem}-{size.Name}.pdf";

    public static string PreviewUrl(Poster poster) => $"{poster.FileStem}-{PaperSize.A4.Name}.jpg";

    public static int PreviewHeight => (int)Math.Round(PreviewWidth * PaperSize.A4.Height / PaperSize.A4.Width);

    /// <param name="paintLater">Only name the files and leave their painting in <see cref="Pending"/>: an edit shows in the preview before its posters are repainted.</param>
    /// <param name="keys">Drawn with the fonts of <paramref name="fontsDirectory"/>.</param>
    public static PosterSet Make(PosterPlan plan, string fontsDirectory, DerivedFileKey keys, string cacheDirectory, bool paintLater = false)
    {
        if (plan.Posters.Count == 0)
        {
            return Empty;
        }

        var hashes = plan.Posters.ToDictionary(p => p, p => Hash(p, keys));
        var files = new ConcurrentBag<OutputFile>();
        var missing = new ConcurrentBag<(string Cached, Func<PosterPainter, byte[]> Make)>();

        void Add(string url, string cached, Func<PosterPainter, byte[]> make)
        {
            files.Add(OutputFile.Cached(SiteUrls.OutputPath(url), cached));
            if (!File.Exists(cached))
            {
                missing.Add((cached, make));
            }
        }

        var folder = DerivedFileKey.FolderIn(cacheDirectory);
        string Cached(string hash, string suffix) => Path.Combine(folder, hash[..2], $"{hash}-{suffix}");

        Parallel.ForEach(plan.Posters, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, poster =>
        {
            var hash = hashes[poster];
            foreach (var size in PaperSize.All)
            {
                Add(PdfUrl(poster, size), Cached(hash, size.Name + ".pdf"), painter => Pdf(painter, [poster], size, poster.Name));
            }

            Add(PreviewUrl(poster), Cached(hash, "preview.jpg"), painter => Preview(painter, poster));
        });

        foreach (var bundle in plan.Bundles)
        {
            var hash = keys.Of("poster-bundle", bundle.Posters.Select(p => hashes[p]));
            Add(bundle.Url, Cached(hash, $"bundle-{bundle.Size.Name}.pdf"), painter => Pdf(painter, bundle.Posters, bundle.Size, bundle.Posters[0].Labels.SiteTitle));
        }

        // The fonts are opened only when something is to be painted, and closed when it is done.
        var painted = 0;
        void PaintMissing()
        {
            using var regular = SKTypeface.FromFile(Path.Combine(fontsDirectory, "BeVietnamPro-Regular.ttf")) ?? throw new FileNotFoundException("theme/fonts/BeVietnamPro-Regular.ttf");
            using var bold = SKTypeface.FromFile(Path.Combine(fontsDirectory, "BeVietnamPro-Bold.ttf")) ?? throw new FileNotFoundException("theme/fonts/BeVietnamPro-Bold.ttf");
            var painter = new PosterPainter(regular, bold);
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
            {
                if (CacheFile.Ensure(m.Cached, () => m.Make(painter)))
                {
                    Interlocked.Increment(ref painted);
                }
            });
        }

        List<Action> pending = missing.IsEmpty ? [] : [PaintMissing];
        if (!paintLater)
        {
            pending.ForEach(paint => paint());
            pending.Clear();
        }

        return new PosterSet(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), painted, pending);
    }

    /// <summary>One page per poster. Skia embeds subsets of the fonts with a Unicode map (text stays searchable and copyable) and passes the photo's JPEG through.</summary>
    private static byte[] Pdf(PosterPainter painter, IEnumerable<Poster> posters, PaperSize size, string title)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "OCOP Showcase",
            Producer = "OCOP Showcase (SkiaSharp)",
            RasterDpi = 300,
            EncodingQuality = 90,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var poster in posters)
            {
                var canvas = document.BeginPage(size.Width, size.Height);
                using var photo = size == PaperSize.A4 ? LoadPhoto(poster) : null;
                painter.Paint(canvas, poster, size, photo);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static byte[] Preview(PosterPainter painter, Poster poster)
    {
        var scale = PreviewWidth / PaperSize.A4.Width;
        using var surface = SKSurface.Create(new SKImageInfo(PreviewWidth, PreviewHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        surface.Canvas.Scale(scale);
        using var photo = LoadPhoto(poster);
        painter.Paint(surface.Canvas, poster, PaperSize.A4, photo);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    /// <summary>Kept encoded, so the PDF writer can embed the JPEG as it is instead of re-compressing pixels.</summary>
    private static SKImage? LoadPhoto(Poster poster)
        => poster.PhotoFile is null ? null : SKImage.FromEncodedData(File.ReadAllBytes(poster.PhotoFile));

    private static string Hash(Poster poster, DerivedFileKey keys)
    {
        var labels = poster.Labels;
        return keys.Of(
            "poster", poster.Name, poster.Kicker, poster.Stars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", poster.StarsLabel ?? "",
            poster.Producer ?? "", poster.Summary, poster.Price ?? "", poster.QrUrl, poster.ShownUrl,
            labels.SiteTitle, labels.Programme, labels.Place, labels.CallToAction, labels.HowTo, labels.QrNote, labels.BuyOnline ?? "",
            DerivedFileKey.PhotoPart(poster.PhotoFile), poster.PhotoFocus?.CssPosition ?? "");
    }
}
