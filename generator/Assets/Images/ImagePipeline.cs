using System.Collections.Concurrent;
using System.Collections.Frozen;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Images;

/// <summary>
/// Turns every photo of the content (JPEG, PNG, WebP, GIF, BMP that pages list; see Content.BundleFileRules) into published derivatives, in parallel
/// across cores with one decoded photo per worker at a time, reusing the cache for photos already done. The original
/// file is never published: what is served at its address is a clean re-encoded copy without metadata.
/// </summary>
public static class ImagePipeline
{
    /// <summary>
    /// A photo's cache key by path, size and modification time, remembered for the life of the process: the preview
    /// server rebuilds on every save and need not read and hash every photo again to find its derivatives.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Path, long Length, long Ticks, string Settings), string> KnownKeys = new();

    public static bool IsPhoto(string path) => Content.BundleFileRules.IsPhoto(path);

    public static PhotoSet Process(IEnumerable<ContentFile> files, ImageSettings settings, string cacheDirectory, DiagnosticBag diagnostics, IProgress<(int Done, int Total)>? progress = null)
    {
        var photos = files.Where(f => IsPhoto(f.ContentPath)).ToList();
        var cache = new ImageCache(cacheDirectory);
        var processed = new ConcurrentBag<(ProcessedPhoto Photo, List<OutputFile> Files)>();
        var encoded = 0;
        var fromCache = 0;
        var done = 0;
        Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            try
            {
                var info = new FileInfo(file.FullPath);
                if (info.Length > settings.MaxBytes)
                {
                    // Refused before reading: a sparse multi-gigabyte "photo" would otherwise be read whole.
                    throw new PhotoException(PhotoProblem.TooLarge, $"{info.Length / 1024 / 1024} MB");
                }

                var stamp = (info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, settings.Fingerprint);
                byte[]? bytes = null;
                if (!KnownKeys.TryGetValue(stamp, out var key))
                {
                    bytes = File.ReadAllBytes(file.FullPath);
                    key = DerivedFileKey.Photo(bytes, settings);
                    KnownKeys[stamp] = key;
                }

                var result = cache.TryRead(key);
                if (result is null)
                {
                    bytes ??= File.ReadAllBytes(file.FullPath);
                    // A photo that a decoder chokes on must not hang the build: give it a bounded time.
                    var encoding = Task.Run(() => PhotoEncoder.Encode(bytes, settings));
                    if (!encoding.Wait(settings.TimeLimit))
                    {
                        throw new PhotoException(PhotoProblem.TookTooLong, $"{settings.TimeLimit.TotalSeconds:F0} s");
                    }

                    result = encoding.Result;
                    cache.Write(key, result);
                    Interlocked.Increment(ref encoded);
                }
                else
                {
                    Interlocked.Increment(ref fromCache);
                }

                processed.Add(Publish(file, key, result, cache.FolderOf(key)));
            }
            catch (PhotoException ex)
            {
                diagnostics.Add(Describe(ex.Problem), SourceSpan.StartOf(file.ContentPath), ex.Detail);
            }
            catch (AggregateException ex) when (ex.InnerException is PhotoException photo)
            {
                diagnostics.Add(Describe(photo.Problem), SourceSpan.StartOf(file.ContentPath), photo.Detail);
            }
            catch (IOException ex)
            {
                diagnostics.Add(DiagnosticCatalogue.FileUnreadable, SourceSpan.StartOf(file.ContentPath), ex.Message);
            }
            finally
            {
                progress?.Report((Interlocked.Increment(ref done), photos.Count));
            }
        });

        var ordered = processed.OrderBy(p => p.Photo.SourceUrl, StringComparer.Ordinal).ToList();
        return new PhotoSet(
            ordered.ToFrozenDictionary(p => p.Photo.SourceUrl, p => p.Photo, StringComparer.Ordinal),
            ordered.SelectMany(p => p.Files).ToList(),
            encoded,
            fromCache);
    }

    private static (ProcessedPhoto, List<OutputFile>) Publish(ContentFile file, string key, PhotoEncoder.Result result, string cacheFolder)
    {
        var url = SiteUrls.ContentFile(file.ContentPath);
        var outputPath = SiteUrls.OutputPath(url);
        var stem = outputPath[..^Path.GetExtension(outputPath).Length];
        var hash = key[..10];
        var files = new List<OutputFile>();
        var variants = new List<PhotoVariant>();
        foreach (var width in result.Widths)
        {
            var height = (int)Math.Round((double)result.Height * width / result.Width);
            var webp = $"{stem}-{width}.{hash}.webp";
            var jpeg = $"{stem}-{width}.{hash}.jpg";
            files.Add(OutputFile.Cached(webp, Path.Combine(cacheFolder, $"{width}.webp")));
            files.Add(OutputFile.Cached(jpeg, Path.Combine(cacheFolder, $"{width}.jpg")));
            variants.Add(new PhotoVariant(width, height, webp, jpeg));
        }

        // The original's address keeps working (links, social previews), but serves the clean largest JPEG.
        var fullSize = SiteUrls.PhotoFile(outputPath);
        files.Add(OutputFile.Cached(fullSize, Path.Combine(cacheFolder, $"{result.Width}.jpg")));
        return (new ProcessedPhoto(url, result.Width, result.Height, result.PlaceholderColor, variants, fullSize), files);
    }

    private static DiagnosticDescriptor Describe(PhotoProblem problem) => problem switch
    {
        PhotoProblem.TooLarge => DiagnosticCatalogue.PhotoTooLarge,
        PhotoProblem.Animated => DiagnosticCatalogue.PhotoAnimated,
        PhotoProblem.Truncated => DiagnosticCatalogue.PhotoTruncated,
        PhotoProblem.TookTooLong => DiagnosticCatalogue.PhotoTookTooLong,
        _ => DiagnosticCatalogue.PhotoUnreadable,
    };
}
