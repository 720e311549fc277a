using OcopShowcase.Content;
using OcopShowcase.Output;
using OcopShowcase.Tests.Hostile;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The listing an edit build takes of the site in place (<see cref="SiteListing"/>): the entries' types come with the
/// folder listings, so neither a folder nor a file is asked whether it is a link, and what it finds is what .NET's own
/// enumeration and <c>lstat</c> find.
/// </summary>
public class SiteListingTests
{
    /// <summary>A site of files in folders three deep, with a link to a file inside it, one whose target is gone, and a FIFO.</summary>
    private static string Site()
    {
        var root = TestPaths.TempDirectory();
        var outside = Directory.CreateDirectory(Path.Combine(root, "ngoai")).FullName;
        File.WriteAllText(Path.Combine(outside, "tep.txt"), "bên ngoài");
        var site = Path.Combine(root, "_site");
        foreach (var path in new[] { "index.html", "san-pham/che-lam/index.html", "san-pham/che-lam/anh.jpg", "en/san-pham/che-lam/index.html", "tìm-kiếm/index.html" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), path);
        }

        File.CreateSymbolicLink(Path.Combine(site, "san-pham", "lien-ket.txt"), Path.Combine(outside, "tep.txt"));
        File.CreateSymbolicLink(Path.Combine(site, "mat.txt"), Path.Combine(outside, "khong-con.txt"));
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(site, "san-pham", "che-lam", "ong.html")]);
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        return site;
    }

    [SkippableFact]
    public void On_linux_the_entries_types_come_with_the_folder_listings()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        Assert.True(SiteListing.ReadsEntryTypes);
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Regular_files_and_everything_else_are_told_apart_as_lstat_tells_them(bool typed)
    {
        Skip.If(typed && !SiteListing.ReadsEntryTypes);
        var site = Site();

        var listing = SiteListing.Of(site, typed);

        Assert.NotNull(listing);
        var entries = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(site, f).Replace('\\', '/'), Regular: FileKinds.Examine(f) is (FileKind.Regular, false)))
            .ToList();
        Assert.Equal(entries.Where(f => f.Regular).Select(f => f.Path).Order(StringComparer.Ordinal), listing.Files.Order(StringComparer.Ordinal));
        Assert.Equal(entries.Where(f => !f.Regular).Select(f => f.Path).Order(StringComparer.Ordinal), listing.Others.Order(StringComparer.Ordinal));
        Assert.Contains("mat.txt", listing.Others);
        Assert.Contains("san-pham/lien-ket.txt", listing.Others);
        Assert.Equal(OperatingSystem.IsWindows() ? 2 : 3, listing.Others.Count);
        Assert.Contains("tìm-kiếm/index.html", listing.Files);
        Assert.True(listing.HoldsFile("san-pham/che-lam/index.html"));
        Assert.False(listing.HoldsFile("san-pham/lien-ket.txt"));
        Assert.False(listing.HoldsFile("san-pham/che-lam"));
    }

    [SkippableTheory]
    [InlineData(true, "lien-ket")]
    [InlineData(true, "san-pham/che-lam/ho-so")]
    [InlineData(false, "san-pham/che-lam/ho-so")]
    public void A_link_to_a_folder_at_any_depth_gives_no_listing(bool typed, string link)
    {
        Skip.If(typed && !SiteListing.ReadsEntryTypes);
        var site = Site();
        Directory.CreateSymbolicLink(Path.Combine(site, link), Path.Combine(site, "..", "ngoai"));

        Assert.Null(SiteListing.Of(site, typed));
    }

    [SkippableFact]
    public void A_built_site_is_listed_as_net_lists_it()
    {
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var workspace = TestPaths.TempDirectory();
        var content = Path.Combine(workspace, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var site = Path.Combine(workspace, "_site");
        Assert.True(BuildPipeline.BuildAndWrite(new BuildOptions(content, TestPaths.Theme, site, null, new DateOnly(2026, 11, 30))).Succeeded);

        var listing = SiteListing.Of(site);

        Assert.NotNull(listing);
        Assert.Empty(listing.Others);
        Assert.Equal(
            Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal),
            listing.Files.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The folders of <paramref name="listing"/> as a memo records them once the site has settled: listed three seconds
    /// after they last changed (a build records a folder changed less than two seconds before as unsettled).
    /// </summary>
    private static Dictionary<string, SiteListing.ListedFolder> SettledMemo(SiteListing listing) => RecordedAfter(listing.Folders!, 3_000_000_000);

    /// <summary>The folders as recorded <paramref name="nanoseconds"/> after each last changed.</summary>
    private static Dictionary<string, SiteListing.ListedFolder> RecordedAfter(IEnumerable<KeyValuePair<string, SiteListing.ListedFolder>> folders, long nanoseconds)
        => folders.ToDictionary(f => f.Key, f => f.Value with { Listed = f.Value.Changed + nanoseconds }, StringComparer.Ordinal);

    /// <summary>A folder's time moves with the file system's clock, a tick at a time (at most 10 ms on Linux): a change is made a tick after what it is compared with.</summary>
    private static void NextTick() => Thread.Sleep(50);

    private static void AssertListedAlike(SiteListing expected, SiteListing? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Files.Order(StringComparer.Ordinal), actual.Files.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Others.Order(StringComparer.Ordinal), actual.Others.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Folders_unchanged_since_the_memo_are_taken_unread_and_those_whose_entries_changed_are_read_again()
    {
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var site = Site();
        var first = SiteListing.Of(site, typed: true)!;
        Assert.Equal(first.Folders!.Count, first.FoldersRead);
        var memo = SettledMemo(first);

        var again = SiteListing.Of(site, typed: true, memo);
        Assert.Equal(0, again!.FoldersRead);
        AssertListedAlike(first, again);

        // A file dropped in one folder, a page replaced by a link in another: both folders are read again, and only they.
        NextTick();
        File.WriteAllText(Path.Combine(site, "san-pham", "che-lam", "la.html"), "không phải của bản dựng");
        var page = Path.Combine(site, "en", "san-pham", "che-lam", "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, Path.Combine(site, "..", "ngoai", "tep.txt"));

        var changed = SiteListing.Of(site, typed: true, memo);
        Assert.Equal(2, changed!.FoldersRead);
        AssertListedAlike(SiteListing.Of(site, typed: true)!, changed);
        Assert.Contains("san-pham/che-lam/la.html", changed.Files);
        Assert.Contains("en/san-pham/che-lam/index.html", changed.Others);
        Assert.DoesNotContain("en/san-pham/che-lam/index.html", changed.Files);
    }

    [SkippableFact]
    public void A_folder_replaced_by_a_link_to_a_folder_since_the_memo_gives_no_listing()
    {
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var site = Site();
        var memo = SettledMemo(SiteListing.Of(site, typed: true)!);

        NextTick();
        var folder = Path.Combine(site, "en", "san-pham");
        Directory.Delete(folder, recursive: true);
        Directory.CreateSymbolicLink(folder, Path.Combine(site, "..", "ngoai"));

        Assert.Null(SiteListing.Of(site, typed: true, memo));
    }

    [SkippableFact]
    public void A_folder_recorded_less_than_two_seconds_after_it_changed_is_read_again()
    {
        // A change in the same tick of the clock as the recording would leave the folder's time as recorded.
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var site = Site();
        var first = SiteListing.Of(site, typed: true)!;

        var again = SiteListing.Of(site, typed: true, RecordedAfter(first.Folders!, 1_999_999_999));
        var settled = SiteListing.Of(site, typed: true, RecordedAfter(first.Folders!, 2_000_000_000));

        Assert.Equal(first.FoldersRead, again!.FoldersRead);
        Assert.Equal(0, settled!.FoldersRead);
    }

    [SkippableFact]
    public void The_memo_reads_back_as_written_and_a_damaged_one_reads_as_none()
    {
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var listing = SiteListing.Of(Site(), typed: true)!;
        var file = Path.Combine(TestPaths.TempDirectory(), "site.listing");

        SiteListing.WriteMemo(file, listing.Folders!);
        var read = SiteListing.ReadMemo(file);

        Assert.NotNull(read);
        Assert.Equal(listing.Folders!.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, folder) in listing.Folders!)
        {
            Assert.Equal((folder.Changed, folder.Listed), (read[path].Changed, read[path].Listed));
            Assert.Equal([folder.Files, folder.Others, folder.Folders], [read[path].Files, read[path].Others, read[path].Folders]);
        }

        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(file, bytes);
        Assert.Null(SiteListing.ReadMemo(file));
    }

    [SkippableFact]
    public void A_site_written_whole_is_recorded_as_a_listing_finds_it()
    {
        Skip.IfNot(SiteListing.ReadsEntryTypes);
        var site = Path.Combine(TestPaths.TempDirectory(), "_site");
        var paths = new[] { "index.html", "san-pham/che-lam/index.html", "san-pham/che-lam/anh.jpg", "en/san-pham/che-lam/index.html", "tìm-kiếm/index.html" };
        foreach (var path in paths)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), path);
        }

        var recorded = SiteListing.Recorded(site, paths)!.ToDictionary(StringComparer.Ordinal);
        var listed = SiteListing.Of(site, typed: true)!.Folders!;

        // The site's own folder is never recorded: every listing reads it.
        Assert.Equal(listed.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal), recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, folder) in recorded)
        {
            Assert.Equal(listed[path].Changed, folder.Changed);
            Assert.Equal(listed[path].Files.Order(StringComparer.Ordinal), folder.Files.Order(StringComparer.Ordinal));
            Assert.Equal(listed[path].Folders.Order(StringComparer.Ordinal), folder.Folders.Order(StringComparer.Ordinal));
            Assert.Empty(folder.Others);
        }

        // Once settled, the next listing reads only the site's own folder, and finds what a full read finds.
        var next = SiteListing.Of(site, typed: true, RecordedAfter(recorded, 3_000_000_000));
        Assert.Equal(1, next!.FoldersRead);
        AssertListedAlike(SiteListing.Of(site, typed: true)!, next);
    }
}
