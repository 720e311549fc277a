using System.Collections.Concurrent;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// What a long-running process (<c>serve</c>) found in each section folder and each bundle in its previous rebuild
/// (<see cref="SectionScanner"/>), with the entries of every folder it looked in, as its <see cref="FolderListing"/>
/// gave them. <c>serve</c>'s listing lists a folder again only when its watcher named it (or everything, when the
/// watcher lost track), so a folder listed with the very same entries is a folder nothing was saved in. A section whose
/// folders are all listed as they were is taken as found, with its messages; in a section that changed, a bundle whose
/// folders are listed as they were is taken as found. Each document taken so keeps its fingerprint, the hash of its
/// files (<see cref="DocumentSource.Fingerprint"/>). At 20,000 products, scanning every section and hashing every
/// document took about 250 ms of CPU of each rebuild (BENCHMARKS.md, session 39). Only for the same content folder and
/// languages; one build at a time.
/// </summary>
public sealed class SectionMemo
{
    private string _scannedWith = "";
    private readonly ConcurrentDictionary<string, FoundSection> _sections = new(StringComparer.Ordinal);

    /// <summary>How many sections the last build took as found.</summary>
    public int SectionsTaken => _sectionsTaken;

    /// <summary>How many bundles the last build took as found, in the sections it scanned again.</summary>
    public int BundlesTaken => _bundlesTaken;

    private int _sectionsTaken;
    private int _bundlesTaken;

    /// <summary>Starts a build that scans <paramref name="root"/> for <paramref name="languages"/>: what was found with others is forgotten.</summary>
    public void Begin(string root, IReadOnlyList<string> languages)
    {
        var with = $"{root}\n{string.Join('\n', languages)}";
        if (with != _scannedWith)
        {
            _sections.Clear();
            _scannedWith = with;
        }

        _sectionsTaken = 0;
        _bundlesTaken = 0;
    }

    /// <summary>The section as last found, when its folder is listed with <paramref name="entries"/> as then and so is every folder of its bundles.</summary>
    internal FoundSection? Unchanged(string section, IReadOnlyList<ListedEntry> entries, FolderListing listing)
    {
        if (!_sections.TryGetValue(section, out var found) || !ReferenceEquals(found.Entries, entries) || !FoundBundle.IsListedAsIn(found.Listed, listing))
        {
            return null;
        }

        Interlocked.Increment(ref _sectionsTaken);
        return found;
    }

    /// <summary>The bundle at <paramref name="directory"/> as last found, when every folder of it is listed as then.</summary>
    internal FoundBundle? Unchanged(string section, string directory, FolderListing listing)
    {
        if (!_sections.TryGetValue(section, out var found) || !found.Bundles.TryGetValue(directory, out var bundle) || !bundle.IsListedAsIn(listing))
        {
            return null;
        }

        Interlocked.Increment(ref _bundlesTaken);
        return bundle;
    }

    /// <summary>Keeps what this build found in a section, in place of what the last one found.</summary>
    internal void Found(string section, FoundSection found) => _sections[section] = found;
}

/// <summary>
/// A section as found: its folder's entries as listed, every folder its bundles' walks listed with their entries, the
/// bundles it may take again (those found without a message or a link), the documents in slug order and every message
/// the scan gave.
/// </summary>
internal sealed record FoundSection(IReadOnlyList<ListedEntry> Entries, IReadOnlyList<(string Folder, IReadOnlyList<ListedEntry> Entries)> Listed, IReadOnlyDictionary<string, FoundBundle> Bundles, IReadOnlyList<DocumentSource> Documents, IReadOnlyList<Diagnostic> Messages);

/// <summary>A bundle as found: every folder its walk listed, with the entries listed, and its document.</summary>
internal sealed record FoundBundle(IReadOnlyList<(string Folder, IReadOnlyList<ListedEntry> Entries)> Listed, DocumentSource Source)
{
    /// <summary>
    /// Whether each of its folders is listed with the very same entries. They are asked in the order the walk listed
    /// them, a folder before those inside it: a folder removed or added is named by the watcher, which has the folder
    /// holding it listed again, so the answer is known before a folder that is gone is asked for.
    /// </summary>
    public bool IsListedAsIn(FolderListing listing) => IsListedAsIn(Listed, listing);

    /// <inheritdoc cref="IsListedAsIn(FolderListing)"/>
    public static bool IsListedAsIn(IReadOnlyList<(string Folder, IReadOnlyList<ListedEntry> Entries)> listed, FolderListing listing)
    {
        try
        {
            foreach (var (folder, entries) in listed)
            {
                if (!ReferenceEquals(listing.Entries(folder), entries))
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Scanned again, which reports it.
            return false;
        }

        return true;
    }
}
