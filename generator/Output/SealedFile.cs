using System.Security.Cryptography;

namespace OcopShowcase.Output;

/// <summary>
/// A file of <c>.cache/</c> that is whole or not used: it begins with a magic line naming its format (and, where its
/// bytes follow the generator's types, the generator), ends with the SHA-256 of everything before it, and is written
/// beside its place and renamed over it. A file cut short, damaged, of another format or written by other code reads
/// as none. The page manifest (<see cref="PreviousPages"/>) and the document memo (<see cref="Content.DocumentMemo"/>)
/// are kept this way.
/// </summary>
public static class SealedFile
{
    public const int HashLength = 32;

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, hash included, when it begins with <paramref name="magic"/> and
    /// its hash checks; null otherwise, or when there is no file. The magic is read first, so that a file of another
    /// format (a national catalogue's are tens of megabytes) is not read whole to be refused.
    /// <para>On Linux and macOS the file is mapped, not copied (<see cref="MappedFile"/>): the bytes are the page cache's,
    /// which the last build's write left there. Copied, a national catalogue's document memo (50 MB) was 50 MB of memory
    /// touched for the first time, which costs a virtual machine like the benchmarks' about 3 ms a megabyte (150 ms,
    /// against 23 ms mapped), and a large object whose allocation set off a full collection. The bytes stay mapped
    /// until the reader gives them back (<see cref="Release"/>, <see cref="ReadWith{T}"/>) or the process ends. Every
    /// <c>.cache/</c> file is replaced by a rename, never written in place, so a mapping never sees its file change.
    /// Windows cannot rename over a mapped file: there the file is read.</para>
    /// </summary>
    public static ReadOnlyMemory<byte>? Read(string path, ReadOnlySpan<byte> magic)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            Span<byte> head = stackalloc byte[magic.Length];
            if (length < magic.Length + HashLength || length > Array.MaxLength || RandomAccess.Read(handle, head, 0) != magic.Length || !head.SequenceEqual(magic))
            {
                return null;
            }

            var bytes = OperatingSystem.IsWindows() ? ReadWhole(handle, (int)length) : MappedFile.Of(handle, (int)length)?.Memory ?? ReadWhole(handle, (int)length);
            var body = bytes.Length - HashLength;
            if (bytes.IsEmpty || !SHA256.HashData(bytes.Span[..body]).AsSpan().SequenceEqual(bytes.Span[body..]))
            {
                Release(bytes);
                return null;
            }

            return bytes;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>What <paramref name="parse"/> makes of the bytes <see cref="Read"/> gives (null when it gives none), which are given back after it.</summary>
    public static T? ReadWith<T>(string path, ReadOnlySpan<byte> magic, Func<ReadOnlyMemory<byte>, T?> parse)
        where T : class
    {
        if (Read(path, magic) is not { } bytes)
        {
            return null;
        }

        try
        {
            return parse(bytes);
        }
        finally
        {
            Release(bytes);
        }
    }

    /// <summary>
    /// Gives back the memory of a file <see cref="Read"/> gave, once nothing will read it or any slice of it again (a
    /// mapped file is unmapped; an array is left to the collector).
    /// </summary>
    public static void Release(ReadOnlyMemory<byte> bytes)
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetMemoryManager<byte, MappedFile>(bytes, out var mapped))
        {
            ((IDisposable)mapped).Dispose();
        }
    }

    /// <summary>A stream over <paramref name="length"/> of <paramref name="bytes"/> from <paramref name="start"/>, for a <see cref="BinaryReader"/>: the caller keeps <paramref name="bytes"/> while it reads.</summary>
    public static unsafe Stream StreamOf(ReadOnlyMemory<byte> bytes, int start, int length)
    {
        var part = bytes.Slice(start, length);
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(part, out var array))
        {
            return new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
        }

        // Mapped memory does not move: its pin is its address.
        using var pin = part.Pin();
        return new UnmanagedMemoryStream((byte*)pin.Pointer, part.Length);
    }

    /// <summary>
    /// A count of the items that follow it (written by <see cref="BinaryWriter.Write7BitEncodedInt"/>). Every item takes
    /// at least one byte: a count larger than the bytes left is damage, refused (<see cref="InvalidDataException"/>)
    /// before anything is allocated for it.
    /// </summary>
    public static int CountIn(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException();
    }

    /// <summary>Strings, counted (<see cref="ReadStrings"/> reads them back).</summary>
    public static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> strings)
    {
        writer.Write7BitEncodedInt(strings.Count);
        foreach (var text in strings)
        {
            writer.Write(text);
        }
    }

    /// <summary>The strings <see cref="WriteStrings"/> wrote.</summary>
    public static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[CountIn(reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    /// <summary>The file's bytes, read into an array; empty when it ended before <paramref name="length"/>.</summary>
    private static ReadOnlyMemory<byte> ReadWhole(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length)
    {
        // Every byte is read into it: not cleared first.
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        return read == bytes.Length ? bytes : ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>
    /// Writes the file at <paramref name="path"/>: <paramref name="body"/> writes everything but the hash (its magic
    /// first) to a stream that gathers 64 KiB at a time and hashes on the way; the hash follows, and the file is moved
    /// into place whole. A write that fails leaves no temporary file.
    /// </summary>
    public static void Write(string path, Action<Stream> body) => Prepare(path, body).Place();

    /// <summary>
    /// Writes the file beside its place (as <see cref="Write"/> does) without moving it there: the caller puts it in
    /// place (<see cref="Prepared.Place"/>) or throws it away (<see cref="Prepared.Discard"/>) once it knows which.
    /// </summary>
    public static Prepared Prepare(string path, Action<Stream> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            using (var sha = SHA256.Create())
            {
                using (var hashed = new BufferedStream(new CryptoStream(file, sha, CryptoStreamMode.Write, leaveOpen: true), 1 << 16))
                {
                    body(hashed);
                }

                file.Write(sha.Hash!);
            }

            return new Prepared(path, temporary);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A sealed file written whole beside its place.</summary>
    public sealed record Prepared(string Path, string Temporary)
    {
        /// <summary>Moves the file into its place, over what was there.</summary>
        public void Place()
        {
            try
            {
                File.Move(Temporary, Path, overwrite: true);
            }
            catch (IOException)
            {
                File.Delete(Temporary);
                throw;
            }
        }

        /// <summary>Deletes the file; its place keeps what it had.</summary>
        public void Discard() => File.Delete(Temporary);
    }
}
