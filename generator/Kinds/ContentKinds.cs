using OcopShowcase.Kinds.Certificates;
using OcopShowcase.Kinds.Events;
using OcopShowcase.Kinds.News;
using OcopShowcase.Kinds.Pages;
using OcopShowcase.Kinds.Producers;
using OcopShowcase.Kinds.Products;
using OcopShowcase.Kinds.Tourism;

namespace OcopShowcase.Kinds;

/// <summary>
/// The registry: every kind of content, one line each, in the order the site lists their pages. The stages loop over
/// <see cref="All"/>; code that needs one kind by its type asks <see cref="Get{TKind}"/>.
/// </summary>
public static class ContentKinds
{
    public static IReadOnlyList<ContentKind> All { get; } =
    [
        new ProductKind(),
        new ProducerKind(),
        new CertificateKind(),
        new TourismListingKind(),
        new NewsKind(),
        new StaticPageKind(),
        new EventKind(),
    ];

    public static TKind Get<TKind>()
        where TKind : ContentKind
        => One<TKind>.Value;

    /// <summary>The kind whose documents live in <paramref name="section"/>, or null.</summary>
    public static ContentKind? BySection(string section) => All.FirstOrDefault(k => k.Section == section);

    private static class One<TKind>
        where TKind : ContentKind
    {
        public static readonly TKind Value = All.OfType<TKind>().Single();
    }
}
