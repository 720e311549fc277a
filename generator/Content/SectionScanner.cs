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
/// <param name="sections">The preview server's memory of what it found (<see cref="SectionMemo"/>): a section or bundle
/// whose folders its listing lists as they were is taken as found.</param>
public sealed partial class SectionScanner(string contentRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics, DocumentMemo? memo = null, FolderListing? listing = null, SectionMemo? sections = null)
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

        var isLink = folderReal != Path.Combine(rootReal, section);
        if (isLink)
        {
            listing?.SawLink();
        }

        // The section's own entries, from this build's listing when it has one (the bundles it walked are these).
        var entries = listing?.Entries(folder) ?? FolderListing.Read(folder);

        // What the last rebuild found is only known by the listing's entries (not for a section folder that is a link:
        // a watcher names what changes in it by its target's path).
        var found = listing is null || isLink ? null : sections;
        if (found?.Unchanged(section, entries, listing!) is { } unchanged)
        {
            diagnostics.AddRange(unchanged.Messages);
            return [.. unchanged.Documents.Select(document => document.Again())];
        }

        var own = new DiagnosticBag();
        var items = new List<Found>();
        var flatByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var flatFiles = entries
            .Where(e => e.Kind != FileKind.Directory && e.Path.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .Where(e => IsInsideRoot(e.Path, e.IsLink, own))
            .Select(e => (File: e.Path, e.Kind, e.Stamp, Split: SplitLanguage(Path.GetFileNameWithoutExtension(Nfc(e.Path)), e.Path, own)))
            .Where(f => f.Split.Name is not null)
            .ToList();
        var flatSources = flatFiles.AsParallel().AsOrdered().Select(f => Read(f.File, f.Kind, f.Stamp, own)).ToList();
        for (var i = 0; i < flatFiles.Count; i++)
        {
            var (name, language) = flatFiles[i].Split;
            if (!flatByName.TryGetValue(name!, out var index))
            {
                index = items.Count;
                flatByName[name!] = index;
                items.Add(new Found(name!, null, new Dictionary<string, SourceFile>(StringComparer.Ordinal), null, []));
            }

            if (flatSources[i] is not { } source)
            {
                continue;
            }

            if (language is null)
            {
                items[index] = items[index] with { Original = source };
            }
            else
            {
                items[index].Translations[language] = source;
            }
        }

        // Bundles are read on every core (a national catalogue has tens of thousands); their order is kept.
        items.AddRange(entries.Where(e => e.Kind == FileKind.Directory).OrderBy(e => e.Path, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(e => !e.IsLink && found?.Unchanged(section, e.Path, listing!) is { } bundle
                ? new Found(bundle.Source.Slug, bundle.Source.Original, [], bundle.Source.BundleFolder, []) { Directory = e.Path, Listed = bundle.Listed, Clean = true, Known = bundle.Source }
                : ScanBundle(e.Path, e.IsLink, folderReal, own, remember: found is not null))
            .Where(b => b is not null)
            .Select(b => b!)
            .ToList());

        var documents = new List<DocumentSource>();
        var bySlug = new Dictionary<string, DocumentSource>(StringComparer.Ordinal);
        var bundles = new Dictionary<string, FoundBundle>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var document = item.Known is { } known ? known.Again() : Make(section, item, own);
            if (document is null)
            {
                continue;
            }

            if (bySlug.TryGetValue(document.Slug, out var existing))
            {
                own.Add(DiagnosticCatalogue.DuplicateOutputPath, SourceSpan.StartOf(document.Original.RelativePath), document.Original.RelativePath, existing.Original.RelativePath);
                continue;
            }

            bySlug[document.Slug] = document;
            documents.Add(document);
            if (item is { Directory: { } directory, Listed: { } listed, Clean: true })
            {
                bundles[directory] = new FoundBundle(listed, document);
            }
        }

        var sorted = documents.OrderBy(d => d.Slug, StringComparer.Ordinal).ToList();
        var messages = own.ToSortedList();
        diagnostics.AddRange(messages);
        // Every folder the bundles' walks listed, whatever they held: a file saved in any of them changes the section.
        found?.Found(section, new FoundSection(entries, [.. items.SelectMany(item => item.Listed ?? [])], bundles, sorted, messages));
        return sorted;
    }

    /// <summary>The document of what was found under one name; null, with the reason, when there is none.</summary>
    private static DocumentSource? Make(string section, Found item, DiagnosticBag bag)
    {
        var (name, original, translations, bundle, files) = item;
        if (original is null)
        {
            foreach (var orphan in translations.Values)
            {
                var expected = bundle is null ? $"{name}.md" : "index.md";
                bag.Add(DiagnosticCatalogue.TranslationWithoutOriginal, SourceSpan.StartOf(orphan.RelativePath), expected);
            }

            return null;
        }

        var slug = Slugifier.Slugify(name);
        if (slug.Length == 0)
        {
            bag.Add(DiagnosticCatalogue.EmptySlug, SourceSpan.StartOf(original.RelativePath), name);
            return null;
        }

        return new DocumentSource(section, slug, original, translations, bundle, files);
    }

    /// <summary>
    /// What was found under one name: a flat file and its translations, or a bundle folder (<see cref="Directory"/>)
    /// with its files, and, with a <see cref="SectionMemo"/>, the folders its walk listed (<see cref="Listed"/>). A
    /// bundle found with no message and no link (<see cref="Clean"/>) may be taken as found by the next rebuild; one
    /// taken so has its document (<see cref="Known"/>).
    /// </summary>
    private sealed record Found(string Name, SourceFile? Original, Dictionary<string, SourceFile> Translations, string? Bundle, List<ContentFile> Files)
    {
        public string? Directory { get; init; }

        public IReadOnlyList<(string Folder, IReadOnlyList<ListedEntry> Entries)>? Listed { get; init; }

        public bool Clean { get; init; }

        public DocumentSource? Known { get; init; }
    }

    /// <summary>
    /// One bundle folder: its index.md, translations and files; null when it holds no document. Each entry is looked at
    /// once (<see cref="ContentTree.Files"/>): a national catalogue has tens of thousands of bundles, and every extra
    /// call per file was seconds of system time. With <paramref name="remember"/>, the folders its walk listed are kept,
    /// and whether it gave no message and met no link.
    /// </summary>
    private Found? ScanBundle(string directory, bool isLink, string folderReal, DiagnosticBag bag, bool remember)
    {
        if (!IsInsideRoot(directory, isLink, bag))
        {
            return null;
        }

        var own = remember ? new DiagnosticBag() : bag;
        var listed = remember ? new List<(string, IReadOnlyList<ListedEntry>)>() : null;
        var name = Path.GetFileName(Nfc(directory));
        var bundle = Relative(directory);
        SourceFile? original = null;
        var translations = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var files = new List<ContentFile>();
        var loops = new List<string>();
        var outside = new List<string>();
        // A bundle that is not a link is where the scan found it: its real path needs no resolving.
        var real = isLink ? null : Path.Combine(folderReal, Path.GetFileName(directory));
        var walked = ContentTree.Files(directory, loops.Add, real, _rootReal.Value, outside.Add, listing, listed is null ? null : (folder, entries) => listed.Add((folder, entries)));
        foreach (var entry in walked.OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            var (file, kind, fileIsLink) = entry;
            if (!IsInsideRoot(file, fileIsLink, own))
            {
                continue;
            }

            var fileName = Path.GetFileName(Nfc(file));
            if (fileName.StartsWith('.') || !IsUsable(file, kind, own))
            {
                continue;
            }

            if (Path.GetDirectoryName(file.AsSpan()).SequenceEqual(directory) && fileName.EndsWith(".md", StringComparison.Ordinal))
            {
                var (stem, language) = SplitLanguage(Path.GetFileNameWithoutExtension(fileName), file, own);
                if (stem != "index")
                {
                    continue;
                }

                var source = Read(file, kind, entry.Stamp, own);
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
            own.Add(DiagnosticCatalogue.LinkLoop, SourceSpan.StartOf(Relative(loop)), Relative(loop));
        }

        foreach (var link in outside.Order(StringComparer.Ordinal))
        {
            own.Add(DiagnosticCatalogue.PathOutsideBundle, SourceSpan.StartOf(Relative(link)), Relative(link));
        }

        var clean = false;
        if (listed is not null)
        {
            var messages = own.ToSortedList();
            bag.AddRange(messages);
            clean = !isLink && messages.Count == 0 && !listed.Any(folder => folder.Item2.Any(e => e.IsLink));
        }

        // A folder without a document is kept too, with what its walk listed: a document saved in it changes the section.
        return new Found(name, original, translations, bundle, files) { Directory = directory, Listed = listed, Clean = clean };
    }

    private (string? Name, string? Language) SplitLanguage(string stem, string file, DiagnosticBag bag)
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
            bag.Add(DiagnosticCatalogue.UnknownLanguage, SourceSpan.StartOf(Relative(file)), language, string.Join(", ", languages));
            return (null, null);
        }

        return (match.Groups["name"].Value, language);
    }

    private SourceFile? Read(string file, FileKind kind, FileStamp? stamp, DiagnosticBag bag)
    {
        if (memo?.Known(file, stamp) is { } known)
        {
            return known;
        }

        var read = SourceFile.TryRead(_root, file, Relative(file), bag, kind);
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
    private bool IsUsable(string file, FileKind kind, DiagnosticBag bag)
    {
        if (kind == FileKind.Special)
        {
            bag.Add(DiagnosticCatalogue.NotARegularFile, SourceSpan.StartOf(Relative(file)), Relative(file));
            return false;
        }

        return true;
    }

    /// <summary>A symbolic link that points outside the content folder is refused, never followed; one that loops is reported.</summary>
    private bool IsInsideRoot(string path, bool isLink, DiagnosticBag bag)
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
            bag.Add(DiagnosticCatalogue.LinkLoop, SourceSpan.StartOf(Relative(path)), Relative(path));
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

        bag.Add(DiagnosticCatalogue.PathOutsideBundle, SourceSpan.StartOf(Relative(path)), Relative(path));
        return false;
    }

    private string Relative(string path) => Nfc(Path.GetRelativePath(_root, path)).Replace('\\', '/');

    private static string Nfc(string path) => Parsing.TextHygiene.Normalize(path, NormalizationForm.FormC);

    [GeneratedRegex(@"^(?<name>.+)\.(?<lang>[a-z]{2,3})$")]
    private static partial Regex LanguageSuffix();
}
