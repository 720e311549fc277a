using System.Runtime;

namespace OcopShowcase.Cli;

/// <summary>
/// Keeps the garbage collector out of <c>serve</c>'s rebuilds. A rebuild of a national catalogue allocates hundreds of
/// megabytes (the site model, the pages' keys) beside a live heap of gigabytes (every page of the site, in memory), and
/// each collection in it stopped both cores for about a hundred milliseconds: half a second of an edit's wait. While
/// the editor reads, once the last rebuild's garbage is collected, room is made for the next rebuild's allocations
/// (<see cref="GC.TryStartNoGCRegion(long, bool)"/>, sized from the last rebuild's); the rebuild runs without a
/// collection, and its garbage is collected after its pages are served. A rebuild that allocates more than the room
/// made (a theme edit renders every page) is collected as usual from that point on. The region holds for the whole
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

    private long _lastAllocated;
    private long _startedAt;

    /// <summary>Whether the room for the next rebuild is made and no collection has ended it yet.</summary>
    public bool Ready => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>A rebuild starts: what it allocates from now on is measured.</summary>
    public void Starting() => _startedAt = GC.GetTotalAllocatedBytes();

    /// <summary>
    /// The rebuild's pages are served: collections are allowed again, and what it allocated sizes the room made for the
    /// next one, unless it rendered every page (<paramref name="sizesNext"/> false: the first build, a theme edit), which
    /// an edit does not.
    /// </summary>
    public void Served(bool sizesNext)
    {
        End();
        if (sizesNext)
        {
            _lastAllocated = GC.GetTotalAllocatedBytes() - _startedAt;
        }
    }

    /// <summary>
    /// The last rebuild's garbage is collected and nothing is left to make: room is made for the next rebuild, if the
    /// last one was measured and the room fits in memory. Without a full blocking collection: the heap was just
    /// collected.
    /// </summary>
    public void Prepare()
    {
        if (_lastAllocated <= 0 || Ready)
        {
            return;
        }

        var room = (long)(_lastAllocated * Margin);
        if (room > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * MostOfMemory)
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
