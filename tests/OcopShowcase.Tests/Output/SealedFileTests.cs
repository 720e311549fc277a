using System.Runtime.InteropServices;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The cache files a build reads whole (<see cref="SealedFile"/>): the bytes written, or none when the file is damaged,
/// cut short or of another format; on Linux mapped from the page cache, as they were when read even after the next
/// build renames a new file over them, and given back once read.
/// </summary>
public class SealedFileTests
{
    private static readonly byte[] Magic = "OCOP-TEST 1\n"u8.ToArray();

    private static string Written(string text)
    {
        var path = Path.Combine(TestPaths.TempDirectory(), "cache", "test.sealed");
        SealedFile.Write(path, stream =>
        {
            stream.Write(Magic);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        });
        return path;
    }

    private static string BodyOf(ReadOnlyMemory<byte> bytes)
        => System.Text.Encoding.UTF8.GetString(bytes.Span[Magic.Length..^SealedFile.HashLength]);

    [Fact]
    public void A_file_reads_as_it_was_written_and_a_damaged_one_as_none()
    {
        var path = Written("Chè lam Cẩm Tân");
        var bytes = SealedFile.Read(path, Magic);
        Assert.NotNull(bytes);
        Assert.Equal("Chè lam Cẩm Tân", BodyOf(bytes.Value));
        SealedFile.Release(bytes.Value);

        Assert.Null(SealedFile.Read(path, "OCOP-OTHER 1\n"u8));
        var whole = File.ReadAllBytes(path);
        whole[Magic.Length + 2] ^= 0x20;
        File.WriteAllBytes(path + ".changed", whole);
        Assert.Null(SealedFile.Read(path + ".changed", Magic));
        File.WriteAllBytes(path + ".short", whole[..^1]);
        Assert.Null(SealedFile.Read(path + ".short", Magic));
        File.WriteAllBytes(path + ".tiny", Magic);
        Assert.Null(SealedFile.Read(path + ".tiny", Magic));
        Assert.Null(SealedFile.Read(path + ".missing", Magic));
    }

    [Fact]
    public void On_linux_the_bytes_are_mapped_and_stay_as_read_when_the_next_build_replaces_the_file()
    {
        var path = Written("giá 45000");
        var bytes = SealedFile.Read(path, Magic)!.Value;
        Assert.Equal(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), MemoryMarshal.TryGetMemoryManager<byte, MappedFile>(bytes, out _));

        // As every .cache/ file is replaced: written beside it and renamed over it.
        SealedFile.Write(path, stream =>
        {
            stream.Write(Magic);
            stream.Write("giá 48000"u8);
        });
        Assert.Equal("giá 45000", BodyOf(bytes));
        SealedFile.Release(bytes);
        Assert.Equal("giá 48000", BodyOf(SealedFile.Read(path, Magic)!.Value));
    }

    [Fact]
    public void Read_with_gives_the_mapping_back_once_parsed()
    {
        var path = Written("Mật ong Cẩm Thủy");
        ReadOnlyMemory<byte> seen = default;
        var text = SealedFile.ReadWith(path, Magic, bytes =>
        {
            seen = bytes;
            return BodyOf(bytes);
        });
        Assert.Equal("Mật ong Cẩm Thủy", text);
        if (MemoryMarshal.TryGetMemoryManager<byte, MappedFile>(seen, out var mapped))
        {
            Assert.True(mapped.IsReleased);
        }
        else
        {
            Assert.False(OperatingSystem.IsLinux(), "On Linux a sealed file is mapped.");
        }

        Assert.Null(SealedFile.ReadWith<string>(path + ".missing", Magic, _ => throw new InvalidOperationException("nothing to parse")));
    }
}
