using System.Collections.Frozen;
using System.Globalization;
using OcopShowcase.Content;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Rendering;

/// <summary>
/// The interface text of the site, from <c>theme/i18n/&lt;lang&gt;.yml</c>. Nested YAML keys are flattened with dots
/// ("nav.products"). Every language must define exactly the keys of the default language.
/// </summary>
public sealed class UiStrings
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private UiStrings(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static UiStrings? Load(string themeRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<string, Dictionary<string, (string Value, SourceSpan At)>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var relative = $"i18n/{language}.yml";
            var path = Path.Combine(themeRoot, "i18n", language + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Add(DiagnosticCatalogue.MissingStringsFile, SourceSpan.StartOf("theme/" + relative), language);
                continue;
            }

            var source = SourceFile.Read(themeRoot, path);
            var mapping = YamlFields.ParseMapping(source.Text, "theme/" + relative, 0, diagnostics);
            if (mapping is null)
            {
                continue;
            }

            var table = new Dictionary<string, (string, SourceSpan)>(StringComparer.Ordinal);
            Flatten(mapping, "", "theme/" + relative, table);
            tables[language] = table;
        }

        if (tables.Count != languages.Count)
        {
            return null;
        }

        var allKeys = tables.Values.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        var complete = true;
        foreach (var language in languages)
        {
            foreach (var key in allKeys.Where(k => !tables[language].ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalogue.MissingString, SourceSpan.StartOf($"theme/i18n/{language}.yml"), key, $"theme/i18n/{language}.yml");
                complete = false;
            }
        }

        return complete
            ? new UiStrings(tables.ToFrozenDictionary(
                t => t.Key,
                t => t.Value.ToFrozenDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal),
                StringComparer.Ordinal))
            : null;
    }

    public bool Has(string key) => _byLanguage.First().Value.ContainsKey(key);

    public IEnumerable<string> Keys => _byLanguage.First().Value.Keys;

    public IEnumerable<string> ValuesOf(string language) => _byLanguage[language].Values;

    /// <summary>The string for <paramref name="key"/>; a key unknown to the theme is a theme bug and throws.</summary>
    public string Get(string language, string key, params object?[] arguments)
    {
        if (!_byLanguage[language].TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"UI string \"{key}\" is not defined in theme/i18n/{language}.yml");
        }

        return arguments.Length == 0 ? value : string.Format(CultureInfo.InvariantCulture, value, arguments);
    }

    private static void Flatten(YamlMappingNode node, string prefix, string file, Dictionary<string, (string, SourceSpan)> into)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            switch (value)
            {
                case YamlMappingNode child:
                    Flatten(child, name + ".", file, into);
                    break;
                case YamlScalarNode scalar:
                    into[name] = (scalar.Value ?? "", new SourceSpan(file, (int)scalar.Start.Line, (int)scalar.Start.Column));
                    break;
            }
        }
    }
}
