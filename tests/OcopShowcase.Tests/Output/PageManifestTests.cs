using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The page manifest <c>build</c> keeps in <c>.cache/pages/</c> (<see cref="PreviousPages.Commit"/>): it describes the
/// site in place or is absent. It is written beside the publishing, and takes its place only once the site is
/// published; a publishing that fails leaves neither a manifest nor the file written for one.
/// </summary>
public class PageManifestTests
{
    [Fact]
    public void The_manifest_is_absent_while_a_site_is_published_in_place_after_and_gone_with_a_publishing_that_fails()
    {
        var root = TestPaths.TempDirectory();
        var output = Path.Combine(root, "_site");
        var cache = Path.Combine(root, ".cache", "pages");
        Directory.CreateDirectory(output);
        var manifest = PreviousPages.CacheFileOf(output, cache, ".pages");

        Commit(output, cache, () => { });
        Assert.Equal([manifest], Directory.EnumerateFiles(cache));

        // A process killed while the site changes must leave no manifest describing other files.
        var seen = new List<string>();
        Commit(output, cache, () => seen.AddRange(Directory.EnumerateFiles(cache).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))));
        Assert.Empty(seen);
        Assert.Equal([manifest], Directory.EnumerateFiles(cache));

        // The publishing fails once the next manifest is being written beside it.
        var failure = Assert.Throws<IOException>(() => Commit(output, cache, () =>
        {
            Assert.True(SpinWait.SpinUntil(() => Directory.EnumerateFiles(cache, "*.tmp").Any(), TimeSpan.FromSeconds(10)));
            throw new IOException("Ổ đĩa đầy");
        }));
        Assert.Equal("Ổ đĩa đầy", failure.Message);
        Assert.Empty(Directory.EnumerateFiles(cache));
    }

    private static void Commit(string output, string cache, Action publish)
    {
        var previous = PreviousPages.OnDisk(output, cache);
        previous.ReadPages();
        previous.CompareLinks(_ => null);
        previous.CompareReads(_ => "");
        previous.Commit(publish, inputs: "inputs", files: 0);
    }
}
