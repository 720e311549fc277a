using System.Buffers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace OcopShowcase.Output;

/// <summary>Short content hashes that decide whether something made before can be used again.</summary>
public static class Fingerprint
{
    /// <summary>
    /// Changes whenever the generator's code does, so new code never reuses old output: the hash of the files it is
    /// compiled from, its packages and the SDK (the project file's EmbedSourceKey). The same in the JIT-compiled
    /// assembly and in the native image of the same code (Cli/NativeImage.cs), so either one reuses the other's caches
    /// and writes the same site.
    /// </summary>
    public static string Generator { get; } = typeof(Fingerprint).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "SourceKey")?.Value ?? typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(params IEnumerable<string> parts)
    {
        using var hash = new FingerprintBuilder();
        foreach (var part in parts)
        {
            hash.Add(part);
        }

        return hash.Finish();
    }

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Text(digest);
    }

    /// <summary>
    /// A digest as a fingerprint: the hex of its first 16 bytes (32 characters), made straight from them. A build makes
    /// half a million keys at national scale; the whole digest's hex, cut after, was a second string for each.
    /// </summary>
    internal static string Text(ReadOnlySpan<byte> digest) => Convert.ToHexStringLower(digest[..16]);

    /// <summary>Every file under a folder (or those matching <paramref name="pattern"/>), by relative path and content.</summary>
    public static string OfDirectory(string directory, string pattern = "*")
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Text(hash.GetHashAndReset());
    }
}

/// <summary>
/// A fingerprint made part by part (text or bytes), each part ended by a separator. The parts are gathered in a
/// buffer and hashed a buffer at a time, at once when they fit in one (most keys: a page's reads are a few kilobytes),
/// rather than one call into the hash per part: a page key of forty parts was eighty calls, and keys are made for
/// every page of every build.
/// </summary>
public sealed class FingerprintBuilder : IDisposable
{
    private const byte Separator = 0x1f;
    private const int BufferSize = 1 << 16;

    /// <summary>Made only when the parts outgrow the buffer.</summary>
    private IncrementalHash? _hash;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public FingerprintBuilder Add(string part) => Add(part.AsSpan());

    /// <summary>A part that is text, as its UTF-8 bytes: the same as a string of these characters.</summary>
    public FingerprintBuilder Add(ReadOnlySpan<char> part)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(part.Length) + 1);
        _used += Encoding.UTF8.GetBytes(part, _buffer.AsSpan(_used));
        _buffer[_used++] = Separator;
        return this;
    }

    public FingerprintBuilder Add(ReadOnlySpan<byte> part)
    {
        if (part.Length >= _buffer.Length)
        {
            // Larger than the buffer: hashed where it is, after what came before it.
            Flush();
            _hash!.AppendData(part);
            _hash.AppendData([Separator]);
            return this;
        }

        Reserve(part.Length + 1);
        part.CopyTo(_buffer.AsSpan(_used));
        _used += part.Length;
        _buffer[_used++] = Separator;
        return this;
    }

    /// <summary>The fingerprint of the parts added since the last call (the builder starts again empty).</summary>
    public string Finish()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        if (_hash is null)
        {
            SHA256.HashData(_buffer.AsSpan(0, _used), digest);
        }
        else
        {
            Flush();
            _hash.GetHashAndReset(digest);
        }

        _used = 0;
        return Fingerprint.Text(digest);
    }

    /// <summary>Room for <paramref name="length"/> more bytes: what is gathered is hashed first if they do not fit.</summary>
    private void Reserve(int length)
    {
        if (_used + length <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (length > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }
    }

    private void Flush()
    {
        _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _hash.AppendData(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    public void Dispose()
    {
        _hash?.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
