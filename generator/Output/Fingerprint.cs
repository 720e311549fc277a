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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var part in parts)
            {
                var length = Encoding.UTF8.GetMaxByteCount(part.Length);
                if (length > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                }

                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
                hash.AppendData([0x1f]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
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
