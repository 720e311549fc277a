using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// The documents a long-running process (<c>serve</c>) read in its previous build, each with the fingerprint of its
/// files (<see cref="DocumentSource.Fingerprint"/>): a document whose files did not change is taken again, with its
/// messages and the bundle files it uses, instead of being parsed. Readers are made from the settings and rating
/// rules, so when those files change everything is read again. A build reads every document's files either way: only
/// the parsing is saved. One build at a time (<c>serve</c> builds one after the other); its documents load in parallel.
/// </summary>
public sealed class DocumentMemo
{
    private ConcurrentDictionary<DocumentId, Entry> _previous = new();
    private ConcurrentDictionary<DocumentId, Entry> _next = new();
    private string? _settings;
    private int _taken;

    /// <summary>How many documents the last build took from the one before.</summary>
    public int Taken => _taken;

    /// <summary>Starts a build whose settings, rating rules and glossaries have <paramref name="sharedFingerprint"/>;
    /// what the last build read becomes what this one may take, and documents it did not see are forgotten.</summary>
    public void Begin(string sharedFingerprint)
    {
        // A build that stopped before reading documents (a broken site.yml) leaves nothing: keep what there was.
        _previous = _settings != sharedFingerprint ? new() : _next.IsEmpty ? _previous : _next;
        _next = new();
        _settings = sharedFingerprint;
        _taken = 0;
    }

    /// <summary>
    /// The document of <paramref name="source"/>: the previous build's when its files are the same, else
    /// <paramref name="read"/>'s, which reports into a bag of its own so that its messages can be given again.
    /// </summary>
    public (TDocument? Document, bool Draft) Load<TDocument>(DocumentSource source, DiagnosticBag diagnostics, Func<DiagnosticBag, (TDocument? Document, bool Draft)> read)
    {
        var id = new DocumentId(source.Section, source.Slug);
        var fingerprint = source.Fingerprint;
        if (!_previous.TryGetValue(id, out var entry) || entry.Fingerprint != fingerprint)
        {
            var own = new DiagnosticBag();
            var (document, draft) = read(own);
            entry = new Entry(fingerprint, document, draft, own.ToSortedList(), [.. source.UsedFiles]);
        }
        else
        {
            source.Use(entry.UsedFiles);
            Interlocked.Increment(ref _taken);
        }

        _next[id] = entry;
        diagnostics.AddRange(entry.Messages);
        return ((TDocument?)entry.Document, entry.Draft);
    }

    private sealed record Entry(string Fingerprint, object? Document, bool Draft, IReadOnlyList<Diagnostic> Messages, IReadOnlyList<ContentFile> UsedFiles);
}
