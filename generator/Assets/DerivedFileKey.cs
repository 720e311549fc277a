using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using OcopShowcase.Assets.Images;
using OcopShowcase.Output;

namespace OcopShowcase.Assets;

/// <summary>
/// The one rule for the key of a file the build draws from content (share cards, posters, icons), which names it in
/// <c>.cache/</c> and, for a share card, in its published address: what it shows (its record, field by field), what it
/// is drawn with (the theme's fonts, by content) and the code that draws it (<see cref="DrawingCode"/>). A change to
/// any of the three draws the file again; nothing else does: a release of the generator that does not touch drawing
/// keeps every card of a national catalogue (40,000 at 20,000 products, three minutes of painting on two cores) and its
/// address. One per build, so the fonts are read at most once.
/// </summary>
public sealed class DerivedFileKey
{
    private static readonly ConcurrentDictionary<string, bool> Tidied = new(StringComparer.Ordinal);
    private readonly Lazy<string> _fonts;

    /// <summary>
    /// The embedded list, "Assets/Typesetter.cs=5659…;…", in one spelling: '/' between folders and sorted, whatever
    /// order the build listed the files in (line endings are the repository's: <c>.gitattributes</c> keeps C# files LF).
    /// </summary>
    internal static string DrawingSources { get; } = string.Join(';', (typeof(DerivedFileKey).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "DrawingCode")?.Value ?? throw new InvalidOperationException("The generator was built without its DrawingCode metadata (OcopShowcase.Generator.csproj)."))
        .Split(';').Select(entry => entry.Replace('\\', '/')).Order(StringComparer.Ordinal));

    /// <summary>
    /// The drawing code as the compiler saw it (each file of the project's <c>DrawingCode</c> items by path and SHA-256,
    /// embedded by the build) and the versions of the libraries it draws with (SkiaSharp, HarfBuzz, QRCoder).
    /// </summary>
    public static string DrawingCode { get; } = Fingerprint.Of(
        DrawingSources,
        LibraryVersion(typeof(SkiaSharp.SKCanvas)), LibraryVersion(typeof(SkiaSharp.HarfBuzz.SKShaper)),
        LibraryVersion(typeof(HarfBuzzSharp.Buffer)), LibraryVersion(typeof(QRCoder.QRCodeGenerator)));

    private DerivedFileKey(Func<string> fonts) => _fonts = new Lazy<string>(fonts);

    /// <summary>Keys for drawings made with the fonts of <paramref name="fontsDirectory"/> (read when the first key is asked for).</summary>
    public static DerivedFileKey DrawnWith(string fontsDirectory) => new(() => Fingerprint.OfDirectory(fontsDirectory, "*.ttf"));

    /// <summary>The key of one drawing; <paramref name="kind"/> ("card", "poster") keeps two kinds with equal records apart.</summary>
    public string Of(string kind, params IEnumerable<string> record)
        => Fingerprint.Of(record.Prepend(kind).Prepend(_fonts.Value).Prepend(DrawingCode));

    /// <summary>
    /// Where the drawings of <paramref name="cacheDirectory"/> (<c>.cache/cards</c>, …) made by this drawing code live:
    /// a folder named after <see cref="DrawingCode"/>, marked as in use (its modification time) every time it is asked
    /// for. The first time a process asks, the other drawing codes' folders (which no key can name again) and the
    /// single-folder layout before this one are deleted, so a cache restored build after build does not keep every
    /// release's cards; those marked in the last hour are left, in case a process of that other code (a <c>serve</c>
    /// started before an update) is still using them. Nothing else in the folder is touched.
    /// </summary>
    public static string FolderIn(string cacheDirectory)
    {
        var current = DrawingCode[..12];
        var folder = Path.Combine(cacheDirectory, current);
        Directory.CreateDirectory(folder);
        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
        if (Tidied.TryAdd(Path.GetFullPath(cacheDirectory), true))
        {
            foreach (var entry in new DirectoryInfo(cacheDirectory).EnumerateFileSystemInfos()
                .Where(e => e.Name != current && IsDrawingFolderName(e.Name) && e.LastWriteTimeUtc < DateTime.UtcNow - TimeSpan.FromHours(1)))
            {
                try
                {
                    if (entry is DirectoryInfo directory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        directory.Delete(recursive: true);
                    }
                    else
                    {
                        entry.Delete();
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another build may be deleting it too; what is left is only space, never a wrong drawing.
                }
            }
        }

        return folder;
    }

    /// <summary>
    /// A photo a drawing shows, as part of its record: photo derivatives live in content-addressed cache folders, so
    /// folder and file name identify the pixels.
    /// </summary>
    public static string PhotoPart(string? cachedFile)
        => cachedFile is null ? "" : Path.GetFileName(Path.GetDirectoryName(cachedFile)) + "/" + Path.GetFileName(cachedFile);

    /// <summary>A photo's derivatives: the source's bytes and the encoder's settings.</summary>
    public static string Photo(byte[] source, ImageSettings settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(source);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(settings.Fingerprint));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }

    /// <summary>A drawing code's folder (12 hex digits) or one of the layout before them (2).</summary>
    private static bool IsDrawingFolderName(string name) => name.Length is 12 or 2 && name.All(char.IsAsciiHexDigitLower);

    private static string LibraryVersion(Type type)
        => type.Assembly.GetName().Name + " " + (type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? type.Assembly.GetName().Version?.ToString() ?? "");
}
