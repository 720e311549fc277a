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
        var tables = new Dictionary<string, Dictionary<string, Entry>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var relative = FileOf(language);
            var path = Path.Combine(themeRoot, "i18n", language + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Add(DiagnosticCatalogue.MissingStringsFile, SourceSpan.StartOf(relative), language);
                continue;
            }

            if (YamlFile.Read(themeRoot, path, relative, diagnostics) is not { } fields)
            {
                continue;
            }

            var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
            Flatten(fields, "", table);
            tables[language] = table;
        }

        if (tables.Count != languages.Count)
        {
            return null;
        }

        // The default language's file is the list of known keys: another language may not add one (a typo, reported
        // where it is with the closest known key) nor lack one (reported at its parent's line, or at the top).
        var known = tables[languages[0]];
        var complete = true;
        foreach (var language in languages.Skip(1))
        {
            var table = tables[language];
            var suggested = new HashSet<string>(StringComparer.Ordinal);
            // A whole group unknown or missing is one error, not one per key in it.
            foreach (var (key, entry) in table.Where(e => !known.ContainsKey(e.Key) && !HasParentIn(e.Key, k => !known.ContainsKey(k))))
            {
                var suggestion = ClosestMatch.Find(key, known.Keys.Where(k => !table.ContainsKey(k)));
                diagnostics.AddWithSuggestion(DiagnosticCatalogue.UnknownStringKey, entry.KeyAt, suggestion, key, FileOf(languages[0]));
                suggested.Add(suggestion ?? "");
                complete = false;
            }

            // A key the typo above was suggested for is the same mistake: it is not reported twice.
            foreach (var key in known.Keys.Where(k => !table.ContainsKey(k) && !suggested.Contains(k) && !HasParentIn(k, p => !table.ContainsKey(p))).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalogue.MissingString, ParentAt(table, key) ?? SourceSpan.StartOf(FileOf(language)), key, FileOf(language));
                complete = false;
            }
        }

        return complete
            ? new UiStrings(tables.ToFrozenDictionary(
                t => t.Key,
                t => t.Value.Where(e => e.Value.Value is not null).ToFrozenDictionary(e => e.Key, e => e.Value.Value!, StringComparer.Ordinal),
                StringComparer.Ordinal))
            : null;
    }

    /// <summary>
    /// The string for <paramref name="key"/>; a key unknown to the theme is a theme bug and throws. A count of one
    /// takes the key's <c>_one</c> variant when the language has one ("1 product" beside "{0} products"); Vietnamese
    /// has a single form and writes both the same.
    /// </summary>
    public string Get(string language, string key, params object?[] arguments)
    {
        var table = _byLanguage[language];
        if (arguments.Length == 1 && arguments[0] is 1 or 1L && table.TryGetValue(key + "_one", out var one))
        {
            return string.Format(CultureInfo.InvariantCulture, one, arguments);
        }

        if (!table.TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"UI string \"{key}\" is not defined in theme/i18n/{language}.yml");
        }

        return arguments.Length == 0 ? value : string.Format(CultureInfo.InvariantCulture, value, arguments);
    }

    private static string FileOf(string language) => $"theme/i18n/{language}.yml";

    private static bool HasParentIn(string key, Func<string, bool> isIn)
    {
        for (var dot = key.IndexOf('.'); dot > 0; dot = key.IndexOf('.', dot + 1))
        {
            if (isIn(key[..dot]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the nearest written parent of a missing key is ("nav:" for "nav.tourism"), if any.</summary>
    private static SourceSpan? ParentAt(Dictionary<string, Entry> table, string key)
    {
        for (var dot = key.LastIndexOf('.'); dot > 0; dot = key.LastIndexOf('.', dot - 1))
        {
            if (table.TryGetValue(key[..dot], out var parent))
            {
                return parent.KeyAt;
            }
        }

        return null;
    }

    /// <summary>Nested keys become dotted names; a group is kept too (without a value) so a missing key can point at it.</summary>
    private static void Flatten(FieldReader fields, string prefix, Dictionary<string, Entry> into)
    {
        foreach (var key in fields.Keys)
        {
            var name = prefix + key;
            if (fields.HoldsFields(key))
            {
                into[name] = new Entry(null, fields.KeyAt(key));
                Flatten(fields.Child(key)!, name + ".", into);
            }
            else if (fields.Text(key) is { } value)
            {
                into[name] = new Entry(value, fields.KeyAt(key));
            }
        }
    }

    private sealed record Entry(string? Value, SourceSpan KeyAt);
}
