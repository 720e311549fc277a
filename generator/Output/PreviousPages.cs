using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// The memory that makes builds incremental: for every page of the last successful build, the key of everything it
/// was made from (its view values, site values, layout, theme, generator, the set of published files) and where its
/// bytes are. A page whose key did not change is taken as it is instead of rendered again.
/// <para>On disk (<c>build</c>): a manifest in <c>.cache/pages/</c>, the bytes in the output folder itself.
/// In memory (<c>serve</c>): the bytes of the last build, kept between rebuilds.</para>
/// </summary>
public sealed class PreviousPages
{
    private readonly string? _manifest;
    private readonly string? _siteFolder;
    private readonly bool _keepBytes;
    private readonly Manifest? _stored;
    private FrozenDictionary<string, Entry> _entries;
    private ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private int _reused;

    private PreviousPages(FrozenDictionary<string, Entry> entries, string? manifest, string? siteFolder, bool keepBytes, Manifest? stored = null)
    {
        _stored = stored;
        _entries = entries;
        _manifest = manifest;
        _siteFolder = siteFolder;
        _keepBytes = keepBytes;
    }

    /// <summary>Remembers nothing: every page is rendered.</summary>
    public static PreviousPages None() => new(FrozenDictionary<string, Entry>.Empty, null, null, keepBytes: false);

    /// <summary>For <c>serve</c>: keeps the last build's bytes in memory.</summary>
    public static PreviousPages InMemory() => new(FrozenDictionary<string, Entry>.Empty, null, null, keepBytes: true);

    /// <summary>For <c>build</c>: the manifest of the site in <paramref name="outputDirectory"/>, kept under <paramref name="cacheDirectory"/>.</summary>
    public static PreviousPages OnDisk(string outputDirectory, string cacheDirectory)
    {
        var site = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        var manifest = Path.Combine(cacheDirectory, Fingerprint.Of(site)[..16] + ".json");
        Manifest? stored = null;
        try
        {
            stored = File.Exists(manifest) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifest)) : null;
            if (stored is { Pages: null } or { Warnings: null } or { Inputs: null })
            {
                stored = null; // written by an older generator
            }
        }
        catch (JsonException)
        {
            // A damaged manifest only costs a full build.
        }

        var entries = stored?.Pages.ToFrozenDictionary(e => e.Key, e => new Entry(e.Value.Key, e.Value.Length, null), StringComparer.Ordinal)
            ?? FrozenDictionary<string, Entry>.Empty;
        return new PreviousPages(entries, manifest, site, keepBytes: false, stored);
    }

    /// <summary>Whether a previous build left a site and its manifest: only then can this build be a no-op.</summary>
    public bool HasSite => _stored is not null && _siteFolder is not null && Directory.Exists(_siteFolder);

    /// <summary>
    /// Whether the site in the output folder was built from exactly these inputs (see <c>BuildPipeline</c>): then
    /// there is nothing to do, and <paramref name="last"/> tells what that build reported.
    /// </summary>
    public bool IsUpToDate(string inputs, out (int Pages, int Files, IReadOnlyList<Diagnostic> Warnings) last)
    {
        last = (0, 0, []);
        if (!HasSite || inputs.Length == 0 || _stored!.Inputs != inputs)
        {
            return false;
        }

        var catalogue = DiagnosticCatalogue.All.ToDictionary(d => d.Code, StringComparer.Ordinal);
        last = (_stored.Pages.Count, _stored.Files, _stored.Warnings
            .Where(w => catalogue.ContainsKey(w.Code))
            .Select(w => new Diagnostic(catalogue[w.Code], new SourceSpan(w.File, w.Line, w.Column), w.Arguments, w.Suggestion))
            .ToList());
        return true;
    }

    /// <summary>How many pages the current build took from the previous one.</summary>
    public int Reused => _reused;

    /// <summary>The page as the previous build made it, when it was made from the same key; null means render it.</summary>
    public OutputFile? Reuse(string path, string key)
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.Key != key)
        {
            return null;
        }

        OutputFile? file = null;
        if (entry.Bytes is not null)
        {
            file = OutputFile.FromBytes(path, entry.Bytes);
        }
        else if (_siteFolder is not null && new FileInfo(Path.Combine(_siteFolder, path)) is { Exists: true } info && info.Length == entry.Length)
        {
            file = OutputFile.Cached(path, info.FullName);
        }

        if (file is not null)
        {
            _next[path] = entry;
            Interlocked.Increment(ref _reused);
        }

        return file;
    }

    public void Record(string path, string key, byte[] bytes) => _next[path] = new Entry(key, bytes.Length, _keepBytes ? bytes : null);

    /// <summary>
    /// After a successful build: <paramref name="publish"/> puts the new site in place, and what this build made
    /// becomes what the next one compares with. The old manifest is removed first, so a process killed in between
    /// leaves no manifest (a full build next time), never one that describes other files.
    /// </summary>
    public void Commit(Action? publish = null, string inputs = "", int files = 0, IReadOnlyList<Diagnostic>? warnings = null)
    {
        if (_manifest is not null && File.Exists(_manifest))
        {
            File.Delete(_manifest);
        }

        publish?.Invoke();
        _entries = _next.ToFrozenDictionary(StringComparer.Ordinal);
        _next = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _reused = 0;
        if (_manifest is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_manifest)!);
            var temporary = $"{_manifest}.{Environment.ProcessId}.tmp";
            var manifest = new Manifest(
                inputs,
                files,
                (warnings ?? []).Select(w => new StoredWarning(w.Code, w.At.File, w.At.Line, w.At.Column, w.Arguments.ToArray(), w.Suggestion)).ToList(),
                new SortedDictionary<string, StoredEntry>(_entries.ToDictionary(e => e.Key, e => new StoredEntry(e.Value.Key, e.Value.Length)), StringComparer.Ordinal));
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest));
            File.Move(temporary, _manifest, overwrite: true);
        }
    }

    /// <summary>After a failed build: forget what it made; the previous build stays the reference.</summary>
    public void Abandon()
    {
        _next = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _reused = 0;
    }

    private sealed record Entry(string Key, long Length, byte[]? Bytes);

    private sealed record StoredEntry(string Key, long Length);

    private sealed record StoredWarning(string Code, string File, int Line, int Column, string[] Arguments, string? Suggestion);

    /// <summary>What a successful build leaves for the next: its inputs' fingerprint, file count, warnings and page keys.</summary>
    private sealed record Manifest(string Inputs, int Files, List<StoredWarning> Warnings, SortedDictionary<string, StoredEntry> Pages);
}
