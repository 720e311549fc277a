using System.Text;

namespace OcopShowcase.Output;

public sealed partial class PreviousPages
{
    /// <summary>
    /// The page manifest on disk (<c>.cache/pages/&lt;site&gt;.pages</c>), in a binary format of its own. A national
    /// catalogue's manifest holds 85,000 pages; as JSON (30 MB) it took two seconds to read and one to write, on every
    /// build, a no-op included. Laid out in two parts:
    /// <list type="bullet">
    /// <item>the head: what a no-op build needs (the inputs' fingerprint, file and page counts, the warnings to print
    /// again), parsed on its own (the whole file is still read and its hash checked: 40 ms at 23 MB);</item>
    /// <item>the tables: addresses with their targets, site-wide parts, reads with their fingerprints, and every page's
    /// key, length and positions (<see cref="LinkPositions"/>, as bytes), read only when a build is needed.</item>
    /// </list>
    /// The file begins with <see cref="Magic"/> and the format's <see cref="Version"/> and ends with the SHA-256 of
    /// everything before it: a file written by another version, cut short or damaged reads as no manifest (a full
    /// build), never as other positions. Strings are UTF-8 with their length; counts are 7-bit encoded.
    /// </summary>
    private static class ManifestFile
    {
        public const string Extension = ".pages";

        private static readonly byte[] Magic = "OCOP-PAGES\n"u8.ToArray();
        private const int Version = 1;
        private const int HashLength = SealedFile.HashLength;

        /// <summary>What a build needs to know whether it is a no-op: the head, and where the tables begin in <see cref="Bytes"/>.</summary>
        public sealed record Head(string Inputs, int Files, int Pages, IReadOnlyList<StoredWarning> Warnings, ReadOnlyMemory<byte> Bytes, int TablesAt);

        public sealed record Tables(Dictionary<string, Entry> Entries, LinkedAddress[] Addresses, Dictionary<string, Derived> Derived, string[] Reads, string[] ReadPrints);

        /// <summary>The head of the manifest at <paramref name="path"/>, its bytes whole and checked; null when there is none or it does not read.</summary>
        public static Head? ReadHead(string path)
        {
            if (SealedFile.Read(path, Magic) is not { } bytes)
            {
                return null;
            }

            return Parse(bytes, reader =>
            {
                if (reader.ReadInt32() != Version)
                {
                    return null;
                }

                var inputs = reader.ReadString();
                var files = reader.ReadInt32();
                var pages = reader.ReadInt32();
                var warnings = ReadList(reader, () => new StoredWarning(
                    reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), [.. ReadList(reader, reader.ReadString)], reader.ReadBoolean() ? reader.ReadString() : null));
                return new Head(inputs, files, pages, warnings, bytes, (int)reader.BaseStream.Position);
            }, Magic.Length);
        }

