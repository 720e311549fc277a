using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcopShowcase.Assets.Images;

/// <summary>
/// Derivatives kept outside the output (<c>.cache/images/</c>, git-ignored), one folder per source-bytes-plus-settings
/// hash (<see cref="DerivedFileKey.Photo"/>). A rebuild with unchanged photos reads them back and encodes nothing; deleting the cache is always safe.
/// </summary>
public sealed class ImageCache(string root)
{
    private const string ManifestName = "photo.json";

    public string FolderOf(string key) => Path.Combine(root, key[..2], key);

    public PhotoEncoder.Result? TryRead(string key)
    {
        var folder = FolderOf(key);
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllText(manifest), ImageCacheJson.Default.Entry);
            if (entry is null || entry.Files.Any(f => !File.Exists(Path.Combine(folder, f))))
            {
                return null;
            }

            // Only the names are needed to publish: the bytes are copied from the cache when the site is written.
            return new PhotoEncoder.Result(entry.Width, entry.Height, entry.Color, entry.Widths, entry.Files.ToDictionary(f => f, _ => Array.Empty<byte>(), StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string key, PhotoEncoder.Result result)
    {
        var folder = FolderOf(key);
        var staging = folder + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
        Directory.CreateDirectory(staging);
        foreach (var (name, bytes) in result.Files)
        {
            File.WriteAllBytes(Path.Combine(staging, name), bytes);
        }

        var entry = new Entry(result.Width, result.Height, result.PlaceholderColor, result.Widths.ToList(), result.Files.Keys.Order(StringComparer.Ordinal).ToList());
        File.WriteAllText(Path.Combine(staging, ManifestName), JsonSerializer.Serialize(entry, ImageCacheJson.Default.Entry));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // The same photo twice in one build: the other worker wrote identical bytes first.
            Directory.Delete(staging, recursive: true);
        }
    }

    internal sealed record Entry(int Width, int Height, string Color, List<int> Widths, List<string> Files);
}

/// <summary>A cached photo's manifest, read and written through compile-time metadata.</summary>
[JsonSerializable(typeof(ImageCache.Entry))]
internal sealed partial class ImageCacheJson : JsonSerializerContext;
