using System.Security.Cryptography;
using System.Text;
using CsCheck;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// A fingerprint is SHA-256 of its parts, each followed by the separator 0x1f, however the builder gathers them: parts
/// small and large (past its 64 KiB buffer), text and bytes, and a builder used again after <see cref="FingerprintBuilder.Finish"/>.
/// Page, search and cache keys already on disk stay valid only while this holds.
/// </summary>
public class FingerprintBuilderTests
{
    private static string Expected(IEnumerable<byte[]> parts)
        => Convert.ToHexStringLower(SHA256.HashData(parts.SelectMany(p => p.Append((byte)0x1f)).ToArray()))[..32];

    [Fact]
    public void Any_parts_text_or_bytes_hash_as_their_bytes_each_followed_by_the_separator()
    {
        // Lengths around the buffer's size are the ones that matter; a few parts are long enough to pass it alone.
        var length = Gen.OneOf(Gen.Int[0, 64], Gen.Int[65_000, 66_000], Gen.Int[130_000, 140_000]);
        var part = Gen.Select(length, Gen.Bool, Gen.Char['a', 'ữ'], (n, asText, c) => (Text: new string(c, n), AsText: asText));
        Check.Sample(part.Array[0, 6], parts =>
        {
            using var builder = new FingerprintBuilder();
            for (var round = 0; round < 2; round++)
            {
                foreach (var (text, asText) in parts)
                {
                    if (asText)
                    {
                        builder.Add(text);
                    }
                    else
                    {
                        builder.Add(Encoding.UTF8.GetBytes(text));
                    }
                }

                Assert.Equal(Expected(parts.Select(p => Encoding.UTF8.GetBytes(p.Text))), builder.Finish());
            }
        }, iter: 60);
    }

    [Fact]
    public void Fingerprint_Of_is_the_builder_over_its_parts()
    {
        Assert.Equal(Expected([Encoding.UTF8.GetBytes("q:catalogue:vi/-/-/2"), Encoding.UTF8.GetBytes("Nem chua Cẩm Tân")]), Fingerprint.Of("q:catalogue:vi/-/-/2", "Nem chua Cẩm Tân"));
        Assert.Equal(Expected([]), Fingerprint.Of());
    }
}
