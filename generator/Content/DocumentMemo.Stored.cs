using System.Text;
using MemoryPack;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

public sealed partial class DocumentMemo
{
    /// <summary>The format of the file, then the generator whose types its bytes are laid out as.</summary>
    private static readonly byte[] Magic = Encoding.UTF8.GetBytes($"OCOP-DOCUMENTS 1 {Output.Fingerprint.Generator}\n");

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsByCode = DiagnosticCatalogue.All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    private string? _file;
    private Task? _writing;

    /// <summary>The bytes of the file the memo was read from, which the documents not yet taken are slices of.</summary>
    private ReadOnlyMemory<byte> _readFrom;

    /// <summary>
    /// The memo a previous <c>build</c> of the same content folder left in <paramref name="file"/>, written there again
    /// once this build has read its documents (<see cref="End"/>). A file written by another generator, cut short or
    /// damaged reads as an empty memo: every file is read, as in a first build.
    /// <para>A national catalogue's 41,000 Markdown files cost an edit build 6 s of reading and YAML parsing; with the
    /// memo, only the files whose stamps changed are read (BENCHMARKS.md, session 20).</para>
    /// </summary>
    public static DocumentMemo OnDisk(string file)
    {
        var memo = new DocumentMemo { _file = file };
        try
        {
            if (Output.SealedFile.Read(file, Magic) is { } bytes && ReadHead(bytes) is { } stored)
            {
                memo.Restore(stored, bytes);
                memo._readFrom = bytes;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or MemoryPackSerializationException)
        {
            // Unreadable as a memo: this build reads every file.
        }

        return memo;
    }

    /// <summary>Ends this build's reading: a memo kept on disk starts writing what this build read, beside the rest of the build.</summary>
    public void End()
    {
        if (_file is not null && _settings is not null && !_next.IsEmpty)
        {
            _writing = Task.Run(Write);
        }
    }

    /// <summary>
    /// Waits for the memo to be on disk (a failure to write it only makes the next build read everything), and gives
    /// back the file it was read from, if it was read from one: that memo is then empty, since its entries were slices of it.
    /// </summary>
    public void Flush()
    {
        try
        {
            _writing?.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
        }
        finally
        {
            if (!_readFrom.IsEmpty)
            {
                // No entry may keep a slice of the file once it is given back.
                _previous.Clear();
                _next.Clear();
                Output.SealedFile.Release(_readFrom);
                _readFrom = ReadOnlyMemory<byte>.Empty;
            }
        }
    }

    /// <summary>
    /// The file's head (the memo without its documents), from the bytes of a whole file (<see cref="Output.SealedFile"/>):
    /// <see cref="Magic"/>, every document's bytes one after the other (<see cref="StoredEntry.At"/>), the head and its
    /// length, and the SHA-256 of all that.
    /// Documents come first so that they are written as they are serialised, not all held until the head is known.
    /// </summary>
    private static StoredMemo? ReadHead(ReadOnlyMemory<byte> bytes)
    {
        var body = bytes.Length - Output.SealedFile.HashLength;
        if (body < Magic.Length + sizeof(int))
        {
            return null;
        }

        var headLength = BitConverter.ToInt32(bytes.Span[(body - sizeof(int))..]);
        var headStart = body - sizeof(int) - headLength;
        if (headLength < 0 || headStart < Magic.Length)
        {
            return null;
        }

        var stored = MemoryPackSerializer.Deserialize<StoredMemo>(bytes.Span.Slice(headStart, headLength));
        return stored is not null && stored.Entries.All(e => e.Length == 0 || (e.At >= Magic.Length && e.At <= headStart - e.Length)) ? stored : null;
    }

    private void Restore(StoredMemo stored, ReadOnlyMemory<byte> bytes)
    {
        var entries = new Dictionary<DocumentId, Entry>(stored.Entries.Length);
        foreach (var row in stored.Entries)
        {
            var messages = new List<Diagnostic>(row.Messages.Length);
            foreach (var message in row.Messages)
            {
                if (!DescriptorsByCode.TryGetValue(message.Code, out var descriptor))
                {
                    return;
                }

                messages.Add(new Diagnostic(descriptor, message.At, message.Arguments, message.Suggestion));
            }

            entries[new DocumentId(row.Section, row.Slug)] = new Entry(row.Fingerprint, null, row.Draft, messages, row.UsedFiles)
            {
                Stored = row.Length == 0 ? null : bytes.Slice(row.At, row.Length),
                Row = row,
            };
        }

        _settings = stored.Settings;
        _next = new(entries);
        _nextFiles = new(Environment.ProcessorCount, stored.Files.Length, StringComparer.Ordinal);
        foreach (var f in stored.Files)
        {
            _nextFiles[f.FullPath] = new KnownFile(f.Stamp, SourceFile.Vouched(f.RelativePath, f.FullPath, f.TextHash), f.ReadStarted) { Row = f };
        }
    }

    /// <summary>
    /// Writes what this build read: each document's bytes as it is serialised (those taken from the memo as they were
    /// stored), then the head; whole or not at all (<see cref="Output.SealedFile"/>), whoever else writes it at once.
    /// </summary>
    private void Write() => Output.SealedFile.Write(_file!, stream =>
    {
        stream.Write(Magic);
        var at = Magic.Length;
        var entries = new List<StoredEntry>(_next.Count);
        var serialised = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var (id, entry) in _next)
        {
            var bytes = entry.Stored ?? ReadOnlyMemory<byte>.Empty;
            if (entry.Stored is null && entry.Document is { } document && entry.Serialise is { } serialise)
            {
                serialised.ResetWrittenCount();
                serialise(serialised, document);
                bytes = serialised.WrittenMemory;
            }

            stream.Write(bytes.Span);
            entries.Add(entry.Row is { } row && entry.Stored is not null ? row with { At = at } : new StoredEntry
            {
                Section = id.Section,
                Slug = id.Slug,
                Fingerprint = entry.Fingerprint,
                At = at,
                Length = bytes.Length,
                Draft = entry.Draft,
                Messages = entry.Messages.Select(m => new StoredMessage { Code = m.Code, At = m.At, Arguments = [.. m.Arguments], Suggestion = m.Suggestion }).ToArray(),
                UsedFiles = [.. entry.UsedFiles],
            });
            at += bytes.Length;
        }

        // The head goes to the file as MemoryPack writes it (HeadBuffer); its length follows it.
        var head = new HeadSink(stream);
        MemoryPackSerializer.Serialize(new HeadBuffer(head), new StoredMemo
        {
            Settings = _settings!,
            Files = _nextFiles.Select(pair => pair.Value.Row ?? new StoredFile
            {
                FullPath = pair.Key,
                RelativePath = pair.Value.File.RelativePath,
                Stamp = pair.Value.Stamp,
                ReadStarted = pair.Value.ReadStarted,
                TextHash = pair.Value.File.TextHash,
            }).ToArray(),
            Entries = [.. entries],
        });
        stream.Write(BitConverter.GetBytes(checked((int)head.Written)));
    });

