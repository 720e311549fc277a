using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The preview server's memory of what it found in each section (<see cref="SectionMemo"/>): a rebuild takes again the
/// sections and bundles its watcher named nothing in, scans the rest, and builds the site a fresh process builds, with
/// the same messages, whatever was saved, added, broken, mended or removed.
/// </summary>
public class SectionMemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly string SharedCache = TestPaths.TempDirectory();

    [Fact]
    public void A_rebuild_takes_again_what_nothing_was_saved_in_and_builds_what_a_fresh_process_builds()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var serve = new Preview(new BuildOptions(content, TestPaths.Theme, Path.Combine(content, "..", "_site"), null, Today, SharedCache));
        var sections = ContentKinds.All.Select(kind => kind.Section).Count(section => Directory.Exists(Path.Combine(content, section)));
        var products = Directory.GetDirectories(Path.Combine(content, "san-pham")).Length;

        serve.AssertFresh(serve.Rebuild());
        Assert.Equal((0, 0), serve.Taken);

        // Nothing saved: every section is taken as found.
        serve.AssertFresh(serve.Rebuild());
        Assert.Equal((sections, 0), serve.Taken);

        // A product's Markdown saved: its section is scanned again, every other bundle in it taken as found.
        var edited = Path.Combine(content, "san-pham/nem-chua-cam-tan/index.md");
        SiteAssert.Edit(edited, "price: 5000", "price: 6000");
        var saved = serve.Rebuild(edited);
        serve.AssertFresh(saved);
        Assert.Equal((sections - 1, products - 1), serve.Taken);
        Assert.Contains(saved.Files, f => f.Path == "san-pham/nem-chua-cam-tan/index.html" && f.ReadBytes().AsSpan().IndexOf("6.000"u8) >= 0);

        // A flat file saved (a news post): its section is scanned again.
        var news = Path.Combine(content, "tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md");
        File.AppendAllText(news, "\nMột câu mới.\n");
        serve.AssertFresh(serve.Rebuild(news));
        Assert.Equal((sections - 1, 0), serve.Taken);

        // A new folder with a translation and no original: an error, given again while nothing changes.
        var added = Path.Combine(content, "san-pham/ruou-moi");
        Directory.CreateDirectory(added);
        File.WriteAllText(Path.Combine(added, "index.en.md"), "---\nname: New wine\n---\n");
        var orphan = serve.Rebuild(added, Path.Combine(added, "index.en.md"));
        Assert.Contains(orphan.Diagnostics, d => d.Code == DiagnosticCatalogue.TranslationWithoutOriginal.Code && d.At.File == "san-pham/ruou-moi/index.en.md");
        var still = serve.Rebuild();
        Assert.Equal((sections, 0), serve.Taken);
        Assert.Equal(orphan.Diagnostics.Select(d => d.Format()), still.Diagnostics.Select(d => d.Format()));

        // Its original saved beside it, in a folder the scan found no document in: the section is scanned again.
        File.WriteAllText(Path.Combine(added, "index.md"), NewProduct);
        serve.AssertFresh(serve.Rebuild(Path.Combine(added, "index.md")));

        // A bundle broken (a file in a language the site does not have) and mended: its messages go with it.
        var french = Path.Combine(content, "san-pham/tra-day-cam-tan/index.fr.md");
        File.WriteAllText(french, "---\nname: Thé\n---\n");
        var broken = serve.Rebuild(french);
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCatalogue.UnknownLanguage.Code);
        File.Delete(french);
        serve.AssertFresh(serve.Rebuild(french));

        // A bundle removed: every other is taken as found.
        Directory.Delete(added, recursive: true);
        serve.AssertFresh(serve.Rebuild(added));
        Assert.Equal((sections - 1, products), serve.Taken);

        // The watcher lost track: its listing forgets everything, and nothing is taken as found.
        serve.LoseTrack();
        serve.AssertFresh(serve.Rebuild());
        Assert.Equal((0, 0), serve.Taken);
    }

    private const string NewProduct = "---\nname: Rượu mới\ngroup: thuc-pham\nproducer: ho-kinh-doanh-le-thi-hoa\nvillage: Đồng Tâm\nprice: 90000\nunit: chai\nsummary: Rượu men lá nấu từ gạo nếp của xã.\nbuy:\n  phone: \"0868 223 344\"\nadded: 2026-11-01\n---\n\nRượu men lá nấu từ gạo nếp của xã.\n";

    /// <summary>What <c>serve</c> keeps from one rebuild to the next, and what it forgets when its watcher names a path.</summary>
    private sealed class Preview(BuildOptions options)
    {
        private readonly DocumentMemo _documents = new();
        private readonly FolderListing _listing = new();
        private readonly SectionMemo _sections = new();

        public (int Sections, int Bundles) Taken => (_sections.SectionsTaken, _sections.BundlesTaken);

        public BuildResult Rebuild(params string[] saved)
        {
            _documents.Forget(saved);
            _listing.Forget(saved);
            return BuildPipeline.Run(options, documents: _documents, listing: _listing, sections: _sections);
        }

        public void LoseTrack() => _listing.Clear();

        public void AssertFresh(BuildResult remembered) => SiteAssert.SameSite(BuildPipeline.Run(options), remembered);
    }
}
