using OcopShowcase.Cli;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// Which memory the native image opens and marks for huge pages (<see cref="HugePages"/>), read from mappings laid out
/// as Linux lists them in <c>/proc/self/smaps</c> (the collector's 4 MiB regions, each committed a few pages at a
/// time). The image itself marks its heap in <see cref="NativeImageTests"/>.
/// </summary>
public class HugePagesTests
{
    private const ulong Mebibyte = 1 << 20;
    private const ulong Region = 0x7f00a4c00000;

    private static string Mapping(ulong start, ulong end, string permissions, string flags, string inodeAndPath = "0")
        => $"{start:x}-{end:x} {permissions} 00000000 00:00 {inodeAndPath}\nSize: {(end - start) >> 10} kB\nRss: 0 kB\nVmFlags: {flags}\n";

    /// <summary>The collector's regions from <see cref="Region"/>: committed prefixes, reserved rests, for 16 MiB; then <paramref name="after"/>.</summary>
    private static string Heap(string after = "")
        => Mapping(Region - (4 * Mebibyte), Region - (4 * Mebibyte) + 0x1000, "rw-p", "rd wr mr mw me ac")
            + Mapping(Region - (4 * Mebibyte) + 0x1000, Region, "---p", "mr mw me dd")
            + Mapping(Region, Region + 0x31000, "rw-p", "rd wr mr mw me ac")
            + Mapping(Region + 0x31000, Region + (4 * Mebibyte), "---p", "mr mw me dd")
            + Mapping(Region + (4 * Mebibyte), Region + (4 * Mebibyte) + 0x1000, "rw-p", "rd wr mr mw me ac")
            + Mapping(Region + (4 * Mebibyte) + 0x1000, Region + (16 * Mebibyte), "---p", "mr mw me dd")
            + after;

    [Fact]
    public void The_heap_is_opened_from_the_region_of_a_new_object_through_the_reserved_rest_of_the_range()
    {
        var plan = HugePages.Plan(Heap(), Region + 0x2b8, cap: 1 << 30);

        Assert.NotNull(plan);
        Assert.Equal(Region, plan.Start);
        Assert.Equal(Region + (16 * Mebibyte), plan.End);
        // Only what is unreadable is opened; what the collector committed stays as it is.
        Assert.Equal([(Region + 0x31000, Region + (4 * Mebibyte)), (Region + (4 * Mebibyte) + 0x1000, Region + (16 * Mebibyte))], plan.Reserved);
    }

    [Fact]
    public void The_range_stops_at_the_cap_on_a_2_mib_boundary()
    {
        var plan = HugePages.Plan(Heap(), Region + 0x2b8, cap: (7 * Mebibyte) + 12345);

        Assert.NotNull(plan);
        Assert.Equal(Region + (6 * Mebibyte), plan.End);
        Assert.Equal(Region + (6 * Mebibyte), plan.Reserved[^1].End);
    }

    [Theory]
    [InlineData("---p", "mr mw me", "0")] // a thread stack's guard page: never opened
    [InlineData("---p", "mr mw me dd", "5317870 /work/ocop")] // a file
    [InlineData("r--p", "rd mr mw me dd", "0")] // read-only memory
    public void Whatever_follows_the_heap_and_is_not_the_collectors_ends_the_range(string permissions, string flags, string inodeAndPath)
    {
        var end = Region + (16 * Mebibyte);
        var plan = HugePages.Plan(Heap(after: Mapping(end, end + (64 * Mebibyte), permissions, flags, inodeAndPath)), Region + 0x2b8, cap: 1 << 30);

        Assert.NotNull(plan);
        Assert.Equal(end, plan.End);
    }

    [Fact]
    public void A_gap_ends_the_range()
    {
        var end = Region + (16 * Mebibyte);
        var plan = HugePages.Plan(Heap(after: Mapping(end + 0x1000, end + (64 * Mebibyte), "---p", "mr mw me dd")), Region + 0x2b8, cap: 1 << 30);

        Assert.NotNull(plan);
        Assert.Equal(end, plan.End);
    }

    [Fact]
    public void Nothing_is_planned_unless_the_address_is_in_writable_anonymous_memory_followed_by_a_reservation()
    {
        // The address in a reserved rest (not an object's), or past every mapping.
        Assert.Null(HugePages.Plan(Heap(), Region + 0x40000, cap: 1 << 30));
        Assert.Null(HugePages.Plan(Heap(), Region + (32 * Mebibyte), cap: 1 << 30));
        // Committed memory with nothing reserved after it.
        Assert.Null(HugePages.Plan(Mapping(Region, Region + 0x31000, "rw-p", "rd wr mr mw me ac"), Region + 0x100, cap: 1 << 30));
        // A file mapped writable.
        Assert.Null(HugePages.Plan(Mapping(Region, Region + 0x31000, "rw-p", "rd wr mr mw me ac", "12691038 /tmp/x") + Mapping(Region + 0x31000, Region + (4 * Mebibyte), "---p", "mr mw me dd"), Region + 0x100, cap: 1 << 30));
        Assert.Null(HugePages.Plan("", Region, cap: 1 << 30));
    }
}
