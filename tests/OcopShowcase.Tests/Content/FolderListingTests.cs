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
        var index = Path.Combine(folder, "index.md");
        Assert.Equal(first.Single(e => e.Path == index), listing.Examine(index));
        Assert.Equal(FileKind.Regular, listing.Examine(index).Kind);
        Assert.NotEqual(new FileInfo(index).Length, listing.Examine(index).Stamp!.Value.Size);
        // A path no listing holds is looked at now.
        Assert.Equal(FileKind.Regular, listing.Examine(Path.Combine(folder, "anh-1.jpg")).Kind);
        Assert.Equal(["anh-1.jpg", "index.en.md", "index.md"], Names(new FolderListing().Entries(folder)));
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
    public void The_sample_scanned_from_a_listing_is_the_sample_scanned_from_the_disk()
    {
        var listing = new FolderListing();
        ContentTree.Files(Path.GetFullPath(TestPaths.Content), within: ContentTree.RealPath(Path.GetFullPath(TestPaths.Content)), listing: listing);
        string[] sections = ["san-pham", "chu-the", "chung-nhan", "du-lich", "tin-tuc", "su-kien"];

        foreach (var section in sections)
        {
            var fromDisk = new SectionScanner(TestPaths.Content, ["vi", "en"], new DiagnosticBag()).Scan(section);
            var fromListing = new SectionScanner(TestPaths.Content, ["vi", "en"], new DiagnosticBag(), listing: listing).Scan(section);
            Assert.NotEmpty(fromDisk);
            Assert.Equal(Describe(fromDisk), Describe(fromListing));
        }
    }

    private static List<string> Names(IReadOnlyList<ListedEntry> entries)
        => [.. entries.Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal)];

    private static List<string> Describe(IReadOnlyList<DocumentSource> documents)
        => [.. documents.Select(d => string.Join('|', new[] { d.Section, d.Slug, d.Original.RelativePath, d.BundleFolder ?? "" }
            .Concat(d.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value.RelativePath))
            .Concat(d.BundleFiles.Select(f => f.ContentPath).Order(StringComparer.Ordinal))))];
}
