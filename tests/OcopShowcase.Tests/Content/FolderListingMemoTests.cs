using OcopShowcase.Content;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The content listing's memo (<see cref="FolderListing.OnDisk(string)"/>): a folder whose entries did not change since
/// the last build is not read again, and every change a staff member can make (a file edited, added, removed or
/// renamed, a bundle added) is still seen. The memo trusts a folder that changed at least a window before it was listed
/// (two seconds in a build); these tests wait a little longer than the window they give.
/// </summary>
public class FolderListingMemoTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(50);

    /// <summary>content/san-pham/{a,b}/index.md and content/trang/gioi-thieu.md, settled for <see cref="Window"/>.</summary>
    private static (string Content, string Memo) Tree()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        foreach (var bundle in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(content, "san-pham", bundle));
            File.WriteAllText(Path.Combine(content, "san-pham", bundle, "index.md"), $"---\nname: {bundle}\n---\n");
        }

        Directory.CreateDirectory(Path.Combine(content, "trang"));
        File.WriteAllText(Path.Combine(content, "trang", "gioi-thieu.md"), "---\ntitle: Giới thiệu\n---\n");
        Settle();
        return (content, Path.Combine(root, ".cache", "listings", "content.listing"));
    }

    /// <summary>Waits past the window and past any tick of the file system's clock.</summary>
    private static void Settle() => Thread.Sleep(Window * 3);

    /// <summary>A build's walk of the content folder with a listing from <paramref name="memo"/>, which is saved after it.</summary>
    private static (List<TreeEntry> Files, int FoldersRead) Walk(string content, string memo, TimeSpan? window = null)
    {
        var listing = FolderListing.OnDisk(memo, window ?? Window);
        var files = ContentTree.Files(content, listing: listing);
        listing.Save();
        return (files, listing.FoldersRead);
    }

    private static List<string> Paths(List<TreeEntry> files, string content) => [.. files.Select(f => Path.GetRelativePath(content, f.Path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [SkippableFact]
    public void An_unchanged_folder_is_taken_from_the_memo_unread_and_a_file_edited_in_place_shows_its_new_stamp()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var (content, memo) = Tree();
        var first = Walk(content, memo);
        Assert.Equal(5, first.FoldersRead);
        Assert.True(File.Exists(memo));

        var index = Path.Combine(content, "san-pham", "a", "index.md");
        File.AppendAllText(index, "Một câu thêm.\n");
        var second = Walk(content, memo);

        Assert.Equal(0, second.FoldersRead);
        Assert.Equal(Paths(first.Files, content), Paths(second.Files, content));
        Assert.Equal(new FileInfo(index).Length, second.Files.Single(f => f.Path == index).Stamp!.Value.Size);
    }

    [SkippableFact]
    public void A_file_added_removed_or_renamed_and_a_bundle_added_have_their_folders_read_again()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var (content, memo) = Tree();
        Walk(content, memo);

        File.WriteAllText(Path.Combine(content, "san-pham", "a", "anh-1.jpg"), "x");
        File.Delete(Path.Combine(content, "trang", "gioi-thieu.md"));
        File.WriteAllText(Path.Combine(content, "trang", "lien-he.md"), "---\ntitle: Liên hệ\n---\n");
        File.Move(Path.Combine(content, "san-pham", "b", "index.md"), Path.Combine(content, "san-pham", "b", "index.en.md"));
        Directory.CreateDirectory(Path.Combine(content, "san-pham", "c"));
        File.WriteAllText(Path.Combine(content, "san-pham", "c", "index.md"), "---\nname: c\n---\n");
        var (files, read) = Walk(content, memo);

        Assert.Equal(["san-pham/a/anh-1.jpg", "san-pham/a/index.md", "san-pham/b/index.en.md", "san-pham/c/index.md", "trang/lien-he.md"], Paths(files, content));
        // san-pham (a bundle added), a, b, c and trang; not the content folder itself.
        Assert.Equal(5, read);

        // Recorded again: the next walk reads nothing, once the changes have settled.
        Settle();
        Walk(content, memo);
        Assert.Equal(0, Walk(content, memo).FoldersRead);
    }

    [SkippableFact]
    public void A_folder_that_changed_within_the_window_before_it_was_listed_is_read_again_next_time()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var (content, memo) = Tree();

        Walk(content, memo, window: TimeSpan.FromHours(1));

        Assert.Equal(5, Walk(content, memo, window: TimeSpan.FromHours(1)).FoldersRead);
    }

    [SkippableFact]
    public void A_folder_holding_a_link_is_never_taken_from_the_memo()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var (content, memo) = Tree();
        var elsewhere = Path.Combine(Path.GetDirectoryName(content)!, "anh");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "anh-1.jpg"), "x");
        File.CreateSymbolicLink(Path.Combine(content, "san-pham", "a", "anh-1.jpg"), Path.Combine(elsewhere, "anh-1.jpg"));
        Settle();
        Walk(content, memo);

        Assert.Equal(1, Walk(content, memo).FoldersRead);
    }

    [SkippableFact]
    public void A_damaged_memo_reads_as_none_and_is_written_again()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var (content, memo) = Tree();
        Walk(content, memo);
        var bytes = File.ReadAllBytes(memo);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(memo, bytes);

        Assert.Equal(5, Walk(content, memo).FoldersRead);
        Assert.Equal(0, Walk(content, memo).FoldersRead);
    }

    [SkippableFact]
    public void A_build_that_takes_folders_from_the_memo_still_shows_a_price_edited_in_place_and_a_product_added()
    {
        Skip.If(OperatingSystem.IsWindows(), "Folders' status-change times are read on Linux and macOS only.");
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var cache = Path.Combine(root, ".cache");
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, new DateOnly(2026, 11, 29), cache);
        // Every folder as a build finds it, settled: the copy is older than the window when the first build lists it.
        Thread.Sleep(FolderListing.Settled + TimeSpan.FromMilliseconds(100));
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(0, first.Folders.Taken);

        // A staff member's edit: the file is written in place, its folder's entries stay as they were.
        var index = Path.Combine(content, "san-pham", "che-lam-cam-tan", "index.md");
        File.WriteAllText(index, File.ReadAllText(index).Replace("price: 45000", "price: 48000", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(index, File.GetLastWriteTimeUtc(index).AddSeconds(2));
        var edited = BuildPipeline.BuildAndWrite(options);
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Equal(0, edited.Folders.Read);
        Assert.True(edited.Folders.Taken > 10, edited.Folders.ToString());
        Assert.Equal(1, edited.Documents.Read);

        // A product added: its section is read again, and the new bundle.
        var added = Path.Combine(content, "san-pham", "che-lam-gung");
        TestPaths.CopyDirectory(Path.GetDirectoryName(index)!, added);
        var text = File.ReadAllText(Path.Combine(added, "index.md")).Replace("name: Chè lam Cẩm Tân", "name: Chè lam gừng", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(added, "index.md"), string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("certificate:", StringComparison.Ordinal))));
        var grown = BuildPipeline.BuildAndWrite(options);
        Assert.True(grown.Succeeded, string.Join('\n', grown.Diagnostics));
        Assert.Equal(2, grown.Folders.Read);
        Assert.True(File.Exists(Path.Combine(options.OutputDirectory, "san-pham", "che-lam-gung", "index.html")));

        // The site is the one a build without any memo makes.
        var clean = options with { OutputDirectory = Path.Combine(root, "_clean") };
        File.Delete(clean.DocumentMemoFile);
        File.Delete(clean.SearchTokenFile);
        File.Delete(clean.ContentListingFile);
        var fresh = BuildPipeline.BuildAndWrite(clean);
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal((0, 0), (fresh.Folders.Taken, fresh.Documents.Taken));
        Assert.Equal(OcopShowcase.Tests.Hostile.GeneratorProcess.Snapshot(clean.OutputDirectory), OcopShowcase.Tests.Hostile.GeneratorProcess.Snapshot(options.OutputDirectory));
    }
}
