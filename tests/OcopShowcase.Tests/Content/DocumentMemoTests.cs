using OcopShowcase.Content;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The preview server's memory of the documents it read (<see cref="DocumentMemo"/>): after an edit it parses the
/// edited document only, and the site it builds is the one a fresh process builds, byte for byte, with the same
/// messages; a change to the rating rules, which every reader is made from, has everything read again.
/// </summary>
public class DocumentMemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly string SharedCache = TestPaths.TempDirectory();

    [Fact]
    public void After_an_edit_only_the_edited_document_is_parsed_and_the_site_equals_a_fresh_build()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(content, "..", "_site"), null, Today, SharedCache);
        // A draft: its reader reports that it is not published, a message the memo must give again when it takes it.
        SiteAssert.Edit(Path.Combine(content, "san-pham/cao-ca-gai-leo/index.md"), "name: Cao cà gai leo\n", "name: Cao cà gai leo\ndraft: true\n");
        var memo = new DocumentMemo();

        var first = BuildPipeline.Run(options, documents: memo);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCatalogue.DraftNotPublished.Code && d.At.File == "san-pham/cao-ca-gai-leo/index.md");

        // Nothing changed: every document is taken again.
        var again = BuildPipeline.Run(options, documents: memo);
        var documents = memo.Taken;
        Assert.True(documents > 30, $"{documents} documents");
        SiteAssert.SameSite(first, again);

        SiteAssert.Edit(Path.Combine(content, "san-pham/nem-chua-cam-tan/index.md"), "price: 5000", "price: 6000");
        var edited = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(documents - 1, memo.Taken);
        SiteAssert.SameSite(BuildPipeline.Run(options), edited);
        Assert.Contains(edited.Files, f => f.Path == "san-pham/nem-chua-cam-tan/index.html" && f.ReadBytes().AsSpan().IndexOf("6.000"u8) >= 0);

        // A photo replaced, its Markdown untouched: the document is read again (what it lists may have changed).
        var photo = Path.Combine(content, "san-pham/nem-chua-cam-tan/anh-1.jpg");
        File.Copy(Path.Combine(content, "san-pham/nem-chua-cam-tan/anh-2.jpg"), photo, overwrite: true);
        var replaced = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(documents - 1, memo.Taken);
        SiteAssert.SameSite(BuildPipeline.Run(options), replaced);

        File.AppendAllText(Path.Combine(content, "rating-rules.yml"), "\n# rules edited\n");
        var rules = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(0, memo.Taken);
        SiteAssert.SameSite(BuildPipeline.Run(options), rules);

        // The settings too: readers check fields against them (a product's group, a listing's village).
        BuildPipeline.Run(options, documents: memo);
        Assert.Equal(documents, memo.Taken);
        File.AppendAllText(Path.Combine(content, "site.yml"), "\n# settings edited\n");
        var settings = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(0, memo.Taken);
        SiteAssert.SameSite(BuildPipeline.Run(options), settings);
    }

    [Fact]
    public void An_unchanged_file_is_not_read_again_and_a_saved_one_is()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(content, "..", "_site"), null, Today, SharedCache);
        var markdown = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Length;

        // Every file was copied moments ago: within the racy window (an hour here, so that a slow machine cannot leave
        // it), so none is taken unread, whatever its stamp says.
        var racy = new DocumentMemo(TimeSpan.FromHours(1));
        BuildPipeline.Run(options, documents: racy);
        BuildPipeline.Run(options, documents: racy);
        Assert.Equal(0, racy.FilesTaken);

        var memo = new DocumentMemo(TimeSpan.Zero);
        var first = BuildPipeline.Run(options, documents: memo);
        var again = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(markdown, memo.FilesTaken);
        SiteAssert.SameSite(first, again);

        // Saved with the same length, its modification time then set back (as an archive or a copy that keeps times
        // would): the stamp's status-change time tells.
        var edited = Path.Combine(content, "san-pham/nem-chua-cam-tan/index.md");
        var modified = File.GetLastWriteTimeUtc(edited);
        Thread.Sleep(50);
        SiteAssert.Edit(edited, "price: 5000", "price: 6000");
        File.SetLastWriteTimeUtc(edited, modified);
        var saved = BuildPipeline.Run(options, documents: memo);
        Assert.Equal(markdown - 1, memo.FilesTaken);
        Assert.Contains(saved.Files, f => f.Path == "san-pham/nem-chua-cam-tan/index.html" && f.ReadBytes().AsSpan().IndexOf("6.000"u8) >= 0);
        SiteAssert.SameSite(BuildPipeline.Run(options), saved);
    }

    [Fact]
    public void A_file_is_taken_unread_only_with_the_same_stamp_changed_well_before_it_was_read_and_not_named_by_the_watcher()
    {
        var memo = new DocumentMemo();
        var file = SourceFile.FromText("san-pham/a/index.md", "---\nname: A\n---\n");
        var minuteAgo = (DateTime.UtcNow.AddMinutes(-1) - DateTime.UnixEpoch).Ticks * 100;
        var stamp = new FileStamp(17, minuteAgo, minuteAgo);
        memo.Begin("settings");
        memo.Remember("/c/san-pham/a/index.md", stamp, file);

        memo.Begin("settings");
        Assert.Same(file, memo.Known("/c/san-pham/a/index.md", stamp));
        // A build that read another file and did not ask for this one (serve took its bundle as found, SectionMemo):
        // still known to the next.
        memo.Begin("settings");
        memo.Remember("/c/san-pham/c/index.md", stamp, SourceFile.FromText("san-pham/c/index.md", "---\nname: C\n---\n"));
        memo.Begin("settings");
        Assert.Same(file, memo.Known("/c/san-pham/a/index.md", stamp));
        // Same size and modification time, the status changed since (a write whose time was set back): read again.
        Assert.Null(memo.Known("/c/san-pham/a/index.md", stamp with { Changed = stamp.Changed + 1 }));
        Assert.Null(memo.Known("/c/san-pham/a/index.md", stamp with { Size = 18 }));
        Assert.Null(memo.Known("/c/san-pham/a/index.md", null));

        // Named by the watcher: read again, whatever the stamp says.
        memo.Forget(["/c/san-pham/a/index.md"]);
        Assert.Null(memo.Known("/c/san-pham/a/index.md", stamp));

        // Written a moment before the read began: its stamp may not tell a second write in the same tick.
        var justNow = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        var racy = new FileStamp(17, justNow, justNow);
        memo.Remember("/c/san-pham/b/index.md", racy, file);
        memo.Begin("settings");
        Assert.Null(memo.Known("/c/san-pham/b/index.md", racy));
    }

    [Fact]
    public void A_stamp_is_what_the_system_says_of_the_file_and_changes_with_every_write()
    {
        var file = Path.Combine(TestPaths.TempDirectory(), "a.md");
        File.WriteAllText(file, "name: A\n");
        var (kind, isLink, stamp) = FileKinds.Inspect(file);
        Assert.Equal((FileKind.Regular, false), (kind, isLink));
        var info = new FileInfo(file);
        Assert.NotNull(stamp);
        Assert.Equal(info.Length, stamp.Value.Size);
        Assert.Equal(info.LastWriteTimeUtc.Ticks, stamp.Value.ModifiedTicks);

        // Same length, and the modification time set back to what it was: the status-change time still moves.
        Thread.Sleep(50);
        File.WriteAllText(file, "name: B\n");
        File.SetLastWriteTimeUtc(file, info.LastWriteTimeUtc);
        var after = FileKinds.Inspect(file).Stamp;
        Assert.NotNull(after);
        Assert.Equal(stamp.Value.Modified / 100, after.Value.Modified / 100);
        Assert.True(after.Value.Changed > stamp.Value.Changed, $"{after} after {stamp}");

        // A folder's stamp tells when its entries last changed (the content listing's memo); links to nothing have none.
        var folderStamp = FileKinds.Inspect(Path.GetDirectoryName(file)!).Stamp;
        Assert.NotNull(folderStamp);
        Assert.Equal(FileKinds.FolderChanged(Path.GetDirectoryName(file)!), folderStamp.Value.Changed);
        var link = Path.Combine(Path.GetDirectoryName(file)!, "gone.md");
        File.CreateSymbolicLink(link, Path.Combine(Path.GetDirectoryName(file)!, "nothing.md"));
        Assert.Null(FileKinds.Inspect(link).Stamp);
    }
}
