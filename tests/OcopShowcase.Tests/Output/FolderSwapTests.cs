using OcopShowcase.Output;
using OcopShowcase.Tests.Hostile;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The swap that publishes a build leaves a whole site at the output path at every instant: on Linux one system call
/// exchanges the two folders; where the two-rename fallback is used, a build killed between the renames is repaired
/// by the next one (issue #22).
/// </summary>
public class FolderSwapTests
{
    private static string Folder(string parent, string name, string text)
    {
        var path = Path.Combine(parent, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "index.html"), text);
        File.WriteAllBytes(Path.Combine(path, OutputFolder.MarkerName), OutputFolder.MarkerBytes);
        return path;
    }

    [SkippableFact]
    public void On_linux_the_two_folders_are_exchanged_in_one_system_call()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var root = TestPaths.TempDirectory();
        var target = Folder(root, "_site", "cũ");
        var staging = Folder(root, "_site.new-1", "mới");

        Assert.True(FolderSwap.Replace(staging, target));

        Assert.Equal("mới", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal("cũ", File.ReadAllText(Path.Combine(staging, "index.html")));
    }

    [Fact]
    public void The_fallback_ends_with_the_new_folder_in_place_and_the_old_one_to_delete()
    {
        var root = TestPaths.TempDirectory();
        var target = Folder(root, "_site", "cũ");
        var staging = Folder(root, "_site.new-1", "mới");

        FolderSwap.ReplaceByRenames(staging, target);

        Assert.Equal("mới", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal("cũ", File.ReadAllText(Path.Combine(staging, "index.html")));
        Assert.False(Directory.Exists(FolderSwap.OldPath(target)));
    }

    [Fact]
    public void A_first_site_is_moved_into_place()
    {
        var root = TestPaths.TempDirectory();
        var staging = Folder(root, "_site.new-1", "mới");
        var target = Path.Combine(root, "_site");

        Assert.False(FolderSwap.Replace(staging, target));

        Assert.Equal("mới", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.False(Directory.Exists(staging));
    }

    /// <summary>
    /// The states a kill can leave, each repaired by the next build run as staff run it: killed between the fallback's
    /// renames (only "_site.old"), after them (an old site left in "_site.old"), or after an exchange (the old site in
    /// "_site.new-PID"). The next build finds its previous site whole and removes every leftover.
    /// </summary>
    [Theory]
    [InlineData("between the fallback's renames")]
    [InlineData("after the fallback's renames")]
    [InlineData("after the exchange")]
    public void A_build_repairs_the_swap_a_killed_build_left(string killed)
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var output = Path.Combine(root, "_site");
        string[] build = ["build", "--content", content, "--theme", TestPaths.Theme, "--output", output, "--today", "2026-11-29"];
        Assert.Equal(0, GeneratorProcess.Run(root, build).ExitCode);
        var site = GeneratorProcess.Snapshot(output);

        switch (killed)
        {
            case "between the fallback's renames":
                Directory.Move(output, FolderSwap.OldPath(output));
                break;
            case "after the fallback's renames":
                Folder(root, "_site.old", "bản cũ hơn");
                break;
            default:
                Folder(root, "_site.new-4194304", "bản cũ hơn");
                break;
        }

        var outcome = GeneratorProcess.Run(root, build);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(site, GeneratorProcess.Snapshot(output));
        // The page manifest describes the repaired site, so the build updates it in place: it discards no site (a
        // swap's background deletion is tested separately), and the leftovers are removed before it starts.
        Assert.Equal(["_site", "_site.lock"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n!.StartsWith("_site", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_site_a_build_replaced_is_deleted_after_the_swap_and_what_a_process_left_of_one_by_the_next_build()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var output = Path.Combine(root, "_site");
        var options = new BuildOptions(content, TestPaths.Theme, output, null, new DateOnly(2026, 11, 29), Path.Combine(root, ".cache"));
        Assert.True(BuildPipeline.BuildAndWrite(options).Succeeded);
        var site = GeneratorProcess.Snapshot(output);

        // Half deleted by a process that ended: some pages gone, the marker still there. And a folder of the same
        // name that no build wrote, which must stay.
        var left = Path.Combine(root, "_site.discarded-4194304-1");
        TestPaths.CopyDirectory(output, left);
        Directory.Delete(Path.Combine(left, "san-pham"), recursive: true);
        var foreign = Path.Combine(root, "_site.discarded-7");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "luu-tru.txt"), "lưu trữ của văn phòng");

        // Without the page manifest the build makes a whole new site and swaps it in, discarding the one it replaced.
        File.SetLastWriteTimeUtc(Path.Combine(content, "site.yml"), DateTime.UtcNow.AddSeconds(-30));
        // An empty folder in the old site shows the swap: an in-place commit would leave it, and the snapshot differ.
        Directory.Delete(Path.Combine(root, ".cache", "pages"), recursive: true);
        Directory.CreateDirectory(Path.Combine(output, "thu-muc-rong"));
        Assert.True(BuildPipeline.BuildAndWrite(options).Succeeded);
        DiscardedSites.WaitAll();

        Assert.Equal(site, GeneratorProcess.Snapshot(output));
        Assert.Equal(["_site", "_site.discarded-7", "_site.lock"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n!.StartsWith("_site", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(foreign, "luu-tru.txt")));
    }

    /// <summary>
    /// In place, a file may become a folder of the same name and a folder a file; a page moves to a new one in a
    /// folder that stays. The site ends as the new one, exactly.
    /// </summary>
    [Fact]
    public void An_in_place_commit_turns_files_into_folders_and_folders_into_files()
    {
        var root = TestPaths.TempDirectory();
        using var output = Claim(root);
        Stage(output, inPlace: false, ("a", "tệp a"), ("b/x.html", "trang x"), ("tin-tuc/cu.html", "tin cũ"), ("giu.html", "giữ"));

        Stage(output, inPlace: true, ("a/index.html", "trang a"), ("b", "tệp b"), ("tin-tuc/moi.html", "tin mới"), ("giu.html", "giữ"));

        Assert.Equal(
            [".ocop-site", "a/index.html", "b", "giu.html", "tin-tuc/moi.html"],
            Directory.EnumerateFiles(output.Target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output.Target, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("tệp b", File.ReadAllText(Path.Combine(output.Target, "b")));
    }

    /// <summary>
    /// In place, a changed file takes its old version's place in one exchange, and the old versions go with the staging
    /// folder, deleted beside the work that follows: once that ends, the site is exactly the new one and nothing of the
    /// build is left beside it. A reader who opened an old page before the commit still reads it whole.
    /// </summary>
    [Fact]
    public void An_in_place_commit_replaces_changed_files_and_their_old_versions_are_deleted_after_it()
    {
        var root = TestPaths.TempDirectory();
        using var output = Claim(root);
        Stage(output, inPlace: false, ("a.html", "trang a"), ("b/index.html", "trang b"), ("giu.html", "giữ"));
        using var reader = new FileStream(Path.Combine(output.Target, "a.html"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        Stage(output, inPlace: true, ("a.html", "trang a, bản mới"), ("b/index.html", "trang b, bản mới"), ("giu.html", "giữ"), ("c/moi.html", "trang mới"));
        DiscardedSites.WaitAll();

        Assert.Equal(
            [".ocop-site", "a.html", "b/index.html", "c/moi.html", "giu.html"],
            Directory.EnumerateFiles(output.Target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output.Target, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("trang a, bản mới", File.ReadAllText(Path.Combine(output.Target, "a.html")));
        Assert.Equal("trang b, bản mới", File.ReadAllText(Path.Combine(output.Target, "b", "index.html")));
        Assert.Equal("trang a", new StreamReader(reader).ReadToEnd());
        Assert.Equal(["_site", "_site.lock"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n!.StartsWith("_site", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// In place, new pages go in before old ones go, so a live page never links to one not there yet. Seen here by an
    /// old file that cannot be deleted (something put a folder with a file at its name during the build): the commit
    /// fails, and the new page is already in place.
    /// </summary>
    [Fact]
    public void An_in_place_commit_moves_new_files_in_before_it_deletes_old_ones()
    {
        var root = TestPaths.TempDirectory();
        using var output = Claim(root);
        Stage(output, inPlace: false, ("giu.html", "giữ"), ("cu/index.html", "trang cũ"));

        using var site = StagedSite.Begin(output, inPlace: true);
        site.Add(OutputFile.FromText("giu.html", "giữ"));
        site.Add(OutputFile.FromText("moi.html", "trang mới"));
        File.Delete(Path.Combine(output.Target, "cu", "index.html"));
        Directory.CreateDirectory(Path.Combine(output.Target, "cu", "index.html"));
        File.WriteAllText(Path.Combine(output.Target, "cu", "index.html", "khac.txt"), "không xoá được bằng File.Delete");

        Assert.ThrowsAny<Exception>(site.Commit);
        Assert.Equal("trang mới", File.ReadAllText(Path.Combine(output.Target, "moi.html")));
    }

    private static OutputFolder Claim(string root)
    {
        var content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        return OutputFolder.Claim(Path.Combine(root, "_site"), content, TestPaths.Theme);
    }

    private static void Stage(OutputFolder output, bool inPlace, params (string Path, string Text)[] files)
    {
        using var site = StagedSite.Begin(output, inPlace);
        foreach (var (path, text) in files)
        {
            site.Add(OutputFile.FromText(path, text));
        }

        site.Commit();
    }

    /// <summary>
    /// A discarded site holding symbolic links, at its top, one and two folders down, to a folder outside with a
    /// subfolder and to a file outside: the background deletion removes the links and the site, never what they point to.
    /// </summary>
    [Fact]
    public void Deleting_a_discarded_site_removes_its_symbolic_links_and_never_what_they_point_to()
    {
        var root = TestPaths.TempDirectory();
        var elsewhere = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "ho-so", "con"));
        File.WriteAllText(Path.Combine(elsewhere, "ho-so", "con", "giu-nguyen.txt"), "không được đụng tới");
        File.WriteAllText(Path.Combine(elsewhere, "tep.txt"), "không được đụng tới");
        var before = Directory.EnumerateFileSystemEntries(elsewhere, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var target = Path.Combine(root, "_site");
        var old = Path.Combine(root, "_site.new-4194304");
        Directory.CreateDirectory(Path.Combine(old, "san-pham", "nuoc-mam"));
        File.WriteAllText(Path.Combine(old, OutputFolder.MarkerName), "");
        File.WriteAllText(Path.Combine(old, "san-pham", "nuoc-mam", "index.html"), "<p>cũ</p>");
        Directory.CreateSymbolicLink(Path.Combine(old, "tin-tuc"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(old, "san-pham", "ho-so"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(old, "san-pham", "nuoc-mam", "ho-so"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(old, "tep.txt"), Path.Combine(elsewhere, "tep.txt"));

        DiscardedSites.Discard(old, target);
        DiscardedSites.WaitAll();

        Assert.Equal(before, Directory.EnumerateFileSystemEntries(elsewhere, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.Equal(["elsewhere"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_named_like_a_leftover_but_not_written_by_a_build_is_never_moved_or_deleted()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), content);
        var output = Path.Combine(root, "_site");
        foreach (var name in new[] { "_site.old", "_site.new-7" })
        {
            Directory.CreateDirectory(Path.Combine(root, name));
            File.WriteAllText(Path.Combine(root, name, "luu-tru.txt"), "lưu trữ của văn phòng");
        }

        var before = GeneratorProcess.Snapshot(root);
        var outcome = GeneratorProcess.Run(root, "build", "--content", content, "--theme", TestPaths.Theme, "--output", output, "--today", "2026-11-29");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        var after = GeneratorProcess.Snapshot(root);
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
    }
}
