using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OcopShowcase.Assets.Images;
using OcopShowcase.Output;
using OcopShowcase.Rendering.Views;

namespace OcopShowcase.Rendering;

/// <summary>
/// The key of a page's values: their JSON, and the published derivatives of every photo they show (named after their
/// pixels, and written by rendering as a &lt;picture&gt;), so a replaced photo re-renders exactly the pages that
/// show it. Cards are made once per build and shown on many pages (a list page shows dozens), so each card is keyed
/// once, the same way, and a page's JSON carries the card's key in its place. The JSON is written into a buffer each
/// thread keeps, not into a string per page.
/// </summary>
public sealed partial class ViewKey
{
    private readonly PhotoSet _photos;
    private readonly JsonSerializerOptions _pageJson;
    private readonly JsonSerializerOptions _cardJson;
    private readonly ConditionalWeakTable<object, string> _cardKeys = [];

    public ViewKey(PhotoSet photos)
    {
        _photos = photos;
        // Only what JSON must escape is escaped: the text is hashed, never put in a page or a script.
        _cardJson = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        _pageJson = new JsonSerializerOptions(_cardJson) { Converters = { new CardConverter(this) } };
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The key of a page: its site values' key, its layout, and its own values.</summary>
    public string Of(string siteKey, string layout, object view)
    {
        var json = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        return Of(json, view, _pageJson, siteKey, layout);
    }

    private string OfCard(object card)
        => _cardKeys.TryGetValue(card, out var key) ? key : _cardKeys.GetValue(card, c => Of(new ArrayBufferWriter<byte>(1024), c, _cardJson, "card", c.GetType().Name));

    private string Of(ArrayBufferWriter<byte> json, object view, JsonSerializerOptions options, string first, string second)
    {
        json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonSerializer.Serialize(writer, view, view.GetType(), options);
        }

        using var key = new FingerprintBuilder();
        key.Add(first).Add(second).Add(json.WrittenSpan);
        foreach (var variant in PhotoVariants(json.WrittenSpan))
        {
            key.Add(variant);
        }

        return key.Finish();
    }

    private SortedSet<string> PhotoVariants(ReadOnlySpan<byte> json)
    {
        var text = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(json.Length));
        try
        {
            var chars = text.AsSpan(0, Encoding.UTF8.GetChars(json, text));
            var variants = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var match in PhotoUrl().EnumerateMatches(chars))
            {
                if (_photos.Find(chars.Slice(match.Index, match.Length)) is { } photo)
                {
                    variants.Add($"{photo.SourceUrl}={photo.Largest.JpegPath}");
                }
            }

            return variants;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/[^""\\\s<>]+\.(?:jpe?g|png|webp|gif)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PhotoUrl();

    /// <summary>Writes a card as its key (made once per card).</summary>
    private sealed class CardConverter(ViewKey owner) : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert)
            => typeToConvert == typeof(ProductCard) || typeToConvert == typeof(ProducerCard) || typeToConvert == typeof(TourismCard) || typeToConvert == typeof(CertificateBadge);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
            => (JsonConverter)Activator.CreateInstance(typeof(Keyed<>).MakeGenericType(typeToConvert), owner)!;
    }

    private sealed class Keyed<T>(ViewKey owner) : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(owner.OfCard(value));
    }
}
