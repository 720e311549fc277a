using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// The documents a long-running process (<c>serve</c>) read in its previous build, each with the fingerprint of its
/// files (<see cref="DocumentSource.Fingerprint"/>): a document whose files did not change is taken again, with its
/// messages and the bundle files it uses, instead of being parsed. Readers are made from the settings and rating
/// rules, so when those files change everything is read again. One build at a time (<c>serve</c> builds one after the
/// other); its documents load in parallel.
/// <para>The Markdown files themselves are not read again either when their stamp (<see cref="FileStamp"/>: size,
/// modification and status-change times, from the <c>lstat</c> the scan makes anyway) is the one they had when read,
/// and their status last changed at least <see cref="RacyWindow"/> before that read began. That is Git's rule for
/// "racily clean" files: a file written in the same clock tick as the read, or on a file system whose clock is coarse
/// (FAT keeps two-second times), could have the same stamp and other bytes, so it is read again. Every write after
/// the read moves the status-change time past the read's start, which no program can set back.</para>
/// </summary>
public sealed partial class DocumentMemo
{
    /// <summary>How long before a read a file's status must have last changed for its stamp to vouch for its bytes.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(3);

    private readonly long _racyWindow;
    private ConcurrentDictionary<DocumentId, Entry> _previous = new();
    private ConcurrentDictionary<DocumentId, Entry> _next = new();
    private ConcurrentDictionary<string, KnownFile> _files = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, KnownFile> _nextFiles = new(StringComparer.Ordinal);
    private long _readStarted;
    private string? _settings;
    private int _taken;
    private int _read;
    private int _filesTaken;

    /// <summary>
    /// Serialises a document as the type its reader named, into a writer that is a value type (<see cref="MemoBuffer"/>).
    /// MemoryPack's overload that takes a <c>System.Type</c> writes through a writer class, and in the native image
    /// (Cli/NativeImage.cs) the code shared by writer classes called MemoryPack's static interface methods through a
    /// null pointer: the image crashed writing a product with photos or a certificate with a scan. Code for a
    /// value-type writer is compiled for that writer alone. NativeImageTests builds the sample (photos, scans) with it.
    /// </summary>
    private static class StoredAs<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TDocument>
    {
        public static void Write(System.Buffers.ArrayBufferWriter<byte> buffer, object document)
        {
            var writer = new MemoBuffer(buffer);
            MemoryPack.MemoryPackSerializer.Serialize(writer, (TDocument)document);
        }
    }

    /// <summary>The buffer MemoryPack writes a document into (<see cref="StoredAs{TDocument}"/> says why a value type).</summary>
    private readonly struct MemoBuffer(System.Buffers.ArrayBufferWriter<byte> inner) : System.Buffers.IBufferWriter<byte>
    {
        public void Advance(int count) => inner.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
    }

    public DocumentMemo()
        : this(RacyWindow)
    {
    }

    /// <summary>With another window than <see cref="RacyWindow"/> (tests, which cannot wait seconds for every file).</summary>
    internal DocumentMemo(TimeSpan racyWindow) => _racyWindow = (long)racyWindow.TotalNanoseconds;

    /// <summary>How many documents the last build took from the one before.</summary>
    public int Taken => _taken;

    /// <summary>How many documents the last build parsed.</summary>
    public int Read => _read;

    /// <summary>How many Markdown files the last build took from the one before, unread.</summary>
    public int FilesTaken => _filesTaken;

    /// <summary>Starts a build whose settings, rating rules and glossaries have <paramref name="sharedFingerprint"/>;
    /// what the last build read becomes what this one may take, and documents it did not see are forgotten.</summary>
    public void Begin(string sharedFingerprint)
    {
        // A build that stopped before reading documents (a broken site.yml) leaves nothing: keep what there was.
        _previous = _settings != sharedFingerprint ? new() : _next.IsEmpty ? _previous : _next;
        // Sized for what the last build read (a national catalogue's 41,000 documents and files): a ConcurrentDictionary
        // grown to that size a step at a time makes every node again at each step.
        _next = new(Environment.ProcessorCount, _previous.Count);
        // A file's text does not depend on the settings. Files the last build did not ask for are kept: serve takes the
        // sections and bundles nothing was saved in as found, without asking for their files (SectionMemo), and a
        // watcher names the files that change (Forget).
        if (_files.IsEmpty)
        {
            _files = _nextFiles;
        }
        else
        {
            foreach (var (path, file) in _nextFiles)
            {
                _files[path] = file;
            }
        }

        _nextFiles = new(Environment.ProcessorCount, _files.Count, StringComparer.Ordinal);
        _readStarted = FileKinds.Now();
        _settings = sharedFingerprint;
        _taken = 0;
        _read = 0;
        _filesTaken = 0;
    }

