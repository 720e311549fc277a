using System.Runtime;
using OcopShowcase.Cli;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// <c>serve</c>'s rebuilds run without garbage collections (<see cref="QuietRebuilds"/>). A no-GC region holds for the
/// whole process, so these cases run alone, after the others.
/// </summary>
[Collection(nameof(QuietRebuildsTests))]
[CollectionDefinition(nameof(QuietRebuildsTests), DisableParallelization = true)]
public class QuietRebuildsTests
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void A_rebuild_the_size_of_the_last_one_runs_without_a_collection_and_collections_resume_once_it_is_served()
    {
        var quiet = new QuietRebuilds();
        try
        {
            // The same garbage outside a rebuild is collected on the way.
            var unprotected = Collections();
            Rebuild(quiet, 120 * Megabyte, firstBuild: false);
            Assert.True(Collections() > unprotected);
            GC.Collect();
            quiet.Prepare();
            Assert.True(quiet.Ready);

            var collections = Collections();
            quiet.Starting();
            Garbage(120 * Megabyte);
            Assert.Equal(collections, Collections());
            quiet.Served(firstBuild: false);

            Assert.False(quiet.Ready);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            quiet.End();
        }
    }

    [Fact]
    public void The_first_build_renders_every_page_and_sizes_nothing()
    {
        var quiet = new QuietRebuilds();
        Rebuild(quiet, 8 * Megabyte, firstBuild: true);
        quiet.Prepare();
        Assert.False(quiet.Ready);
    }

    [Fact]
    public void A_rebuild_larger_than_the_room_made_is_collected_as_usual_and_ends_cleanly()
    {
        var quiet = new QuietRebuilds();
        try
        {
            Rebuild(quiet, 8 * Megabyte, firstBuild: false);
            GC.Collect();
            quiet.Prepare();
            Assert.True(quiet.Ready);

            var collections = Collections();
            quiet.Starting();
            Garbage(120 * Megabyte);
            Assert.True(Collections() > collections);
            quiet.Served(firstBuild: false);
            Assert.False(quiet.Ready);

            // The next rebuild is sized from this one.
            GC.Collect();
            quiet.Prepare();
            Assert.True(quiet.Ready);
        }
        finally
        {
            quiet.End();
        }
    }

    [Fact]
    public void A_failed_rebuild_allows_collections_again()
    {
        var quiet = new QuietRebuilds();
        Rebuild(quiet, 8 * Megabyte, firstBuild: false);
        GC.Collect();
        quiet.Prepare();
        Assert.True(quiet.Ready);
        quiet.End();
        Assert.False(quiet.Ready);
        quiet.End();
    }

    private static void Rebuild(QuietRebuilds quiet, int bytes, bool firstBuild)
    {
        quiet.Starting();
        Garbage(bytes);
        quiet.Served(firstBuild);
    }

    private static int Collections() => GC.CollectionCount(0);

    /// <summary>Short-lived objects the size of a page's values, as a rebuild makes them.</summary>
    private static void Garbage(int bytes)
    {
        var kept = 0L;
        for (var made = 0; made < bytes; made += 1024)
        {
            kept += new byte[1000].Length;
        }

        GC.KeepAlive(kept);
    }
}
