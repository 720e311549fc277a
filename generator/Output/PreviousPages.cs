using System.Collections.Concurrent;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// The memory that makes builds incremental: for every page of the last successful build, the key of everything it
/// was made from (its values, site values, layout, theme, generator, base URL), the site-rooted addresses its
/// templates linked to with what each led to, and where its bytes are. A page is taken as it is instead of rendered
/// again when its key did not change and every address it linked to still leads to the same target: adding or
/// removing a page re-renders the lists that show it (their values change) and the pages that link to its address,
/// not the rest, and a page linking to a removed address is rendered again, so the link check reports it.
/// <para>On disk (<c>build</c>): a manifest in <c>.cache/pages/</c> (<see cref="ManifestFile"/>), the bytes in the output folder itself.
/// In memory (<c>serve</c>): the bytes of the last build, kept between rebuilds.</para>
/// <para>Site-wide parts made from a key of their own (the search index of each language, from its documents) are
/// remembered the same way, by key and files (<see cref="ReuseFiles"/>).</para>
/// <para>The addresses are kept once, in a table; a page holds their positions in it (a national catalogue's pages
/// link to tens of thousands of addresses, most of them shared by every page of a language). So are what pages read
/// (<c>SiteReads</c> tokens), each with its fingerprint when the table was made: a build fingerprints each token once
/// (<see cref="CompareReads"/>), and a page whose frame key is the same and none of whose reads changed is taken
/// without drafting it, checked in one pass over its positions.</para>
/// </summary>
public sealed partial class PreviousPages
{
    private readonly string? _manifest;
    private readonly string? _siteFolder;
    private readonly bool _keepBytes;
    /// <summary>The head of the manifest on disk (<c>build</c>), until its tables are read (<see cref="ReadPages"/>).</summary>
    private ManifestFile.Head? _head;
    // Replaced whole by each commit and only read in between (from many threads); a plain dictionary, since freezing
    // 85,000 entries on every rebuild of serve cost more than its faster lookups saved.
    private Dictionary<string, Entry> _entries;
    private LinkedAddress[] _addresses;
    private bool[]? _unchanged;

    /// <summary>What the previous build's pages read, each token once, with its fingerprint then; pages hold positions.</summary>
    private string[] _readTokens;
    private string[] _readPrints;
    private bool[]? _readChanged;
    private Func<string, string>? _printOf;
    private ConcurrentDictionary<string, Entry> _kept = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Made> _made = new(StringComparer.Ordinal);

    /// <summary>
    /// Every address the pages of this build linked to, each once, by a number of its own: a page keeps the numbers
    /// (85,000 pages of a national catalogue each linking to about a hundred addresses kept their own copies of the
    /// strings, 1.2 GiB).
    /// </summary>
    private ConcurrentDictionary<LinkedAddress, int> _linkIds = new();
    private ConcurrentDictionary<int, LinkedAddress> _linksById = new();
    private int _nextLinkId;
    private Dictionary<string, Derived> _derived;
    private PartNames? _partNames;
    private ConcurrentDictionary<string, Derived> _nextDerived = new(StringComparer.Ordinal);
    private int _reused;
    private Func<string, long, bool>? _holds;

    /// <summary>Fingerprinting a list can wait on another thread sorting it: no more threads than cores.</summary>
    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private PreviousPages(string? manifest, string? siteFolder, bool keepBytes, ManifestFile.Head? head = null)
    {
        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _addresses = [];
        _readTokens = [];
        _readPrints = [];
        _derived = new Dictionary<string, Derived>(StringComparer.Ordinal);
        _head = head;
        _manifest = manifest;
        _siteFolder = siteFolder;
        _keepBytes = keepBytes;
    }

    /// <summary>Remembers nothing: every page is rendered.</summary>
    public static PreviousPages None() => new(null, null, keepBytes: false);

    /// <summary>For <c>serve</c>: keeps the last build's bytes in memory.</summary>
    public static PreviousPages InMemory() => new(null, null, keepBytes: true);

