using MemoryPack;
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
        Of<Product>(), Of<ProductText>(), Of<Localized<ProductText>>(), Of<WhereToBuy>(), Of<Shop>(),
        Of<Producer>(), Of<ProducerText>(), Of<Localized<ProducerText>>(), Of<Contact>(),
        Of<Certificate>(), Of<CertificateText>(), Of<Localized<CertificateText>>(),
        Of<TourismListing>(), Of<TourismText>(), Of<Localized<TourismText>>(), Of<Coordinates>(),
        Of<NewsPost>(), Of<NewsText>(), Of<Localized<NewsText>>(),
        Of<StaticPage>(), Of<PageText>(), Of<Localized<PageText>>(),
        Of<Event>(), Of<EventText>(), Of<Localized<EventText>>(), Of<EventPlace>(),
        Of<EventOrganiser>(), Of<EventOrganiser.Producer>(), Of<EventOrganiser.Named>(),
        Of<EventSchedule>(), Of<EventSchedule.AllDay>(), Of<EventSchedule.Timed>(),
        Of<MarkdownBody>(), Of<BodyOrigin>(), Of<BundleFile>(), Of<FocalPoint>(), Of<Reference>(), Of<Parsing.PhoneNumber>(),
        Of<ContentFile>(), Of<Diagnostics.SourceSpan>(),
        Of<StoredMemo>(), Of<StoredFile>(), Of<StoredEntry>(), Of<StoredMessage>(),
    ]);

    private static (Type Type, Action Register) Of<T>()
        where T : IMemoryPackFormatterRegister
        => (typeof(T), MemoryPackFormatterProvider.Register<T>);

    private static Type[] Register((Type Type, Action Register)[] types)
    {
        foreach (var (_, register) in types)
        {
            register();
        }

        return [.. types.Select(t => t.Type)];
    }
}
