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
    /// </summary>
    public static byte[]? Read(string path, ReadOnlySpan<byte> magic)
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

            // Every byte is read into it: not cleared first.
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
            {
                read += n;
            }

            var body = bytes.Length - HashLength;
            return read == bytes.Length && SHA256.HashData(bytes.AsSpan(0, body)).AsSpan().SequenceEqual(bytes.AsSpan(body)) ? bytes : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
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