    /// <summary>
    /// For <c>build</c>: the manifest of the site in <paramref name="outputDirectory"/>, kept under
    /// <paramref name="cacheDirectory"/>. Only its head is parsed (enough for a no-op build); <see cref="ReadPages"/>
    /// reads the rest.
    /// </summary>
    public static PreviousPages OnDisk(string outputDirectory, string cacheDirectory)
    {
        var site = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        var manifest = CacheFileOf(outputDirectory, cacheDirectory, ManifestFile.Extension);
        return new PreviousPages(manifest, site, keepBytes: false, ManifestFile.ReadHead(manifest));
    }

    /// <summary>Where a file about the site in <paramref name="outputDirectory"/> is kept under <paramref name="cacheDirectory"/> (its manifest, its listing's memo).</summary>
    public static string CacheFileOf(string outputDirectory, string cacheDirectory, string extension)
        => Path.Combine(cacheDirectory, Fingerprint.Of(Path.GetFullPath(outputDirectory.TrimEnd('/', '\\')))[..16] + extension);

    /// <summary>
    /// Reads the previous build's pages, addresses and reads from the manifest, once a build is needed. Tables that do
    /// not read leave nothing to take: every page is made again.
    /// </summary>
    public void ReadPages()
    {
        if (_head is not { Bytes.Length: > 0 } head)
        {
            return;
        }

        if (ManifestFile.ReadTables(head) is { } tables)
        {
            (_entries, _addresses, _derived, _readTokens, _readPrints) = (tables.Entries, tables.Addresses, tables.Derived, tables.Reads, tables.ReadPrints);
            // Most pages are kept: sized for all of them (85,000 in a national catalogue), not grown a table at a time.
            _kept = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount, _entries.Count, StringComparer.Ordinal);
        }

