using MemoryPack;
using System.Collections.Immutable;

namespace OcopShowcase.Content.Model;

/// <summary>
/// The translatable text of a document, per language. The default language is always present; another language
/// falls back to it, and says so, so that a page can show "not yet translated".
/// </summary>
[MemoryPackable]
public sealed partial record Localized<T>(string DefaultLanguage, ImmutableSortedDictionary<string, T> ByLanguage)
    where T : class
{
    public T Default => ByLanguage[DefaultLanguage];

    public bool IsTranslatedInto(string language) => ByLanguage.ContainsKey(language);

    public T In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : Default;
}
