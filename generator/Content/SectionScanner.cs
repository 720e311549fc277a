using System.Text;
using System.Text.RegularExpressions;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// Finds the documents of one section folder: <c>slug.md</c> / <c>slug.en.md</c>, or a bundle
/// <c>slug/index.md</c> / <c>slug/index.en.md</c> with its files. File names are folded to NFC first,
/// so a folder written by macOS (NFD) is the same folder.
/// </summary>
/// <param name="memo">The preview server's memory of the files it read: one unchanged since is not read again.</param>
/// <param name="listing">The folders this build has read already (its inputs' walk), not read again.</param>
public sealed partial class SectionScanner(string contentRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics, DocumentMemo? memo = null, FolderListing? listing = null)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
    private readonly Lazy<string?> _rootReal = new(() => ContentTree.RealPath(Path.GetFullPath(contentRoot)));

    public IReadOnlyList<DocumentSource> Scan(string section)
    {
        var folder = Path.Combine(_root, section);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // A section folder that is a link must stay inside the content folder, like any other.
        var folderReal = ContentTree.RealPath(folder);
        if (folderReal is null || _rootReal.Value is not { } rootReal || !ContentTree.IsWithin(folderReal, rootReal))
        {
            diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, SourceSpan.StartOf(section), section);
            return [];
        }

        if (folderReal != Path.Combine(rootReal, section))
        {
            listing?.SawLink();
        }

        var found = new List<(string Name, SourceFile? Original, Dictionary<string, SourceFile> Translations, string? Bundle, List<ContentFile> Files)>();
        var flatByName = new Dictionary<string, int>(StringComparer.Ordinal);

        // The section's own entries, from this build's listing when it has one (the bundles it walked are these).
        var entries = listing?.Entries(folder) ?? FolderListing.Read(folder);
        var flatFiles = entries
            .Where(e => e.Kind != FileKind.Directory && e.Path.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .Where(e => IsInsideRoot(e.Path, e.IsLink))
            .Select(e => (File: e.Path, e.Kind, e.Stamp, Split: SplitLanguage(Path.GetFileNameWithoutExtension(Nfc(e.Path)), e.Path)))
            .Where(f => f.Split.Name is not null)
            .ToList();
        var flatSources = flatFiles.AsParallel().AsOrdered().Select(f => Read(f.File, f.Kind, f.Stamp)).ToList();
        for (var i = 0; i < flatFiles.Count; i++)
        {
            var (name, language) = flatFiles[i].Split;
            if (!flatByName.TryGetValue(name!, out var index))
            {
                index = found.Count;
                flatByName[name!] = index;
                found.Add((name!, null, new Dictionary<string, SourceFile>(StringComparer.Ordinal), null, []));
            }

            if (flatSources[i] is not { } source)
            {
                continue;
            }

            if (language is null)
            {
                found[index] = found[index] with { Original = source };
            }
            else
            {
                found[index].Translations[language] = source;
            }
        }

        // Bundles are read on every core (a national catalogue has tens of thousands); their order is kept.
        found.AddRange(entries.Where(e => e.Kind == FileKind.Directory).OrderBy(e => e.Path, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(e => ScanBundle(e.Path, e.IsLink, folderReal))
            .Where(b => b is not null)
            .Select(b => b!.Value)
            .ToList());

        var documents = new List<DocumentSource>();
        var bySlug = new Dictionary<string, DocumentSource>(StringComparer.Ordinal);
        foreach (var (name, original, translations, bundle, files) in found)
        {
            if (original is null)
            {
                foreach (var orphan in translations.Values)
                {
                    var expected = bundle is null ? $"{name}.md" : "index.md";
                    diagnostics.Add(DiagnosticCatalogue.TranslationWithoutOriginal, SourceSpan.StartOf(orphan.RelativePath), expected);
                }

                continue;
            }

            var slug = Slugifier.Slugify(name);
            if (slug.Length == 0)
            {
                diagnostics.Add(DiagnosticCatalogue.EmptySlug, SourceSpan.StartOf(original.RelativePath), name);
                continue;
            }

            var document = new DocumentSource(section, slug, original, translations, bundle, files);
            if (bySlug.TryGetValue(slug, out var existing))
            {
                diagnostics.Add(DiagnosticCatalogue.DuplicateOutputPath, SourceSpan.StartOf(original.RelativePath), original.RelativePath, existing.Original.RelativePath);
                continue;
            }

            bySlug[slug] = document;
            documents.Add(document);
        }

        return documents.OrderBy(d => d.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One bundle folder: its index.md, translations and files; null when it holds no document. Each entry is looked at
    /// once (<see cref="ContentTree.Files"/>): a national catalogue has tens of thousands of bundles, and every extra
    /// call per file was seconds of system time.
    /// </summary>
    private (string Name, SourceFile? Original, Dictionary<string, SourceFile> Translations, string? Bundle, List<ContentFile> Files)? ScanBundle(string directory, bool isLink, string folderReal)
    {
        if (!IsInsideRoot(directory, isLink))
        {
            return null;
        }

        var name = Path.GetFileName(Nfc(directory));
        var bundle = Relative(directory);
        SourceFile? original = null;
        var translations = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var files = new List<ContentFile>();
        var loops = new List<string>();
        var outside = new List<string>();
        // A bundle that is not a link is where the scan found it: its real path needs no resolving.
        var real = isLink ? null : Path.Combine(folderReal, Path.GetFileName(directory));
        foreach (var entry in ContentTree.Files(directory, loops.Add, real, _rootReal.Value, outside.Add, listing).OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            var (file, kind, fileIsLink) = entry;
            if (!IsInsideRoot(file, fileIsLink))
            {
                continue;
            }

            var fileName = Path.GetFileName(Nfc(file));
            if (fileName.StartsWith('.') || !IsUsable(file, kind))
            {
                continue;
            }

            if (Path.GetDirectoryName(file) == directory && fileName.EndsWith(".md", StringComparison.Ordinal))
            {
                var (stem, language) = SplitLanguage(Path.GetFileNameWithoutExtension(fileName), file);
                if (stem != "index")
                {
                    continue;
                }

                var source = Read(file, kind, entry.Stamp);
                if (source is null)
                {
                    continue;
                }

                if (language is null)
                {
                    original = source;
                }
                else
                {
                    translations[language] = source;
                }
            }
            else
            {
                files.Add(new ContentFile(Relative(file), file));
            }
        }

        foreach (var loop in loops.Order(StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalogue.LinkLoop, SourceSpan.StartOf(Relative(loop)), Relative(loop));
        }

        foreach (var link in outside.Order(StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, SourceSpan.StartOf(Relative(link)), Relative(link));
        }

        return original is not null || translations.Count > 0 ? (name, original, translations, bundle, files) : null;
    }

    private (string? Name, string? Language) SplitLanguage(string stem, string file)
    {
        var match = LanguageSuffix().Match(stem);
        if (!match.Success)
        {
            return (stem, null);
        }

        var language = match.Groups["lang"].Value;
        if (language == languages[0])
        {
            return (match.Groups["name"].Value, null);
        }

        if (!languages.Contains(language))
        {
            diagnostics.Add(DiagnosticCatalogue.UnknownLanguage, SourceSpan.StartOf(Relative(file)), language, string.Join(", ", languages));
            return (null, null);
        }

        return (match.Groups["name"].Value, language);
    }

    private SourceFile? Read(string file, FileKind kind, FileStamp? stamp)
    {
        if (memo?.Known(file, stamp) is { } known)
        {
            return known;
        }

        var read = SourceFile.TryRead(_root, file, Relative(file), diagnostics, kind);
        if (read is not null)
        {
            memo?.Remember(file, stamp, read);
        }

        return read;
    }

    /// <summary>
    /// A bundle file the build may open: a regular file (a FIFO waits forever for a writer; a device never ends) whose
    /// name leaves room for the names of its derivatives. Anything else is reported and left out.
    /// </summary>
    private bool IsUsable(string file, FileKind kind)
    {
        if (kind == FileKind.Special)
        {
            diagnostics.Add(DiagnosticCatalogue.NotARegularFile, SourceSpan.StartOf(Relative(file)), Relative(file));
            return false;
        }

        return true;
    }

    /// <summary>A symbolic link that points outside the content folder is refused, never followed; one that loops is reported.</summary>
    private bool IsInsideRoot(string path, bool isLink)
    {
        if (!isLink)
        {
            // Not a link: it is where the scan found it, under the root.
            return true;
        }

        var info = new FileInfo(path);
        FileSystemInfo? target;
        try
        {
            target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            if (target is null && Directory.Exists(path))
            {
                var dir = new DirectoryInfo(path);
                target = dir.LinkTarget is not null ? dir.ResolveLinkTarget(returnFinalTarget: true) : null;
            }
        }
        catch (IOException)
        {
            // "Too many levels of symbolic links": loop.jpg → loop.jpg, or a ring of links.
            diagnostics.Add(DiagnosticCatalogue.LinkLoop, SourceSpan.StartOf(Relative(path)), Relative(path));
            return false;
        }

        if (target is null)
        {
            return true;
        }

        var resolved = Path.GetFullPath(target.FullName);
        if (resolved.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, SourceSpan.StartOf(Relative(path)), Relative(path));
        return false;
    }

    private string Relative(string path) => Nfc(Path.GetRelativePath(_root, path)).Replace('\\', '/');

    private static string Nfc(string path) => Parsing.TextHygiene.Normalize(path, NormalizationForm.FormC);

    [GeneratedRegex(@"^(?<name>.+)\.(?<lang>[a-z]{2,3})$")]
    private static partial Regex LanguageSuffix();
}
