using System.Security.Cryptography;
using OcopShowcase.Assets.Images;
using OcopShowcase.Output;

namespace OcopShowcase.Assets;

/// <summary>
/// The one rule for the key of a file the build draws from content (share cards, posters), which names it in
/// <c>.cache/</c> and, for a share card, in its published address: what it shows (its record, field by field), what it
/// is drawn with (the theme's fonts, by content) and the generator that draws it. A change to any of the three draws
/// the file again; nothing else does. One per build, so the fonts are read at most once.
/// </summary>
/// <remarks>
/// Photos are re-encoded copies, not drawings: their key (<see cref="Photo"/>) is the source's bytes and the
/// encoder's settings, deliberately without the generator, so a release does not re-encode (and rename, so every
/// visitor downloads again) every photo of a catalogue of tens of thousands; a change to <see cref="PhotoEncoder"/>
/// that alters its output changes <see cref="ImageSettings.Fingerprint"/>.
/// </remarks>
public sealed class DerivedFileKey
{
    private readonly Lazy<string> _fonts;

    private DerivedFileKey(Func<string> fonts) => _fonts = new Lazy<string>(fonts);

    /// <summary>Keys for drawings made with the fonts of <paramref name="fontsDirectory"/> (read when the first key is asked for).</summary>
    public static DerivedFileKey DrawnWith(string fontsDirectory) => new(() => Fingerprint.OfDirectory(fontsDirectory, "*.ttf"));

    /// <summary>The key of one drawing; <paramref name="kind"/> ("card", "poster") keeps two kinds with equal records apart.</summary>
    public string Of(string kind, params IEnumerable<string> record)
        => Fingerprint.Of(record.Prepend(kind).Prepend(_fonts.Value).Prepend(Fingerprint.Generator));

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
}
