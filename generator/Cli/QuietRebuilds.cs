using System.Runtime;

namespace OcopShowcase.Cli;

/// <summary>
/// Keeps the garbage collector out of <c>serve</c>'s rebuilds. A rebuild of a national catalogue allocates hundreds of
/// megabytes (the site model, the pages' keys) beside a live heap of gigabytes (every page of the site, in memory), and
/// each collection in it stopped both cores for about a hundred milliseconds: half a second of an edit's wait. While
/// the editor reads, once the last rebuild's garbage is collected, room is made for the next rebuild's allocations
/// (<see cref="GC.TryStartNoGCRegion(long, bool)"/>, sized from the last rebuild's); the rebuild runs without a
/// collection, and so are the sitemaps, open data and search indexes made once its pages are served (at 20,000
/// products, a full collection of a 3 GB heap among them took 300-400 ms of each cycle, which the next save waited
/// for: BENCHMARKS.md, session 39); their garbage is collected once they are made. A rebuild that allocates more than
/// the room made (a theme edit renders every page) is collected as usual from that point on. When the room for a
/// rebuild and its files does not fit in memory, room is made for the rebuild alone. The region holds for the whole
/// process: what the server allocates while the editor reads (pages served, share cards painted) uses the room too.
/// </summary>
internal sealed class QuietRebuilds
{
    /// <summary>
    /// The room made is a quarter more than the last rebuild allocated: edits differ in size, and the room is memory
    /// taken (at 20,000 products, <c>serve</c>'s peak grew from 3.8 to 4.6-4.8 GiB).
    /// </summary>
    private const double Margin = 1.25;

    /// <summary>
    /// At most this share of the memory the process may use is asked for. The collector sets the room aside for small
    /// objects and for large ones each, so about twice that share is reserved (a quarter of the memory).
    /// </summary>
    private const double MostOfMemory = 0.125;

    private long _rebuildAllocated;
    private long _madeAllocated;
    private bool _sizesNext;
    private long _startedAt;

    /// <summary>Whether the room for the next rebuild is made and no collection has ended it yet.</summary>
    public bool Ready => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>A rebuild starts: what it allocates from now on is measured.</summary>
    public void Starting() => _startedAt = GC.GetTotalAllocatedBytes();

    /// <summary>
    /// The rebuild's pages are served: what it allocated sizes the room made for the next one, unless it rendered every
    /// page (<paramref name="sizesNext"/> false: the first build, a theme edit), which an edit does not. The room holds
    /// on while the files left for later are made (<see cref="Made"/>).
    /// </summary>
    public void Served(bool sizesNext)
    {
        _sizesNext = sizesNext;
        if (sizesNext)
        {
            _rebuildAllocated = GC.GetTotalAllocatedBytes() - _startedAt;
            _madeAllocated = 0;
        }
    }

    /// <summary>
    /// The files left for later are made too: collections are allowed again, and what the rebuild and they allocated
    /// sizes the room made for the next rebuild.
    /// </summary>
    public void Made()
    {
        End();
        if (_sizesNext)
        {
            _madeAllocated = GC.GetTotalAllocatedBytes() - _startedAt;
        }
    }

    /// <summary>
    /// The last rebuild's garbage is collected and nothing is left to make: room is made for the next rebuild and the
    /// files it leaves for later, or else for the rebuild alone, if it was measured and the room fits in memory.
    /// Without a full blocking collection: the heap was just collected.
    /// </summary>
    public void Prepare()
    {
        if (Ready)
        {
            return;
        }

        var most = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * MostOfMemory;
        var room = new[] { _madeAllocated, _rebuildAllocated }.Select(allocated => (long)(allocated * Margin)).FirstOrDefault(room => room > 0 && room <= most);
        if (room == 0)
        {
            return;
        }

        try
        {
            GC.TryStartNoGCRegion(room, disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the collector can set aside at once, or a region already started (two servers in one process,
            // as tests run them): rebuilds are collected as usual.
        }
    }

    /// <summary>Allows collections again (a rebuild failed, the server stops).</summary>
    public void End()
    {
        if (!Ready)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Another thread used up the room between the check and the call: the region had already ended.
        }
    }
}
