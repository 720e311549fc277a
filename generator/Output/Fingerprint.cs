using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace OcopShowcase.Output;

/// <summary>Short content hashes that decide whether something made before can be used again.</summary>
public static class Fingerprint
{
    /// <summary>Changes whenever the generator's code does (the compiler is deterministic), so new code never reuses old output.</summary>
    public static string Generator { get; } = typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(params IEnumerable<string> parts)
    {
        using var hash = new FingerprintBuilder();
        foreach (var part in parts)
        {
            hash.Add(part);
        }

        return hash.Finish();
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>Every file under a folder (or those matching <paramref name="pattern"/>), by relative path and content.</summary>
    public static string OfDirectory(string directory, string pattern = "*")
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}

/// <summary>A fingerprint made part by part (text or bytes), each part ended by a separator, without copying the parts.</summary>
public sealed class FingerprintBuilder : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);

    public FingerprintBuilder Add(string part)
    {
        var length = Encoding.UTF8.GetMaxByteCount(part.Length);
        if (length > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }

        return Add(_buffer.AsSpan(0, Encoding.UTF8.GetBytes(part, _buffer)));
    }

    public FingerprintBuilder Add(ReadOnlySpan<byte> part)
    {
        _hash.AppendData(part);
        _hash.AppendData([0x1f]);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..32];

    public void Dispose()
    {
        _hash.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
