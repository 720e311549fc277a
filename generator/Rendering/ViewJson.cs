using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OcopShowcase.Rendering.Views;

namespace OcopShowcase.Rendering;

/// <summary>
/// What the compiler knows about the shared views (a kind's own views are in its folder, <see
/// cref="Kinds.ContentKind.ViewMetadata"/>): each view type's properties with a getter made at compile time. It serves twice: a page's key is its values' JSON (<see cref="ViewKey"/>), and templates read
/// members through the same getters (<see cref="ViewAccessor"/>). Nothing is generated while a build runs: no
/// reflection-emitted serializers and no compiled expression trees, whose compiling (some 570 methods, optimised
/// at once) was a large part of a small catalogue's start. A type a template meets that is not listed here stops the
/// build with its name (<see cref="ViewAccessor.For"/>).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(AlternateView))]
[JsonSerializable(typeof(PhotoView))]
[JsonSerializable(typeof(DirectionsView))]
[JsonSerializable(typeof(ActionBarView))]
[JsonSerializable(typeof(DetailRow))]
[JsonSerializable(typeof(PaginationView))]
[JsonSerializable(typeof(CertificateRow))]
[JsonSerializable(typeof(CertificateRegisterModel))]
[JsonSerializable(typeof(CertificatePageModel))]
[JsonSerializable(typeof(TourismCard))]
[JsonSerializable(typeof(TourismPageModel))]
[JsonSerializable(typeof(TourismListModel))]
[JsonSerializable(typeof(NewsCard))]
[JsonSerializable(typeof(NewsPageModel))]
[JsonSerializable(typeof(NewsListModel))]
[JsonSerializable(typeof(StaticPageModel))]
[JsonSerializable(typeof(HomeModel))]
[JsonSerializable(typeof(NotFoundModel))]
[JsonSerializable(typeof(SearchModel))]
[JsonSerializable(typeof(VisitorListModel))]
[JsonSerializable(typeof(StaffModel))]
[JsonSerializable(typeof(ProductFormModel))]
[JsonSerializable(typeof(PosterEntry))]
[JsonSerializable(typeof(PostersModel))]
[JsonSerializable(typeof(PosterGroup))]
[JsonSerializable(typeof(ProductCard))]
[JsonSerializable(typeof(CertificateBadge))]
[JsonSerializable(typeof(BuyView))]
[JsonSerializable(typeof(BuyWords))]
[JsonSerializable(typeof(ShopView))]
[JsonSerializable(typeof(ProductPageModel))]
[JsonSerializable(typeof(CatalogueModel))]
[JsonSerializable(typeof(FilterOption))]
[JsonSerializable(typeof(ProducerCard))]
[JsonSerializable(typeof(ProducerPageModel))]
[JsonSerializable(typeof(ProducerListModel))]
[JsonSerializable(typeof(RawHtml))]
[JsonSerializable(typeof(Content.Model.LocalizedValue))]
[JsonSerializable(typeof(Site.Choice))]
internal sealed partial class ViewJson : JsonSerializerContext;

/// <summary>The views' metadata: the shared views' (<see cref="ViewJson"/>) and every kind's own.</summary>
internal static class ViewMetadata
{
    public static IJsonTypeInfoResolver Resolver { get; } = JsonTypeInfoResolver.Combine(
        [ViewJson.Default, .. Kinds.ContentKinds.All.Select(kind => kind.ViewMetadata).OfType<IJsonTypeInfoResolver>()]);

    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = Resolver };

    /// <summary>The metadata of <paramref name="type"/>, or null when no list has it.</summary>
    public static JsonTypeInfo? Of(Type type) => Options.TryGetTypeInfo(type, out var info) ? info : null;
}
