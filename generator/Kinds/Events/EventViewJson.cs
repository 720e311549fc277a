using System.Text.Json.Serialization;

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// The compile-time metadata of the views events' own layouts read (<c>EventViews.cs</c>), registered through
/// <see cref="EventKind.ViewMetadata"/>; the shared views' are in <c>Rendering/ViewJson.cs</c>.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(EventCard))]
[JsonSerializable(typeof(EventPageModel))]
[JsonSerializable(typeof(EventListModel))]
[JsonSerializable(typeof(EventSection))]
internal sealed partial class EventViewJson : JsonSerializerContext;
