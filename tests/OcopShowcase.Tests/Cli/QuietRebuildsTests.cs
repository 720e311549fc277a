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
            Rebuild(quiet, 120 * Megabyte, sizesNext: true);
            Assert.True(Collections() > unprotected);
            Prepared(quiet);

            Assert.Equal(0, CollectionsIn(quiet, 120 * Megabyte));

            Assert.False(quiet.Ready);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            quiet.End();
        }
    }

    [Fact]
    public void The_files_made_after_the_pages_are_made_without_a_collection_too_and_collections_resume_once_they_are()
    {
        var quiet = new QuietRebuilds();
        try
        {
            Rebuild(quiet, 60 * Megabyte, sizesNext: true, later: 60 * Megabyte);
            Prepared(quiet);

            Assert.Equal(0, CollectionsIn(quiet, 60 * Megabyte, later: 60 * Megabyte));

            Assert.False(quiet.Ready);
            var resumed = Collections();
            Garbage(120 * Megabyte);
            Assert.True(Collections() > resumed);
        }
        finally
        {
            quiet.End();
        }
    }

    [Fact]
    public void A_build_that_renders_every_page_sizes_nothing()
    {
        var quiet = new QuietRebuilds();
        Rebuild(quiet, 8 * Megabyte, sizesNext: false);
        quiet.Prepare();
        Assert.False(quiet.Ready);
    }

    [Fact]
    public void A_rebuild_larger_than_the_room_made_is_collected_as_usual_and_ends_cleanly()
    {
        var quiet = new QuietRebuilds();
        try
        {
            Rebuild(quiet, 8 * Megabyte, sizesNext: true);
            Prepared(quiet);

            Assert.True(CollectionsIn(quiet, 120 * Megabyte) > 0);
            Assert.False(quiet.Ready);

            // The next rebuild is sized from this one.
            Prepared(quiet);
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
        Rebuild(quiet, 8 * Megabyte, sizesNext: true);
        Prepared(quiet);
        quiet.End();
        Assert.False(quiet.Ready);
        quiet.End();
    }

    /// <summary>A rebuild that allocates <paramref name="bytes"/> up to its pages served, then <paramref name="later"/> making the files left for later.</summary>
    private static void Rebuild(QuietRebuilds quiet, int bytes, bool sizesNext, int later = 0)
    {
        quiet.Starting();
        Garbage(bytes);
        quiet.Served(sizesNext);
        Garbage(later);
        quiet.Made();
    }

    private static int Collections() => GC.CollectionCount(0);

    /// <summary>As <c>serve</c> does while the editor reads: the garbage collected, then room made.</summary>
    private static void Prepared(QuietRebuilds quiet)
    {
        GC.Collect();
        quiet.Prepare();
        Assert.True(quiet.Ready);
    }

    /// <summary>
    /// The gen-0 collections during a rebuild that allocates <paramref name="bytes"/> up to its pages served, then
    /// <paramref name="later"/> making the files left for later.
    /// </summary>
    private static int CollectionsIn(QuietRebuilds quiet, int bytes, int later = 0)
    {
        var before = Collections();
        quiet.Starting();
        Garbage(bytes);
        quiet.Served(sizesNext: true);
        Garbage(later);
        var during = Collections() - before;
        quiet.Made();
        return during;
    }

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
