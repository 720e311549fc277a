using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OcopShowcase.Cli;

/// <summary>
/// Lets Linux back the native image's garbage-collected heap with transparent huge pages (2 MiB): one page fault
/// where there were 512. A build's heap grows to hundreds of megabytes, and each 4 KiB page of it costs a fault on
/// first touch; on a virtual machine a fault can also exit to the hypervisor. On the benchmark machine a 20,000-product
/// edit build took about 190,000 faults; with huge pages, about 28,000, and 16 % less time (BENCHMARKS.md, session 37).
/// <para>Most distributions give huge pages only to memory a process marks (<c>madvise</c> in
/// <c>/sys/kernel/mm/transparent_hugepage/enabled</c>), and .NET's collector marks none. Marking is not enough either:
/// the collector reserves its address range unreadable, then makes it readable a few pages at a time as the heap
/// grows, and the kernel gives a huge page only where 2 MiB around the fault are already readable. So, at start, the
/// part of the reservation past the first objects, up to half the machine's memory, is made readable and writable at
/// once, marked for huge pages, and marked to be dumped (the collector marks reserved memory as not dumped, and marks it
/// back as it commits it: the two marks would split the range). The collector then "commits" memory that already is,
/// which changes nothing. Pages are still given only when touched: the resident size is what the heap uses, rounded up
/// to 2 MiB. Memory the collector gives back and takes again is mapped anew, and faults in small pages as before.</para>
/// <para>Only the native image does this: its runtime reserves nothing else like the heap. Nothing is done off Linux,
/// where huge pages are off, where the kernel counts every writable page against a strict limit
/// (<c>vm.overcommit_memory = 2</c>), or with <c>OCOP_HUGE_PAGES=0</c> (to measure without). Where anything looks
/// unlike the collector's reservation, nothing is changed.</para>
/// </summary>
public static partial class HugePages
{
    private const int ProtectReadWrite = 0x1 | 0x2;
    private const int AdviseDump = 17;
    private const int AdviseHugePage = 14;
    private const ulong HugePage = 2 << 20;

    /// <summary>How much of the heap's reservation was opened and marked at start (0 when nothing was done).</summary>
    public static long Marked { get; private set; }

    /// <summary>Opens and marks the heap's reservation (see the class's remarks); does nothing where it should not.</summary>
    public static void AdviseHeap()
    {
        if (!NativeImage.IsRunning || !OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("OCOP_HUGE_PAGES") == "0")
        {
            return;
        }

        try
        {
            // Made before the mappings are read: the collector may have to commit memory for it.
            var heapAddress = AddressOfNewObject();
            if (!File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal)
                && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() is "0" or "1"
                && Plan(File.ReadAllText("/proc/self/smaps"), heapAddress, (ulong)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2) is { } plan)
            {
                Apply(plan);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No huge pages: small ones, as before.
        }
    }

    /// <summary>The size of this process's memory in huge pages now (<c>AnonHugePages</c>), or null where unknown.</summary>
    public static long? InUse()
    {
        try
        {
            return OperatingSystem.IsLinux()
                ? File.ReadLines("/proc/self/smaps_rollup").Where(l => l.StartsWith("AnonHugePages:", StringComparison.Ordinal)).Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) << 10).FirstOrDefault()
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>What to open and mark: the whole range, and the reserved (unreadable) parts of it.</summary>
    internal sealed record HeapPlan
    {
        public required ulong Start { get; init; }

        public required ulong End { get; init; }

        public required IReadOnlyList<(ulong Start, ulong End)> Reserved { get; init; }
    }

    /// <summary>
    /// From <c>/proc/self/smaps</c>: the anonymous mapping holding <paramref name="heapAddress"/> (an object just made,
    /// so writable), then each mapping right after it while it is either writable (memory the collector committed) or
    /// unreadable and marked not to be dumped (<c>dd</c>: what the collector reserved), up to <paramref name="cap"/>
    /// bytes from its start. Anything else ends the range: a file, a thread's guard page, a gap. Null when the address
    /// is in no such mapping, or nothing past it is reserved.
    /// </summary>
    internal static HeapPlan? Plan(string smaps, ulong heapAddress, ulong cap)
    {
        var mappings = Mappings(smaps);
        var at = mappings.FindIndex(m => m.Start <= heapAddress && heapAddress < m.End);
        if (at < 0 || !mappings[at].Anonymous || mappings[at].Permissions != "rw-p")
        {
            return null;
        }

        var start = mappings[at].Start;
        var limit = start + (cap & ~(HugePage - 1));
        var end = start;
        var reserved = new List<(ulong Start, ulong End)>();
        for (var i = at; i < mappings.Count && mappings[i].Start == end && end < limit; i++)
        {
            var mapping = mappings[i];
            var open = mapping.Anonymous && mapping.Permissions == "rw-p";
            var closed = mapping.Anonymous && mapping.Permissions == "---p" && mapping.Flags.Contains("dd");
            if (!open && !closed)
            {
                break;
            }

            end = Math.Min(mapping.End, limit);
            if (closed)
            {
                reserved.Add((mapping.Start, end));
            }
        }

        return reserved.Count == 0 ? null : new HeapPlan { Start = start, End = end, Reserved = reserved };
    }

    private sealed record Mapping(ulong Start, ulong End, string Permissions, bool Anonymous, string[] Flags);

    /// <summary>The mappings of <c>/proc/self/smaps</c>, in address order, each with its <c>VmFlags</c>.</summary>
    private static List<Mapping> Mappings(string smaps)
    {
        var mappings = new List<Mapping>();
        foreach (var line in smaps.Split('\n'))
        {
            if (line.StartsWith("VmFlags:", StringComparison.Ordinal) && mappings.Count > 0)
            {
                mappings[^1] = mappings[^1] with { Flags = line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) };
                continue;
            }

            // "start-end perms offset dev inode [path]": a mapping's first line; the other lines are "Name: value".
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var dash = fields.Length >= 5 ? fields[0].IndexOf('-') : -1;
            if (dash <= 0 || fields[0].EndsWith(':')
                || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            {
                continue;
            }

            var anonymous = fields[4] == "0" && (fields.Length < 6 || string.IsNullOrWhiteSpace(fields[5]));
            mappings.Add(new Mapping(start, end, fields[1], anonymous, []));
        }

        return mappings;
    }

    /// <summary>Opens the reserved parts, then marks the whole range; stops at the first refusal (the rest stays as the collector left it).</summary>
    private static void Apply(HeapPlan plan)
    {
        foreach (var (start, end) in plan.Reserved)
        {
            if (Protect((nint)start, (nint)(end - start), ProtectReadWrite) != 0 || Advise((nint)start, (nint)(end - start), AdviseDump) != 0)
            {
                return;
            }
        }

        if (Advise((nint)plan.Start, (nint)(plan.End - plan.Start), AdviseHugePage) == 0)
        {
            Marked = (long)(plan.End - plan.Start);
        }
    }

    private static unsafe ulong AddressOfNewObject()
    {
        var probe = new object();
        var address = (ulong)*(nint*)Unsafe.AsPointer(ref probe);
        GC.KeepAlive(probe);
        return address;
    }

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Protect(nint address, nint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nint length, int advice);
}
