using OcopShowcase.Content;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// One listing per build (<see cref="FolderListing"/>): the inputs' walk of an edit build reads each content folder,
/// and the section scan reads the same listings instead of the disk, so it finds what the walk fingerprinted.
/// </summary>
public class FolderListingTests
{
    [Fact]
    public void A_folder_is_read_from_disk_once_per_listing_and_a_new_listing_reads_it_again()
    {
        var folder = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(folder, "index.md"), "---\nname: A\n---\n");
        File.WriteAllText(Path.Combine(folder, "index.en.md"), "---\nname: A\n---\n");
        var listing = new FolderListing();

        var first = listing.Entries(folder);
        File.WriteAllText(Path.Combine(folder, "anh-1.jpg"), "x");
        File.AppendAllText(Path.Combine(folder, "index.md"), "Một câu.\n");

        Assert.Equal(Names(first), Names(listing.Entries(folder)));
        Assert.Equal(["index.en.md", "index.md"], Names(listing.Entries(folder)));
        // What the listing told of a file is what its lstat told then, the stamp included.
        var index = first.Single(e => Path.GetFileName(e.Path) == "index.md");
        Assert.Equal(FileKind.Regular, index.Kind);
        Assert.NotEqual(new FileInfo(index.Path).Length, index.Stamp!.Value.Size);
        Assert.Equal(index, listing.Entries(folder).Single(e => e.Path == index.Path));
        Assert.Equal(["anh-1.jpg", "index.en.md", "index.md"], Names(new FolderListing().Entries(folder)));
    }

    [SkippableFact]
    public void A_large_folder_is_asked_entry_by_entry_as_the_disk_holds_it_whether_read_or_taken_from_the_memo()
    {
        Skip.If(OperatingSystem.IsWindows(), "Links and folders' status-change times are read on Linux and macOS only.");
        // More entries than are asked side by side from (a national list's certificates): files of different sizes,
        // folders, a link to a file, a link to a folder and a broken link, each to be told as one lstat tells it.
        var root = TestPaths.TempDirectory();
        var folder = Path.Combine(root, "chung-nhan");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 700; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"qd-{i}.md"), new string('x', i));
        }

        Directory.CreateDirectory(Path.Combine(folder, "thu-muc"));
        Directory.CreateDirectory(Path.Combine(folder, "khac"));
        File.CreateSymbolicLink(Path.Combine(folder, "lien-ket.md"), Path.Combine(folder, "qd-1.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "lien-ket-thu-muc"), Path.Combine(folder, "thu-muc"));
        File.CreateSymbolicLink(Path.Combine(folder, "hong.md"), Path.Combine(folder, "khong-co.md"));
        List<ListedEntry> OneByOne() => [.. Directory.EnumerateFileSystemEntries(folder).Select(path =>
        {
            var (kind, isLink, stamp) = FileKinds.Inspect(path);
            return new ListedEntry(path, kind, isLink, stamp);
        })];

        // Read: in the folder's own order, each entry what its lstat tells.
        Assert.Equal(OneByOne(), FolderListing.Read(folder));

        // Taken from the memo (without the links, a folder is recorded): each entry asked again, an edit in place seen.
        foreach (var link in new[] { "lien-ket.md", "lien-ket-thu-muc", "hong.md" })
        {
            File.Delete(Path.Combine(folder, link));
        }

        var memo = Path.Combine(root, ".cache", "listing");
        var window = TimeSpan.FromMilliseconds(50);
        Thread.Sleep(window * 3);
        var first = FolderListing.OnDisk(memo, window);
        first.Entries(folder);
        first.Save();
        File.AppendAllText(Path.Combine(folder, "qd-7.md"), "Sửa tại chỗ.");
        var second = FolderListing.OnDisk(memo, window);
        var taken = second.Entries(folder);
        Assert.Equal(0, second.FoldersRead);
        Assert.Equal(OneByOne().OrderBy(e => e.Path, StringComparer.Ordinal), taken.OrderBy(e => e.Path, StringComparer.Ordinal));
        Assert.Equal(new FileInfo(Path.Combine(folder, "qd-7.md")).Length, taken.Single(e => e.Path.EndsWith("qd-7.md", StringComparison.Ordinal)).Stamp!.Value.Size);
    }

    [Fact]
    public void A_large_catalogue_is_walked_as_the_disk_holds_it_each_bundle_read_ahead_once_and_links_left_to_the_walk()
    {
        // More bundle folders than ContentTree reads ahead from, a link among them to a sibling bundle (walked once), one
        // to a folder outside the content (reported, never read) and one back to the catalogue (a loop).
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        var section = Path.Combine(content, "san-pham");
        var files = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            var bundle = Path.Combine(section, $"san-pham-{i}");
            Directory.CreateDirectory(bundle);
            files.Add(Path.Combine(bundle, "index.md"));
            File.WriteAllText(files[^1], $"---\nname: Sản phẩm {i}\n---\n");
        }

        var outside = Path.Combine(root, "ngoai");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "bi-mat.txt"), "không được đọc");
        Directory.CreateSymbolicLink(Path.Combine(section, "lien-ket-ngoai"), outside);
        Directory.CreateSymbolicLink(Path.Combine(section, "lien-ket-ben-canh"), Path.Combine(section, "san-pham-3"));
        Directory.CreateSymbolicLink(Path.Combine(section, "san-pham-5", "vong"), section);
        var (loops, leaving) = (new List<string>(), new List<string>());
        var listing = new FolderListing();

        var walked = ContentTree.Files(content, loops.Add, within: ContentTree.RealPath(content), outside: leaving.Add, listing: listing);

        // Every file once, under one path: the bundle reached through the link and by its own path is walked once.
        Assert.Equal(files.Count, walked.Count);
        // Each bundle reached exactly once: by its own folder, or san-pham-3 by the link to it (whichever the walk met first).
        var reached = walked.Select(e => Path.GetFileName(Path.GetDirectoryName(e.Path))!).Select(folder => folder == "lien-ket-ben-canh" ? "san-pham-3" : folder);
        Assert.Equal(files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))!).Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        Assert.All(walked, e => Assert.NotNull(e.Stamp));
        Assert.Equal([Path.Combine(section, "lien-ket-ngoai")], leaving);
        Assert.Contains(Path.Combine(section, "san-pham-5", "vong"), loops);
        Assert.Equal(2, loops.Count);
        // Each bundle was read into the listing as it was then: a file added now is not seen by it.
        File.WriteAllText(Path.Combine(section, "san-pham-7", "moi.txt"), "mới");
        Assert.Equal(["index.md"], Names(listing.Entries(Path.Combine(section, "san-pham-7"))));
    }

    [Fact]
    public void A_listing_kept_between_rebuilds_reads_again_only_the_folders_a_watcher_named_and_the_folders_holding_them()
    {
        var root = TestPaths.TempDirectory();
        var section = Path.Combine(root, "san-pham");
        var (a, b) = (Path.Combine(section, "a"), Path.Combine(section, "b"));
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.WriteAllText(Path.Combine(a, "index.md"), "A");
        File.WriteAllText(Path.Combine(b, "index.md"), "B");
        var listing = new FolderListing();
        // Asked by a path relative to the working folder, as `serve --content content` does; named in full by the watcher.
        var relativeA = Path.GetRelativePath(Environment.CurrentDirectory, a);
        Assert.Equal(["a", "b"], Names(listing.Entries(section)));
        var listedB = listing.Entries(b);
        Assert.Equal(1, listing.Entries(relativeA).Single().Stamp!.Value.Size);

        File.AppendAllText(Path.Combine(a, "index.md"), "A");
        File.AppendAllText(Path.Combine(b, "index.md"), "B");
        Directory.CreateDirectory(Path.Combine(section, "c"));
        listing.Forget([Path.Combine(a, "index.md"), Path.Combine(section, "c")]);

        Assert.Equal(2, listing.Entries(relativeA).Single().Stamp!.Value.Size);
        Assert.Equal(["a", "b", "c"], Names(listing.Entries(section)));
        // Not named: taken as listed, what the watcher did not report included.
        Assert.Same(listedB, listing.Entries(b));

        // A folder moved in where another was: one event, for the folder; what it holds is read again too.
        var photos = Path.Combine(a, "anh");
        Directory.CreateDirectory(photos);
        File.WriteAllText(Path.Combine(photos, "anh-1.jpg"), "x");
        listing.Forget([photos]);
        Assert.Equal(["anh-1.jpg"], Names(listing.Entries(photos)));
        var replacement = Path.Combine(root, "a-moi");
        Directory.CreateDirectory(Path.Combine(replacement, "anh"));
        File.WriteAllText(Path.Combine(replacement, "anh", "anh-2.jpg"), "y");
        Directory.Move(a, Path.Combine(root, "a-cu"));
        Directory.Move(replacement, a);
        listing.Forget([a]);
        Assert.Equal(["anh-2.jpg"], Names(listing.Entries(photos)));
        Assert.Same(listedB, listing.Entries(b));

        // A link anywhere in the listing: what changes behind it is named by its target's path, so everything is forgotten.
        File.CreateSymbolicLink(Path.Combine(b, "anh-1.jpg"), Path.Combine(a, "index.md"));
        listing.Forget([Path.Combine(b, "anh-1.jpg")]);
        Assert.Equal(2, listing.Entries(b).Count);
        var listedSection = listing.Entries(section);
        listing.Forget([]);
        Assert.NotSame(listedSection, listing.Entries(section));
    }

    [Fact]
    public void A_section_folder_that_is_a_link_makes_a_kept_listing_forget_everything()
    {
        // content/san-pham leads to content/kho/san-pham: the scan asks by the link's path, a watcher names the target's.
        var content = TestPaths.TempDirectory();
        var target = Path.Combine(content, "kho", "san-pham", "nem-chua");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.md"), "---\nname: A\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(content, "san-pham"), Path.Combine(content, "kho", "san-pham"));
        var listing = new FolderListing();
        var scanner = new SectionScanner(content, ["vi"], new DiagnosticBag(), listing: listing);
        Assert.Single(scanner.Scan("san-pham"));
        var listed = listing.Entries(Path.Combine(content, "san-pham", "nem-chua"));

        File.AppendAllText(Path.Combine(target, "index.md"), "Một câu.\n");
        listing.Forget([Path.Combine(target, "index.md")]);

        Assert.NotSame(listed, listing.Entries(Path.Combine(content, "san-pham", "nem-chua")));
    }

    [Fact]
    public void A_tree_walked_with_a_listing_is_walked_again_from_it_and_a_link_walked_from_elsewhere_from_the_disk()
    {
        var root = TestPaths.TempDirectory();
        var bundle = Path.Combine(root, "san-pham", "nem-chua");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "index.md"), "---\nname: A\n---\n");
        var other = Path.Combine(root, "san-pham", "che-lam");
        Directory.CreateDirectory(Path.Combine(other, "anh"));
        File.WriteAllText(Path.Combine(other, "anh", "1.jpg"), "x");
        // A link in one bundle to another's folder: the whole-tree walk follows it or finds it a loop, as it meets the
        // two first; a walk of the bundle alone follows it either way, from the listing or from the disk.
        Directory.CreateSymbolicLink(Path.Combine(bundle, "anh"), Path.Combine(other, "anh"));
        var listing = new FolderListing();
        var real = ContentTree.RealPath(root)!;
        var loops = new List<string>();

        var whole = ContentTree.Files(root, loops.Add, within: real, listing: listing);
        File.WriteAllText(Path.Combine(bundle, "index.en.md"), "---\nname: A\n---\n");

        var walked = ContentTree.Files(bundle, within: real, listing: listing).Select(e => Path.GetRelativePath(root, e.Path)).Order(StringComparer.Ordinal);
        Assert.Equal(["san-pham/nem-chua/anh/1.jpg", "san-pham/nem-chua/index.md"], walked);
        Assert.Contains(whole, e => e.Path == Path.Combine(bundle, "index.md"));
        Assert.Contains(ContentTree.Files(bundle, within: real), e => e.Path == Path.Combine(bundle, "index.en.md"));
    }

    [Fact]
    public void The_sample_scanned_from_a_listing_is_the_sample_scanned_from_the_disk_and_files_added_since_are_not_in_it()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var listing = new FolderListing();
        // As the inputs' walk makes it: the content folder's full path.
        ContentTree.Files(Path.GetFullPath(content), within: ContentTree.RealPath(Path.GetFullPath(content)), listing: listing);
        string[] sections = ["san-pham", "chu-the", "chung-nhan", "du-lich", "tin-tuc", "su-kien"];
        var before = sections.ToDictionary(s => s, s => Describe(new SectionScanner(content, ["vi", "en"], new DiagnosticBag()).Scan(s)));

        // Saved after the walk: the build that walked before them does not see them (its inputs' fingerprint lacks
        // them, so the next build is a real one and does).
        File.WriteAllText(Path.Combine(content, "san-pham", "nem-chua-cam-tan", "them.pdf"), "%PDF-1.4");
        Directory.CreateDirectory(Path.Combine(content, "san-pham", "moi"));
        File.WriteAllText(Path.Combine(content, "san-pham", "moi", "index.md"), "---\nname: Mới\n---\n");
        File.WriteAllText(Path.Combine(content, "tin-tuc", "tin-moi.md"), "---\ntitle: Mới\n---\n");

        foreach (var section in sections)
        {
            // A trailing separator, as a shell completes the folder's name, names the same folders.
            var fromListing = Describe(new SectionScanner(content + Path.DirectorySeparatorChar, ["vi", "en"], new DiagnosticBag(), listing: listing).Scan(section));
            Assert.NotEmpty(before[section]);
            Assert.Equal(before[section], fromListing);
        }

        var now = Describe(new SectionScanner(content, ["vi", "en"], new DiagnosticBag()).Scan("san-pham"));
        Assert.Contains(now, d => d.Contains("them.pdf", StringComparison.Ordinal));
        Assert.Contains(now, d => d.StartsWith("san-pham|moi|", StringComparison.Ordinal));
        Assert.Contains(Describe(new SectionScanner(content, ["vi", "en"], new DiagnosticBag()).Scan("tin-tuc")), d => d.Contains("tin-moi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_folder_named_with_a_trailing_separator_builds_the_same_site()
    {
        // "--content content/", as a shell completes it: its sections were once all "outside the content folder".
        var cache = TestPaths.TempDirectory();
        var today = new DateOnly(2026, 11, 29);
        var plain = BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, TestPaths.TempDirectory(), null, today, cache));
        var slashed = BuildPipeline.Run(new BuildOptions(TestPaths.Content + Path.DirectorySeparatorChar, TestPaths.Theme, TestPaths.TempDirectory(), null, today, cache));

        Assert.True(slashed.Succeeded, string.Join('\n', slashed.Diagnostics));
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), slashed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(plain.Files.Select(f => f.Path).Order(StringComparer.Ordinal), slashed.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    private static List<string> Names(IReadOnlyList<ListedEntry> entries)
        => [.. entries.Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal)];

    private static List<string> Describe(IReadOnlyList<DocumentSource> documents)
        => [.. documents.Select(d => string.Join('|', new[] { d.Section, d.Slug, d.Original.RelativePath, d.BundleFolder ?? "" }
            .Concat(d.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value.RelativePath))
            .Concat(d.BundleFiles.Select(f => f.ContentPath).Order(StringComparer.Ordinal))))];
}