    /// <summary>The file at <paramref name="fullPath"/> as the last build read it, when its stamp says it has not changed since; else null.</summary>
    public SourceFile? Known(string fullPath, FileStamp? stamp)
    {
        if (stamp is not { } now || !_files.TryGetValue(fullPath, out var known) || known.Stamp != now || now.Changed >= known.ReadStarted - _racyWindow)
        {
            return null;
        }

        _nextFiles[fullPath] = known;
        Interlocked.Increment(ref _filesTaken);
        return known.File;
    }

    /// <summary>
    /// Files the caller knows were written (the preview server's watcher names them): read again whatever their stamp
    /// says, in case the file system keeps times that do not move (some network and virtual folders cache them).
    /// </summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths)
        {
            _files.TryRemove(path, out _);
            _nextFiles.TryRemove(path, out _);
        }
    }

    /// <summary>Keeps a file this build read, with the stamp the scan saw just before reading it.</summary>
    public void Remember(string fullPath, FileStamp? stamp, SourceFile file)
    {
        if (stamp is { } known)
        {
            // A memo kept on disk stores the text's hash, not the text: holding every text of a national catalogue
            // until the build ends (half a gigabyte of strings) is what keeping only their documents saves.
            _nextFiles[fullPath] = new KnownFile(known, _file is null ? file : SourceFile.Vouched(file.RelativePath, file.FullPath, file.TextHash), _readStarted);
        }
    }

    /// <summary>
    /// The document of <paramref name="source"/>: the previous build's when its files are the same, else
    /// <paramref name="read"/>'s, which reports into a bag of its own so that its messages can be given again.
    /// </summary>
    public (TDocument? Document, bool Draft) Load<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TDocument>(DocumentSource source, DiagnosticBag diagnostics, Func<DiagnosticBag, (TDocument? Document, bool Draft)> read)
    {
        var id = new DocumentId(source.Section, source.Slug);
        var fingerprint = source.Fingerprint;
        if (!_previous.TryGetValue(id, out var entry) || entry.Fingerprint != fingerprint || !entry.TryTake<TDocument>(out entry))
        {
            // Files vouched for by their stamps were not read: a document read again needs their texts.
            if (!source.TryReadTexts(diagnostics))
            {
                foreach (var file in source.MarkdownFiles)
                {
                    _files.TryRemove(file.FullPath, out _);
                    _nextFiles.TryRemove(file.FullPath, out _);
                }

                return default;
            }

            var own = new DiagnosticBag();
            var (document, draft) = read(own);
            Interlocked.Increment(ref _read);
            entry = new Entry(fingerprint, document, draft, own.ToSortedList(), [.. source.UsedFiles]) { Serialise = StoredAs<TDocument>.Write };
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

    /// <summary>A file as a build read it; one kept on disk keeps the row it was stored as, to be written again as it is.</summary>
    private sealed record KnownFile(FileStamp Stamp, SourceFile File, long ReadStarted)
    {
        public StoredFile? Row { get; init; }
    }

    /// <summary>
    /// A document as a build read it, with its messages and the bundle files it uses. One kept on disk holds its
    /// document as bytes (<see cref="Stored"/>) until taken; the bytes stay, so that writing the memo again does not
    /// serialise what did not change.
    /// </summary>
    private sealed record Entry(string Fingerprint, object? Document, bool Draft, IReadOnlyList<Diagnostic> Messages, IReadOnlyList<ContentFile> UsedFiles)
    {
        /// <summary>Writes <see cref="Document"/> as its own type (set where the document was read).</summary>
        public Action<System.Buffers.ArrayBufferWriter<byte>, object>? Serialise { get; init; }

        public ReadOnlyMemory<byte>? Stored { get; init; }

        /// <summary>The row this entry was stored as (its messages and files as the file keeps them), written again as it is.</summary>
        public StoredEntry? Row { get; init; }

        /// <summary>This entry with its document as a value; false when its bytes do not read as one.</summary>
        public bool TryTake<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TDocument>(out Entry taken)
        {
            taken = this;
            if (Document is not null || Stored is null)
            {
                return true;
            }

            try
            {
                taken = this with { Document = MemoryPack.MemoryPackSerializer.Deserialize<TDocument>(Stored.Value.Span) };
                return taken.Document is not null;
            }
            catch (MemoryPack.MemoryPackSerializationException)
            {
                return false;
            }
        }
    }
}
