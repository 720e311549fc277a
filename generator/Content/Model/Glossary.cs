using System.Collections.Frozen;

namespace OcopShowcase.Content.Model;

/// <summary>
/// Translations of values that repeat across files and have no translation file of their own (issuing bodies, shops,
/// units, packaging, shelf life), one list per language, read from <c>content/glossary.&lt;lang&gt;.yml</c>. A value
/// is translated only when it is exactly a term of the list; anything else is shown as written.
/// </summary>
public sealed class Glossary
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _terms;

    public Glossary(IReadOnlyDictionary<string, FrozenDictionary<string, string>> terms)
    {
        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        // The terms kept, not the files: a term no document uses is left out, so editing a document can change them.
        Fingerprint = OcopShowcase.Output.Fingerprint.Of(_terms.OrderBy(l => l.Key, StringComparer.Ordinal)
            .SelectMany(l => l.Value.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => new[] { l.Key, t.Key, t.Value })));
    }

    /// <summary>Every term and translation, as one fingerprint (every page may show a glossed value).</summary>
    public string Fingerprint { get; }

    /// <summary>The value in <paramref name="language"/>, or null when the glossary has no entry for it.</summary>
    public string? Find(string value, string language)
        => _terms.TryGetValue(language, out var terms) && terms.TryGetValue(value, out var translated) ? translated : null;

    /// <summary>The value in <paramref name="language"/> with the language it is now in.</summary>
    public LocalizedValue Translate(string value, string language, string sourceLanguage)
        => Find(value, language) is { } translated ? new LocalizedValue(translated, language) : new LocalizedValue(value, sourceLanguage);
}

/// <summary>A value as shown, with the language it is written in (for the lang attribute).</summary>
public sealed record LocalizedValue(string Text, string Lang)
{
    /// <summary>The text, so a template that writes the value itself (<c>{{ shop }}</c>) still shows words.</summary>
    public override string ToString() => Text;
}