        _head = head with { Bytes = ReadOnlyMemory<byte>.Empty };
        SealedFile.Release(head.Bytes);
    }

    /// <summary>
    /// How this build finds whether the site in place still holds a page or file the previous build made (a relative
    /// path, and the length it had): the output's listing when the site is updated in place
    /// (<see cref="StagedSite.Holds"/>, no system call per file), by default an <c>lstat</c> of each, length compared.
    /// A link in a file's place is never taken as it.
    /// </summary>
    public void FindFilesWith(Func<string, long, bool> holds) => _holds = holds;

    private bool Holds(string path, long length)
        => _holds is { } holds ? holds(path, length) : PlainFiles.HasLength(Path.Combine(_siteFolder!, path), length);

    /// <summary>Whether a previous build left a site and its manifest: only then can this build be a no-op.</summary>
    public bool HasSite => _head is not null && _siteFolder is not null && Directory.Exists(_siteFolder);

    /// <summary>How many files the previous build published (0 without a manifest): what a build of the same site will publish, about.</summary>
    public int LastFileCount => _head?.Files ?? 0;

    /// <summary>
    /// Whether the site in the output folder was built from exactly these inputs (see <c>BuildPipeline</c>): then
    /// there is nothing to do, and <paramref name="last"/> tells what that build reported.
    /// </summary>
    public bool IsUpToDate(string inputs, out (int Pages, int Files, IReadOnlyList<Diagnostic> Warnings) last)
    {
        last = (0, 0, []);
        if (!HasSite || inputs.Length == 0 || _head!.Inputs != inputs)
        {
            return false;
        }

        var catalogue = DiagnosticCatalogue.All.ToDictionary(d => d.Code, StringComparer.Ordinal);
        last = (_head.Pages, _head.Files, _head.Warnings
            .Where(w => catalogue.ContainsKey(w.Code))
            .Select(w => new Diagnostic(catalogue[w.Code], new SourceSpan(w.File, w.Line, w.Column), w.Arguments, w.Suggestion))
            .ToList());
        return true;
    }

    /// <summary>How many pages the current build took from the previous one.</summary>
    public int Reused => _reused;

    /// <summary>
    /// Before the pages of a build: <paramref name="targetOf"/> tells what each address leads to in this build (null:
    /// nothing), so that a page is used again only if every address it linked to leads where it did.
    /// </summary>
    public void CompareLinks(Func<string, string?> targetOf)
        => _unchanged = Array.ConvertAll(_addresses, linked => (targetOf(linked.Address) ?? LinkedAddress.Nothing) == linked.Target);

    /// <summary>
    /// Before the pages of a build: <paramref name="printOf"/> is the fingerprint of a read in this build; each token
    /// the previous build's pages read is compared once with its fingerprint then (on both cores: a token of a list is
    /// fingerprinted from its members), so that a page is checked by its positions alone.
    /// </summary>
    public void CompareReads(Func<string, string> printOf)
    {
        var changed = new bool[_readTokens.Length];
        Parallel.For(0, changed.Length, Workers, i => changed[i] = printOf(_readTokens[i]) != _readPrints[i]);
        (_readChanged, _printOf) = (changed, printOf);
    }

    /// <summary>
    /// The page as the previous build made it, when it was made from the same key and every address it linked to
    /// leads to the same target (<see cref="CompareLinks"/>); null means render it.
    /// </summary>
    public OutputFile? Reuse(string path, string key, StoredReads? reads = null, IReadOnlyCollection<LinkedAddress>? looked = null)
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.Key != key)
        {
            return null;
        }

        if (FileOf(path, entry) is not { } file)
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        if (reads is null)
        {
            _kept[path] = entry with { Reads = null };
        }
        else
        {
            // The same values from other reads (a sibling's price changed, not shown here): the next build compares
            // with these reads, and the addresses they looked up.
            _made[path] = new Made(entry.Key, entry.Length, entry.Bytes, entry.Links.Select(i => IdOf(_addresses[i])).Concat((looked ?? []).Select(IdOf)).Distinct().ToArray(), reads);
        }

        return file;
    }

    /// <summary>
    /// The page as the previous build made it, known unchanged without drafting it: its frame has the same key now
    /// (<paramref name="frameKeyOf"/>), nothing it read has another fingerprint (<see cref="CompareReads"/>), and every
    /// address it linked to or looked up leads where it did. Null means draft it.
    /// </summary>
    public OutputFile? ReuseUndrafted(string path, Func<string> frameKeyOf)
    {
        var changed = _readChanged ?? throw new InvalidOperationException("Compare the reads before reusing pages.");
        if (!_entries.TryGetValue(path, out var entry) || entry.Reads is not { } reads || AnyChanged(reads.Positions, changed) || frameKeyOf() != reads.Key
            || FileOf(path, entry) is not { } file)
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        _kept[path] = entry;
        return file;
    }

    private static bool AnyChanged(int[] positions, bool[] changed)
    {
        foreach (var position in positions)
        {
            if (changed[position])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The previous build's file of a page, when every address it linked to still leads where it did and the file is there.</summary>
    private OutputFile? FileOf(string path, Entry entry)
    {
        var unchanged = _unchanged ?? throw new InvalidOperationException("Compare the links before reusing pages.");
        foreach (var link in entry.Links)
        {
            if (!unchanged[link])
            {
                return null;
            }
        }

        if (entry.Bytes is not null)
        {
            return OutputFile.FromBytes(path, entry.Bytes);
        }

        return _siteFolder is not null && Holds(path, entry.Length)
            ? OutputFile.Cached(path, Path.Combine(_siteFolder, path))
            : null;
    }

    /// <summary>
    /// The files a site-wide part (<paramref name="part"/>: a search index, or one of its shards) was made of by the
    /// previous build, when it was made from the same key and every file is still there; null means make them. The
    /// parts named under it ("search/vi/t/che" under "search/vi") are kept with it.
    /// </summary>
    public IReadOnlyList<OutputFile>? ReuseFiles(string part, string key)
    {
        if (!_derived.TryGetValue(part, out var derived) || derived.Key != key)
        {
            return null;
        }

        var files = new List<OutputFile>(derived.Files.Length);
        foreach (var file in derived.Files)
        {
            if (file.Bytes is not null)
            {
                files.Add(OutputFile.FromBytes(file.Path, file.Bytes));
            }
            else if (_siteFolder is not null && Holds(file.Path, file.Length))
            {
                files.Add(OutputFile.Cached(file.Path, Path.Combine(_siteFolder, file.Path)));
            }
            else
            {
                return null;
            }
        }

        _nextDerived[part] = derived;
        // The parts made within it (a search index's shards and chunks, under its folder's name) are kept with it, for
        // the build that makes it again. They are found in the parts' names in order: an index made again asks for each
        // of its thousands of parts, and scanning every part's name for each took millions of comparisons.
        var within = part + "/";
        var names = PartNamesInOrder();
        var first = Array.BinarySearch(names, within, StringComparer.Ordinal);
        for (var i = first < 0 ? ~first : first; i < names.Length && names[i].StartsWith(within, StringComparison.Ordinal); i++)
        {
            _nextDerived.TryAdd(names[i], _derived[names[i]]);
        }

        return files;
    }

    /// <summary>The names of the last build's parts, in ordinal order; sorted once per build, by whichever thread asks first.</summary>
    private string[] PartNamesInOrder()
    {
        var derived = _derived;
        if (_partNames is { } known && ReferenceEquals(known.Of, derived))
        {
            return known.Names;
        }

        var names = derived.Keys.Order(StringComparer.Ordinal).ToArray();
        _partNames = new PartNames(derived, names);
        return names;
    }

    /// <summary>The files this build made for a site-wide part, from <paramref name="key"/>; returns them.</summary>
    public IReadOnlyList<OutputFile> RecordFiles(string part, string key, IReadOnlyList<OutputFile> files)
    {
        _nextDerived[part] = new Derived(key, files.Select(Measured).ToArray());
        return files;

        DerivedFile Measured(OutputFile file)
        {
            if (file.Bytes is null && !_keepBytes)
            {
                // Taken from the last build (a search shard made within this part): measured, not read.
                return new DerivedFile(file.Path, new FileInfo(file.CopyFrom!).Length, null);
            }

            var bytes = file.ReadBytes();
            return new DerivedFile(file.Path, bytes.Length, _keepBytes ? bytes : null);
        }
    }

    /// <summary>A page this build rendered, with the addresses it linked to.</summary>
    public void Record(string path, string key, byte[] bytes, IReadOnlyList<LinkedAddress> links, StoredReads? reads = null)
        => _made[path] = new Made(key, bytes.Length, _keepBytes ? bytes : null, links.Select(IdOf).Distinct().ToArray(), reads);

    /// <summary>
    /// As <see cref="Record(string, string, byte[], IReadOnlyList{LinkedAddress}, StoredReads?)"/> for a page whose
    /// bytes were written out and are not kept (a build that writes as it goes): only a manifest on disk takes it.
    /// </summary>
    public void Record(string path, string key, long length, IReadOnlyList<LinkedAddress> links, StoredReads? reads = null)
    {
        if (_keepBytes)
        {
            throw new InvalidOperationException("Pages kept in memory are recorded with their bytes.");
        }

        _made[path] = new Made(key, length, null, links.Select(IdOf).Distinct().ToArray(), reads);
    }

    private int IdOf(LinkedAddress linked)
    {
        if (_linkIds.TryGetValue(linked, out var id))
        {
            return id;
        }

        // Two threads may number the same address at once: the first number stored wins, the other is never used.
        id = _linkIds.GetOrAdd(linked, Interlocked.Increment(ref _nextLinkId));
        _linksById.TryAdd(id, linked);
        return id;
    }

    /// <summary>
    /// After a successful build: <paramref name="publish"/> puts the new site in place, and what this build made
    /// becomes what the next one compares with. The old manifest is removed first, so a process killed in between
    /// leaves no manifest (a full build next time), never one that describes other files.
    /// </summary>
    public void Commit(Action? publish = null, string inputs = "", int files = 0, IReadOnlyList<Diagnostic>? warnings = null)
    {
        // Made before anything is removed or published: what fails here fails the build, with the old site in place.
        var next = NextEntries();
        var derived = new Dictionary<string, Derived>(_nextDerived, StringComparer.Ordinal);
        if (_manifest is not null && File.Exists(_manifest))
        {
            File.Delete(_manifest);
        }

        // The next manifest (23 MB for a national catalogue) is written beside the publishing, into a file of its own
        // that takes the manifest's place only once the site is published.
        var stored = (warnings ?? []).Select(w => new StoredWarning(w.Code, w.At.File, w.At.Line, w.At.Column, [.. w.Arguments], w.Suggestion)).ToList();
        var manifest = _manifest is { } path
            ? Task.Run(() => ManifestFile.Prepare(path, inputs, files, stored, next.Entries, next.Addresses, derived, next.ReadTokens, next.ReadPrints))
            : null;
        try
        {
            publish?.Invoke();
        }
        catch
        {
            Discard(manifest);
            throw;
        }

        (_entries, _addresses, _readTokens, _readPrints) = next;
        _derived = derived;
        Abandon();
        if (manifest?.GetAwaiter().GetResult() is { } prepared)
        {
            prepared.Place();
            // The JSON manifest of generators before this format: 30 MB for a national catalogue, never read again.
            File.Delete(Path.ChangeExtension(prepared.Path, ".json"));
        }
    }

    /// <summary>Waits for a manifest written for a site that was not published, and deletes it.</summary>
    private static void Discard(Task<SealedFile.Prepared>? manifest)
    {
        try
        {
            manifest?.GetAwaiter().GetResult().Discard();
        }
        catch (Exception)
        {
            // The publishing's failure is the one reported; a manifest that could not be written is not needed.
        }
    }

    /// <summary>After a failed build: forget what it made; the previous build stays the reference.</summary>
    public void Abandon()
    {
        _kept = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _made = new ConcurrentDictionary<string, Made>(StringComparer.Ordinal);
        _linkIds = new ConcurrentDictionary<LinkedAddress, int>();
        _linksById = new ConcurrentDictionary<int, LinkedAddress>();
        _nextDerived = new ConcurrentDictionary<string, Derived>(StringComparer.Ordinal);
        _unchanged = null;
        _readChanged = null;
        _printOf = null;
        _reused = 0;
    }

    /// <summary>
    /// The pages of this build, one table of the addresses they link to and one of what they read with each read's
    /// fingerprint in this build. While most of the previous tables is still in use (an edit keeps 85,000 pages and
    /// drafts a few dozen), they are kept and the drafted pages' new addresses and reads appended
    /// (<see cref="AppendedEntries"/>): the kept pages keep their positions, and nothing is renumbered. Otherwise the
    /// tables are made again from what this build's pages use (<see cref="CompactedEntries"/>).
    /// </summary>
    private (Dictionary<string, Entry> Entries, LinkedAddress[] Addresses, string[] ReadTokens, string[] ReadPrints) NextEntries()
    {
        var printOf = _printOf ?? throw new InvalidOperationException("Compare the reads before committing pages.");
        var changed = _readChanged ?? throw new InvalidOperationException("Compare the reads before committing pages.");
        TablesAppended = MostlyInUse();
        return TablesAppended ? AppendedEntries(printOf, changed) : CompactedEntries(printOf);
    }

    /// <summary>Whether the last commit kept the previous tables and appended to them (tests check that they test it).</summary>
    internal bool TablesAppended { get; private set; }

    /// <summary>
    /// Whether the kept pages alone use at least three quarters of each previous table: what the others used stays in
    /// the tables until then, and every build fingerprints the whole read table (<see cref="CompareReads"/>).
    /// </summary>
    private bool MostlyInUse()
    {
        if (_readTokens.Length == 0 || _addresses.Length == 0)
        {
            return false;
        }

        var reads = new bool[_readTokens.Length];
        var links = new bool[_addresses.Length];
        foreach (var entry in _kept.Values)
        {
            foreach (var position in entry.Links)
            {
                links[position] = true;
            }

            foreach (var position in entry.Reads?.Positions ?? [])
            {
                reads[position] = true;
            }
        }

        return reads.Count(used => used) * 4 >= reads.Length * 3 && links.Count(used => used) * 4 >= links.Length * 3;
    }

    /// <summary>
    /// The previous tables with the drafted pages' new addresses and reads after them. A kept page's positions stand.
    /// Every read's fingerprint is this build's: a kept page read none that changed, and a read that changed
    /// (<paramref name="changed"/>) is fingerprinted again, whoever reads it now. Without that, a value edited and then
    /// edited back would match the fingerprint of the page made in between.
    /// </summary>
    private (Dictionary<string, Entry> Entries, LinkedAddress[] Addresses, string[] ReadTokens, string[] ReadPrints) AppendedEntries(Func<string, string> printOf, bool[] changed)
    {
        var readTokens = new Numbered<string>(_readTokens, StringComparer.Ordinal);
        var table = new Numbered<LinkedAddress>(_addresses);
        var entries = new Dictionary<string, Entry>(_kept.Count + _made.Count, StringComparer.Ordinal);
        foreach (var (path, kept) in _kept)
        {
            entries[path] = kept;
        }

        // In page order, so that the same build appends in the same order.
        foreach (var path in _made.Keys.Order(StringComparer.Ordinal))
        {
            var made = _made[path];
            var links = Array.ConvertAll(made.Links, id => table.Add(_linksById[id]));
            Array.Sort(links);
            var reads = made.Reads is { } stored ? Array.ConvertAll(stored.Tokens, readTokens.Add) : null;
            if (reads is not null)
            {
                Array.Sort(reads);
            }

            entries[path] = new Entry(made.Key, made.Length, made.Bytes, links) { Reads = reads is null ? null : new ReadPositions(made.Reads!.Key, reads) };
        }

        var prints = new string[readTokens.Items.Count];
        Parallel.For(0, prints.Length, Workers, i => prints[i] = i < _readPrints.Length && !changed[i] ? _readPrints[i] : printOf(readTokens.Items[i]));
        return (entries, [.. table.Items], [.. readTokens.Items], prints);
    }

    /// <summary>
    /// New tables holding only what this build's pages use, in page order: a kept page's positions are moved from the
    /// previous tables (each position once; what a kept page read did not change, so its fingerprint neither), a
    /// drafted page's are added.
    /// </summary>
    private (Dictionary<string, Entry> Entries, LinkedAddress[] Addresses, string[] ReadTokens, string[] ReadPrints) CompactedEntries(Func<string, string> printOf)
    {
        var readTokens = new Numbered<string>([], StringComparer.Ordinal);
        // A drafted page's new reads are fingerprinted after the loop, on both cores (a first build's are all new).
        var readPrints = new List<string?>();
        var readMoved = new int[_readTokens.Length];
        Array.Fill(readMoved, -1);
        int AddRead(string token, string? print)
        {
            var position = readTokens.Add(token);
            if (position == readPrints.Count)
            {
                readPrints.Add(print);
            }

            return position;
        }

        int MoveRead(int old) => readMoved[old] >= 0 ? readMoved[old] : readMoved[old] = AddRead(_readTokens[old], _readPrints[old]);

        static ReadPositions Sorted(string key, int[] positions)
        {
            Array.Sort(positions);
            return new ReadPositions(key, positions);
        }

        ReadPositions? ReadsOf(StoredReads? made) => made is null ? null : Sorted(made.Key, Array.ConvertAll(made.Tokens, token => AddRead(token, null)));

        ReadPositions? MovedReads(ReadPositions? kept) => kept is null ? null : Sorted(kept.Key, Array.ConvertAll(kept.Positions, MoveRead));

        var table = new Numbered<LinkedAddress>([]);
        var moved = new int[_addresses.Length];
        Array.Fill(moved, -1);
        int Add(LinkedAddress linked) => table.Add(linked);

        var entries = new Dictionary<string, Entry>(_kept.Count + _made.Count, StringComparer.Ordinal);
        foreach (var path in _kept.Keys.Concat(_made.Keys).Order(StringComparer.Ordinal))
        {
            if (_made.TryGetValue(path, out var made))
            {
                var links = new int[made.Links.Length];
                for (var i = 0; i < links.Length; i++)
                {
                    links[i] = Add(_linksById[made.Links[i]]);
                }

                Array.Sort(links);
                entries[path] = new Entry(made.Key, made.Length, made.Bytes, links) { Reads = ReadsOf(made.Reads) };
            }
            else
            {
                var kept = _kept[path];
                var links = new int[kept.Links.Length];
                for (var i = 0; i < links.Length; i++)
                {
                    var old = kept.Links[i];
                    links[i] = moved[old] >= 0 ? moved[old] : moved[old] = Add(_addresses[old]);
                }

                Array.Sort(links);
                entries[path] = kept with { Links = links, Reads = MovedReads(kept.Reads) };
            }
        }

        var prints = new string[readTokens.Items.Count];
        Parallel.For(0, prints.Length, Workers, i => prints[i] = readPrints[i] ?? printOf(readTokens.Items[i]));
        return (entries, [.. table.Items], [.. readTokens.Items], prints);
    }

    /// <summary>
    /// A table of items numbered in the order first added; adding one again gives its number. Made from a previous
    /// table, it keeps that table's numbers (an item listed twice there keeps its first).
    /// </summary>
    private sealed class Numbered<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> _positions;

        public Numbered(IReadOnlyList<T> previous, IEqualityComparer<T>? comparer = null)
        {
            _positions = new Dictionary<T, int>(previous.Count, comparer);
            Items = [.. previous];
            for (var i = 0; i < previous.Count; i++)
            {
                _positions.TryAdd(previous[i], i);
            }
        }

        public List<T> Items { get; }

        public int Add(T item)
        {
            if (!_positions.TryGetValue(item, out var position))
            {
                _positions[item] = position = Items.Count;
                Items.Add(item);
            }

            return position;
        }
    }

    private sealed record Entry(string Key, long Length, byte[]? Bytes, int[] Links)
    {
        public ReadPositions? Reads { get; init; }
    }

    /// <summary>A page's reads: the key of its frame, and the positions of what it read in the table of reads.</summary>
    private sealed record ReadPositions(string Key, int[] Positions);

    /// <summary>A page this build rendered; its links are numbers in <see cref="_linksById"/>.</summary>
    private sealed record Made(string Key, long Length, byte[]? Bytes, int[] Links, StoredReads? Reads);

    private sealed record Derived(string Key, DerivedFile[] Files);

    /// <summary>The names of the parts of <see cref="Of"/>, in ordinal order (<see cref="PartNamesInOrder"/>).</summary>
    private sealed record PartNames(Dictionary<string, Derived> Of, string[] Names);

    private sealed record DerivedFile(string Path, long Length, byte[]? Bytes);

    private sealed record StoredWarning(string Code, string File, int Line, int Column, string[] Arguments, string? Suggestion);
}

/// <summary>
/// A site-rooted address a page linked to, or its values looked up, and what it led to (see <c>SiteLinks.TargetOf</c>):
/// "" for the file it names, <see cref="Nothing"/> for no file (a page's values may ask whether an address exists).
/// </summary>
public readonly record struct LinkedAddress(string Address, string Target)
{
    public const string Nothing = "\u0000";
}

/// <summary>What a page's values read (<c>SiteReads</c> tokens; sorted, so that the table of reads, and the manifest, is the same from run to run) and the key of its frame: the next build compares them before drafting the page.</summary>
public sealed record StoredReads(string Key, string[] Tokens);
