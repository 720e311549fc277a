using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;

namespace OcopShowcase.Kinds;

/// <summary>
/// Reads one section for a kind, and gathers what every section adds: the bundle files pages use, documents that could
/// not be read, drafts, their files and their sources.
/// </summary>
public sealed class SectionLoader(SectionScanner scanner, SiteConfig site, RatingRules rules, DiagnosticBag diagnostics)
{
    public SiteConfig Site => site;

    public RatingRules Rules => rules;

    public List<ContentFile> Files { get; } = [];

    public HashSet<DocumentId> Unreadable { get; } = [];

    public HashSet<DocumentId> Drafts { get; } = [];

    public HashSet<string> DraftFiles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DraftSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Each document's fingerprint (<see cref="ContentSet.Fingerprints"/>).</summary>
    public Dictionary<DocumentId, string> Fingerprints { get; } = [];

    public IReadOnlyList<T> Load<T>(IDocumentReader<T> reader)
    {
        var sources = scanner.Scan(reader.Section);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        var documents = reader.LoadAll(sources, site.DefaultLanguage, diagnostics, unreadable, drafts);
        Unreadable.UnionWith(unreadable.Select(slug => new DocumentId(reader.Section, slug)));
        Drafts.UnionWith(drafts.Select(slug => new DocumentId(reader.Section, slug)));
        // Only what a page uses is published; every other file of its bundle stays in the content folder.
        Files.AddRange(sources.SelectMany(s => s.UsedFiles));
        foreach (var source in sources)
        {
            Fingerprints[new DocumentId(reader.Section, source.Slug)] = FingerprintOf(source);
        }
        var draftDocuments = sources.Where(s => drafts.Contains(s.Slug)).ToList();
        DraftFiles.UnionWith(draftDocuments.SelectMany(s => s.UsedFiles).Select(f => f.ContentPath));
        DraftSources.UnionWith(draftDocuments.SelectMany(s => s.Translations.Values.Append(s.Original)).Select(f => f.RelativePath));
        return documents;
    }

    private static string FingerprintOf(DocumentSource source)
    {
        using var hash = new FingerprintBuilder();
        foreach (var file in source.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value).Prepend(source.Original))
        {
            hash.Add(file.RelativePath).Add(file.Text);
        }

        foreach (var file in source.BundleFiles.OrderBy(f => f.ContentPath, StringComparer.Ordinal))
        {
            var info = new FileInfo(file.FullPath);
            hash.Add(file.ContentPath).Add(info.Exists ? $"{info.Length}|{info.LastWriteTimeUtc.Ticks}" : "");
        }

        return hash.Finish();
    }
}
