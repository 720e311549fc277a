using System.Collections.Frozen;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Content.Glossaries;

/// <summary>
/// Reads <c>content/glossary.&lt;lang&gt;.yml</c> strictly: one "Vietnamese term: translation" line per entry, each term
/// written exactly as a value of the content that the glossary translates (<see cref="TranslatableValues"/>), so a typo
/// or a stale entry is an error at its line rather than a silent leftover on an English page.
/// </summary>
public static class GlossaryReader
{
    public const string FilePrefix = "glossary.";

    public static Glossary Read(string contentRoot, SiteConfig site, TranslatableValues values, DiagnosticBag diagnostics)
    {
        var languages = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(contentRoot, FilePrefix + "*.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var language = name[FilePrefix.Length..^".yml".Length];
            if (!site.Languages.Contains(language) || language == site.DefaultLanguage)
            {
                diagnostics.Add(DiagnosticCatalogue.GlossaryLanguageUnknown, SourceSpan.StartOf(name), name, language);
                continue;
            }

            if (SourceFile.TryRead(contentRoot, path, name, diagnostics) is not { } source)
            {
                continue;
            }

            var text = TextHygiene.Clean(source.Text, name, firstLine: 1, diagnostics);
            // A list or a lone line instead of "term: translation" lines is the glossary's own error, said in its words.
            var parsing = new DiagnosticBag();
            var mapping = YamlFields.ParseMapping(text, name, lineOffset: 0, parsing);
            foreach (var diagnostic in parsing.ToSortedList())
            {
                diagnostics.Add(diagnostic.Code == DiagnosticCatalogue.NotAMapping.Code ? diagnostic with { Descriptor = DiagnosticCatalogue.GlossaryNotMapping } : diagnostic);
            }

            if (mapping is null)
            {
                continue;
            }

            var fields = new FieldReader(mapping, name, 0, diagnostics);
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } term })
                {
                    diagnostics.Add(DiagnosticCatalogue.GlossaryNotMapping, fields.Span(key));
                    continue;
                }

                if (value is not YamlScalarNode { Value: { } translation } || FieldReader.Clean(translation).Length == 0)
                {
                    diagnostics.Add(DiagnosticCatalogue.GlossaryEntryNotText, fields.Span(value), term);
                    continue;
                }

                var clean = FieldReader.Clean(term);
                if (!values.All.Contains(clean))
                {
                    diagnostics.AddWithSuggestion(DiagnosticCatalogue.GlossaryTermUnknown, fields.Span(key), ClosestMatch.Find(clean, values.All), clean);
                    continue;
                }

                terms[clean] = FieldReader.Clean(translation);
            }

            languages[language] = terms.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new Glossary(languages);
    }
}
