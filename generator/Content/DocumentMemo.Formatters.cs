using MemoryPack;
using MemoryPack.Formatters;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Content;

public sealed partial class DocumentMemo
{
    /// <summary>Registers <see cref="StoredTypes"/> before a memo is made or read, whichever comes first.</summary>
    static DocumentMemo()
    {
    }

    /// <summary>
    /// Every type the memo stores, registered with MemoryPack once, on one thread, before any document is read or
    /// written. MemoryPack 1.21 registers a type's formatter the first time the type is used, and marks it registered
    /// before it stores it (Cysharp/MemoryPack#458): a thread that used the type at that moment found no formatter. The
    /// memo reads and writes documents in parallel, and a CI run failed so, with a NullReferenceException in
    /// <c>MemoryPackSerializer.Deserialize</c>. <c>DocumentMemoFormattersTests</c> lists, from the types themselves,
    /// every type a stored document can hold, and fails when one is missing here.
    /// </summary>
    internal static IReadOnlyList<Type> StoredTypes { get; } = Register(
    [
        Of<Product>(), Of<ProductText>(), Texts<ProductText>(), Of<WhereToBuy>(), Of<Shop>(),
        Of<Producer>(), Of<ProducerText>(), Texts<ProducerText>(), Of<Contact>(),
        Of<Certificate>(), Of<CertificateText>(), Texts<CertificateText>(),
        Of<TourismListing>(), Of<TourismText>(), Texts<TourismText>(), Of<Coordinates>(),
        Of<NewsPost>(), Of<NewsText>(), Texts<NewsText>(),
        Of<StaticPage>(), Of<PageText>(), Texts<PageText>(),
        Of<Event>(), Of<EventText>(), Texts<EventText>(), Of<EventPlace>(),
        Of<EventOrganiser>(), Of<EventOrganiser.Producer>(), Of<EventOrganiser.Named>(),
        Of<EventSchedule>(), Of<EventSchedule.AllDay>(), Of<EventSchedule.Timed>(),
        Of<MarkdownBody>(), Of<BodyOrigin>(), Of<BundleFile>(), Of<FocalPoint>(), Of<Reference>(), Of<Parsing.PhoneNumber>(),
        Of<ContentFile>(), Of<Diagnostics.SourceSpan>(),
        Of<StoredMemo>(), Of<StoredFile>(), Of<StoredEntry>(), Of<StoredMessage>(),
    ]);

    private static (Type Type, Action Register) Of<T>()
        where T : IMemoryPackFormatterRegister
        => (typeof(T), MemoryPackFormatterProvider.Register<T>);

    /// <summary>
    /// A document's texts (<see cref="Localized{T}"/>), and their languages read back with the ordinal comparer the
    /// readers make them with: MemoryPack's own formatter makes the dictionary with the default comparer, which
    /// compares by culture, and every text a page, card or index asked for by language went through ICU (at 20,000
    /// products, <c>Localized.In</c> was the generator's own hottest method in an edit build).
    /// </summary>
    private static (Type Type, Action Register) Texts<T>()
        where T : class
        => (typeof(Localized<T>), () =>
        {
            MemoryPackFormatterProvider.Register(new ImmutableSortedDictionaryFormatter<string, T>(StringComparer.Ordinal, null));
            MemoryPackFormatterProvider.Register<Localized<T>>();
        });

    private static Type[] Register((Type Type, Action Register)[] types)
    {
        foreach (var (_, register) in types)
        {
            register();
        }

        return [.. types.Select(t => t.Type)];
    }
}