        /// <summary>The tables after <paramref name="head"/>; null when they do not read (every page is then made again).</summary>
        public static Tables? ReadTables(Head head) => Parse(head.Bytes, reader =>
        {
            var addresses = ReadList(reader, () => new LinkedAddress(reader.ReadString(), reader.ReadString()));
            var derived = new Dictionary<string, Derived>(StringComparer.Ordinal);
            foreach (var (part, key, files) in ReadList(reader, () => (reader.ReadString(), reader.ReadString(), ReadList(reader, () => new DerivedFile(reader.ReadString(), reader.ReadInt64(), null)))))
            {
                derived[part] = new Derived(key, [.. files]);
            }

            var reads = ReadList(reader, () => (Token: reader.ReadString(), Print: reader.ReadString()));
            var count = SealedFile.CountIn(reader);
            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var key = reader.ReadString();
                var length = reader.ReadInt64();
                var links = LinkPositions.Decode(ReadBytes(reader, head.Bytes), addresses.Count);
                var pageReads = reader.ReadBoolean() ? (Key: reader.ReadString(), Positions: LinkPositions.Decode(ReadBytes(reader, head.Bytes), reads.Count)) : default;
                // A page whose positions do not read is made again (an empty key never matches).
                entries[path] = links is null || pageReads is { Key: not null, Positions: null }
                    ? new Entry("", 0, null, [])
                    : new Entry(key, length, null, links) { Reads = pageReads.Key is null ? null : new ReadPositions(pageReads.Key, pageReads.Positions!) };
            }

            return reader.BaseStream.Position == head.Bytes.Length - HashLength
                ? new Tables(entries, [.. addresses], derived, [.. reads.Select(r => r.Token)], [.. reads.Select(r => r.Print)])
                : null;
        }, head.TablesAt);

        /// <summary>
        /// Writes the manifest beside <paramref name="path"/>, whole, for the caller to put in place
        /// (<see cref="SealedFile.Prepared"/>).
        /// </summary>
        public static SealedFile.Prepared Prepare(
            string path, string inputs, int files, IReadOnlyList<StoredWarning> warnings, IReadOnlyDictionary<string, Entry> entries, LinkedAddress[] addresses,
            IReadOnlyDictionary<string, Derived> derived, string[] reads, string[] readPrints)
        {
            // Written straight to the file and hashed on the way (a national catalogue's manifest is 23 MB; gathered in
            // memory first, its buffer was copied at every doubling).
            return SealedFile.Prepare(path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                WriteBody(writer, inputs, files, warnings, entries, addresses, derived, reads, readPrints);
            });
        }

        private static void WriteBody(
            BinaryWriter writer, string inputs, int files, IReadOnlyList<StoredWarning> warnings, IReadOnlyDictionary<string, Entry> entries, LinkedAddress[] addresses,
            IReadOnlyDictionary<string, Derived> derived, string[] reads, string[] readPrints)
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(inputs);
            writer.Write(files);
            writer.Write(entries.Count);
            WriteList(writer, warnings, w =>
            {
                writer.Write(w.Code);
                writer.Write(w.File);
                writer.Write(w.Line);
                writer.Write(w.Column);
                WriteList(writer, w.Arguments, writer.Write);
                writer.Write(w.Suggestion is not null);
                if (w.Suggestion is not null)
                {
                    writer.Write(w.Suggestion);
                }
            });
            WriteList(writer, addresses, a =>
            {
                writer.Write(a.Address);
                writer.Write(a.Target);
            });
            WriteList(writer, derived.OrderBy(d => d.Key, StringComparer.Ordinal).ToList(), d =>
            {
                writer.Write(d.Key);
                writer.Write(d.Value.Key);
                WriteList(writer, d.Value.Files, f =>
                {
                    writer.Write(f.Path);
                    writer.Write(f.Length);
                });
            });
            WriteList(writer, reads.Zip(readPrints).ToList(), r =>
            {
                writer.Write(r.First);
                writer.Write(r.Second);
            });
            // In path order, so that the same site has the same manifest.
            WriteList(writer, entries.Keys.Order(StringComparer.Ordinal).ToList(), page =>
            {
                var entry = entries[page];
                writer.Write(page);
                writer.Write(entry.Key);
                writer.Write(entry.Length);
                WriteBytes(writer, LinkPositions.Encode(entry.Links));
                writer.Write(entry.Reads is not null);
                if (entry.Reads is { } pageReads)
                {
                    writer.Write(pageReads.Key);
                    WriteBytes(writer, LinkPositions.Encode(pageReads.Positions));
                }
            });
        }

        /// <summary>Reads from <paramref name="start"/> with <paramref name="read"/>; a file that ends early or holds impossible counts reads as null.</summary>
        private static T? Parse<T>(ReadOnlyMemory<byte> bytes, Func<BinaryReader, T?> read, int start)
            where T : class
        {
            using var reader = new BinaryReader(SealedFile.StreamOf(bytes, 0, bytes.Length - HashLength), Encoding.UTF8);
            reader.BaseStream.Position = start;
            try
            {
                return read(reader);
            }
            catch (Exception e) when (e is IOException or FormatException or InvalidDataException)
            {
                return null;
            }
        }

        private static List<T> ReadList<T>(BinaryReader reader, Func<T> item)
        {
            var count = SealedFile.CountIn(reader);
            var list = new List<T>(count);
            for (var i = 0; i < count; i++)
            {
                list.Add(item());
            }

            return list;
        }

        /// <summary>The next length-prefixed bytes, as a slice of the file's bytes.</summary>
        private static ReadOnlySpan<byte> ReadBytes(BinaryReader reader, ReadOnlyMemory<byte> bytes)
        {
            var count = SealedFile.CountIn(reader);
            var at = (int)reader.BaseStream.Position;
            reader.BaseStream.Position += count;
            return bytes.Span.Slice(at, count);
        }

        private static void WriteList<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<T> item)
        {
            writer.Write7BitEncodedInt(items.Count);
            foreach (var x in items)
            {
                item(x);
            }
        }

        private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> bytes)
        {
            writer.Write7BitEncodedInt(bytes.Length);
            writer.Write(bytes);
        }
    }
}
