using System.Buffers;
using System.Runtime.CompilerServices;
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
/// show it. A view shows a photo through a <see cref="PhotoView"/> (the only value <c>{{ picture }}</c> accepts), so
/// the photos are recorded from those values as the JSON is written, never searched for in the text. Cards are made once per build and shown on many pages (a list page shows dozens), so each card is keyed
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
        // The views' metadata was made by the compiler (ViewMetadata): nothing is generated while the build runs.
        _cardJson = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new PhotoConverter(this) }, TypeInfoResolver = ViewMetadata.Resolver };
        _pageJson = new JsonSerializerOptions(_cardJson) { Converters = { new CardConverter(this) } };
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The photos of the view whose JSON this thread is writing (a card's, inside a page's, has its own).</summary>
    [ThreadStatic]
    private static SortedSet<string>? _shown;

    /// <summary>The key of a page: its site values' key, its layout, and its own values.</summary>
    public string Of(string siteKey, string layout, object view)
    {
        var json = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        return Of(json, view, _pageJson, siteKey, layout);
    }

    /// <summary>
    /// A card's JSON, written while its page's is, so into a buffer of its own, which each thread keeps too. A card's
    /// options (<see cref="_cardJson"/>) have no card converter, so a card never asks for another card's key; the
    /// buffer is still taken for the call, so that one that did would get a buffer of its own, not a reset one.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _cardBuffer;

    private string OfCard(object card)
        => _cardKeys.TryGetValue(card, out var key) ? key : _cardKeys.GetValue(card, c =>
        {
            var json = _cardBuffer ?? new ArrayBufferWriter<byte>(4 * 1024);
            _cardBuffer = null;
            try
            {
                return Of(json, c, _cardJson, "card", c.GetType().Name);
            }
            finally
            {
                _cardBuffer = json;
            }
        });

    private static string Of(ArrayBufferWriter<byte> json, object view, JsonSerializerOptions options, string first, string second)
    {
        var outer = _shown;
        var shown = _shown = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            json.ResetWrittenCount();
            using var writer = new Utf8JsonWriter(json);
            JsonSerializer.Serialize(writer, view, options.GetTypeInfo(view.GetType()));
        }
        finally
        {
            _shown = outer;
        }

        using var key = new FingerprintBuilder();
        key.Add(first).Add(second).Add(json.WrittenSpan);
        foreach (var variant in shown)
        {
            key.Add(variant);
        }

        return key.Finish();
    }

    /// <summary>Writes a photo as the default serializer would, and records the derivatives it is shown from.</summary>
    private sealed class PhotoConverter(ViewKey owner) : JsonConverter<PhotoView>
    {
        public override PhotoView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PhotoView value, JsonSerializerOptions options)
        {
            if (owner._photos.Find(value.Src) is { } photo)
            {
                _shown?.Add($"{photo.SourceUrl}={photo.Largest.JpegPath}");
            }

            writer.WriteStartObject();
            writer.WriteString(nameof(PhotoView.Src), value.Src);
            writer.WriteString(nameof(PhotoView.Alt), value.Alt);
            writer.WriteString(nameof(PhotoView.Position), value.Position);
            writer.WriteEndObject();
        }
    }

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
