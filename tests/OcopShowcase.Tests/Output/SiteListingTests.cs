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
}