    /// <summary>
    /// The buffer MemoryPack writes the memo's head into: each part it writes goes on to the file, and is counted. A
    /// national catalogue's head is about 15 MB; serialised into one array, it and the buffer it grew in were 60 MB of
    /// large objects in every edit build, whose allocation set off full collections (BENCHMARKS.md, session 33). A value
    /// type, as <see cref="MemoBuffer"/> is, over a class that keeps the buffer and the count.
    /// </summary>
    private readonly struct HeadBuffer(HeadSink sink) : System.Buffers.IBufferWriter<byte>
    {
        public void Advance(int count) => sink.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => sink.Room(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => sink.Room(sizeHint).Span;
    }

    /// <summary>What <see cref="HeadBuffer"/> writes through: a buffer handed out, then written to the stream when advanced.</summary>
    private sealed class HeadSink(Stream stream)
    {
        private byte[] _buffer = new byte[64 * 1024];

        public long Written { get; private set; }

        public Memory<byte> Room(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                _buffer = new byte[Math.Max(sizeHint, _buffer.Length * 2)];
            }

            return _buffer;
        }

        public void Advance(int count)
        {
            stream.Write(_buffer, 0, count);
            Written += count;
        }
    }

    [MemoryPackable]
    private sealed partial record StoredMemo
    {
        public required string Settings { get; init; }

        public required StoredFile[] Files { get; init; }

        public required StoredEntry[] Entries { get; init; }
    }

    [MemoryPackable]
    internal sealed partial record StoredFile
    {
        public required string FullPath { get; init; }

        public required string RelativePath { get; init; }

        public required FileStamp Stamp { get; init; }

        public required long ReadStarted { get; init; }

        public required string TextHash { get; init; }
    }

    [MemoryPackable]
    internal sealed partial record StoredEntry
    {
        public required string Section { get; init; }

        public required string Slug { get; init; }

        public required string Fingerprint { get; init; }

        /// <summary>Where the document's MemoryPack bytes are in the file, and how many (0 for a document that could not be read).</summary>
        public required int At { get; init; }

        public required int Length { get; init; }

        public required bool Draft { get; init; }

        public required StoredMessage[] Messages { get; init; }

        public required ContentFile[] UsedFiles { get; init; }
    }

    [MemoryPackable]
    internal sealed partial record StoredMessage
    {
        public required string Code { get; init; }

        public required SourceSpan At { get; init; }

        public required string[] Arguments { get; init; }

        public required string? Suggestion { get; init; }
    }
}
