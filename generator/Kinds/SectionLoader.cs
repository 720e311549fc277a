using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Kinds;

/// <summary>
/// Reads one section for a kind, and gathers what every section adds: the bundle files pages use, documents that could
/// not be read, drafts, their files and their sources.
/// </summary>
public sealed class SectionLoader(SectionScanner scanner, SiteConfig site, RatingRules rules, DiagnosticBag diagnostics, DocumentMemo? memo = null)
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
        var documents = reader.LoadAll(sources, site.DefaultLanguage, diagnostics, unreadable, drafts, memo);
        Unreadable.UnionWith(unreadable.Select(slug => new DocumentId(reader.Section, slug)));
        Drafts.UnionWith(drafts.Select(slug => new DocumentId(reader.Section, slug)));
        // Only what a page uses is published; every other file of its bundle stays in the content folder.
        Files.AddRange(sources.SelectMany(s => s.UsedFiles));
        foreach (var source in sources)
        {
            Fingerprints[new DocumentId(reader.Section, source.Slug)] = source.Fingerprint;
        }
        var draftDocuments = sources.Where(s => drafts.Contains(s.Slug)).ToList();
        DraftFiles.UnionWith(draftDocuments.SelectMany(s => s.UsedFiles).Select(f => f.ContentPath));
        DraftSources.UnionWith(draftDocuments.SelectMany(s => s.Translations.Values.Append(s.Original)).Select(f => f.RelativePath));
        return documents;
    }
}
