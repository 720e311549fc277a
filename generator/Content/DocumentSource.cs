using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// One document as found on disk: its slug, its Vietnamese original, its translations and, for a page bundle,
/// the files beside it (Hugo's page-bundle convention: a product's photos live in the product's folder).
/// </summary>
public sealed record DocumentSource(
    string Section,
    string Slug,
    SourceFile Original,
    IReadOnlyDictionary<string, SourceFile> Translations,
    string? BundleFolder,
    IReadOnlyList<ContentFile> BundleFiles)
{
    /// <summary>Made when the first file is marked used: most documents of a national list use none, and each build finds them all again.</summary>
    private ConcurrentDictionary<string, ContentFile>? _used;
    private string? _fingerprint;

    /// <summary>
    /// What this document was read from: its Markdown files by path (as written and on disk) and text (by its hash, so
    /// that a file vouched for by its stamp need not be read), and its bundle
    /// files by path, size and modification time, with the head of each PDF, which reading checks (photos are decoded
    /// later, by the photo stage). Equal fingerprints read into equal documents.
    /// </summary>
    public string Fingerprint => _fingerprint ??= FingerprintOf(this);

    /// <summary>
    /// The files of this bundle its page uses, so the only ones published (<see cref="BundleFileRules"/>): those the
    /// fields listed (<see cref="ResolveFile"/>) and those the bodies link to (<see cref="UseMentionedFiles"/>).
    /// </summary>
    public IEnumerable<ContentFile> UsedFiles => _used is null ? [] : _used.Values.OrderBy(f => f.ContentPath, StringComparer.Ordinal);

    /// <summary>
    /// The same files, found again by a later build (<see cref="SectionMemo"/>): its fingerprint, when made, is kept,
    /// and none of its files is marked used yet (the build that reads or takes its document marks them).
    /// </summary>
    public DocumentSource Again() => new(Section, Slug, Original, Translations, BundleFolder, BundleFiles) { _fingerprint = _fingerprint };

    /// <summary>Its Markdown files: the original, then the translations by language.</summary>
    public IEnumerable<SourceFile> MarkdownFiles => Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value).Prepend(Original);

    /// <summary>
    /// Reads the texts of its files that a previous build's stamps vouched for (<see cref="SourceFile.Vouched"/>), before
    /// it is parsed again; false, with the reason reported at the file, when one cannot be read.
    /// </summary>
    public bool TryReadTexts(DiagnosticBag diagnostics) => MarkdownFiles.Count(file => !file.TryReadText(diagnostics)) == 0;

    /// <summary>Marks files as used, as a previous read of the same files did (<see cref="DocumentMemo"/>).</summary>
    public void Use(IEnumerable<ContentFile> files)
    {
        foreach (var file in files)
        {
            Used.TryAdd(file.ContentPath, file);
        }
    }

    /// <summary>Marks the photos and documents the bodies of this document name as used.</summary>
    public void UseMentionedFiles(IReadOnlyCollection<MarkdownBody> bodies)
    {
        if (BundleFolder is null)
        {
            return;
        }

        foreach (var file in BundleFileRules.MentionedIn(BundleFiles.Where(f => _used?.ContainsKey(f.ContentPath) != true), BundleFolder, bodies))
        {
            Used.TryAdd(file.ContentPath, file);
        }
    }

    /// <summary>
    /// Resolves a file name written in front matter to a file of this bundle that may be published as <paramref name="use"/>,
    /// reporting why when it cannot.
    /// </summary>
    public BundleFile? ResolveFile(string name, SourceSpan at, DiagnosticBag diagnostics, BundleFileUse use = BundleFileUse.Photo)
    {
        var normalized = SourceFile.Normalize(name).Trim();
        if (normalized.Split('/').Contains("..") || normalized.StartsWith('/') || normalized.Contains('\\'))
        {
            diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, at, name);
            return null;
        }

        var prefix = BundleFolder is null ? Original.Folder : BundleFolder;
        var contentPath = string.IsNullOrEmpty(prefix) ? normalized : prefix + "/" + normalized;
        var file = BundleFolder is null ? null : BundleFiles.FirstOrDefault(f => f.ContentPath == contentPath);
        if (file is null)
        {
            var names = BundleFiles.Select(f => f.ContentPath[(prefix.Length + 1)..]);
            diagnostics.AddWithSuggestion(DiagnosticCatalogue.FileNotFound, at, ClosestMatch.Find(normalized, names), name);
            return null;
        }

        if (!BundleFileRules.Check(file, normalized, use, at, diagnostics))
        {
            return null;
        }

        Used.TryAdd(file.ContentPath, file);
        return new BundleFile(normalized, contentPath, at);
    }

    private ConcurrentDictionary<string, ContentFile> Used => LazyInitializer.EnsureInitialized(ref _used, () => new(StringComparer.Ordinal));

    private static string FingerprintOf(DocumentSource source)
    {
        using var hash = new Output.FingerprintBuilder();
        foreach (var file in source.MarkdownFiles)
        {
            hash.Add(file.RelativePath).Add(file.FullPath).Add(file.TextHash);
        }

        foreach (var file in source.BundleFiles.OrderBy(f => f.ContentPath, StringComparer.Ordinal))
        {
            var info = new FileInfo(file.FullPath);
            hash.Add(file.ContentPath).Add(file.FullPath).Add(info.Exists ? $"{info.Length}|{info.LastWriteTimeUtc.Ticks}" : "");
            if (BundleFileRules.IsDocument(file.ContentPath))
            {
                hash.Add(BundleFileRules.Head(file.FullPath));
            }
        }

        return hash.Finish();
    }
}
