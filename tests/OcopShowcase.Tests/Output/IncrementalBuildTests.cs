using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// Incremental builds must be invisible: whatever they reuse, the site they leave is byte for byte the site a clean
/// build makes from the same content.
/// </summary>
public class IncrementalBuildTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>Photo, card and poster caches are content-addressed, so every workspace can share one; page manifests are per output folder.</summary>
    private static readonly string SharedCache = TestPaths.TempDirectory();

    private sealed class Workspace
    {
        public Workspace()
        {
            Root = TestPaths.TempDirectory();
            TestPaths.CopyDirectory(TestPaths.Content, Content);
        }

        public string Root { get; }

        public string Content => Path.Combine(Root, "content");

        public string Site => Path.Combine(Root, "_site");

        public BuildOptions Options(string output) => new(Content, TestPaths.Theme, output, null, Today, SharedCache);

        public BuildResult Build() => BuildPipeline.BuildAndWrite(Options(Site));

        /// <summary>The page manifest of <see cref="Site"/> (named after the output folder's path).</summary>
        public string Manifest => Path.Combine(Options(Site).PageCacheDirectory, Fingerprint.Of(Path.GetFullPath(Site))[..16] + ".pages");

        /// <summary>
        /// A build into a fresh folder: no manifest, so every page is rendered; no document memo, so every document is
        /// read; no search token memo, so every body is read for the search indexes.
        /// </summary>
        public string CleanBuild()
        {
            var output = Path.Combine(Root, "clean-" + Guid.NewGuid().ToString("N"));
            File.Delete(Options(output).DocumentMemoFile);
            File.Delete(Options(output).SearchTokenFile);
            File.Delete(Options(output).ContentListingFile);
            var result = BuildPipeline.BuildAndWrite(Options(output));
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Equal(0, result.PagesReused);
            return output;
        }

        public void Edit(string relativePath, Func<string, string> change)
        {
            var path = Path.Combine(Content, relativePath);
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));
        }
    }

    [Fact]
    public void After_editing_one_product_the_incremental_output_equals_a_clean_build_byte_for_byte()
    {
        var workspace = new Workspace();
        var first = workspace.Build();
        Assert.True(first.Succeeded);

        workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace("name: Chè lam Cẩm Tân", "name: Chè lam gừng Cẩm Tân").Replace("price: 45000", "price: 48000"));
        var incremental = workspace.Build();
        Assert.True(incremental.Succeeded);
        Assert.InRange(incremental.PagesReused, 1, incremental.PageCount - 2);

        AssertSameSite(workspace.CleanBuild(), workspace.Site);
        Assert.Contains("Chè lam gừng Cẩm Tân", File.ReadAllText(Path.Combine(workspace.Site, "san-pham/index.html")));
    }

    [Fact]
    public void Changing_a_font_repaints_every_share_card_and_poster_on_the_next_build()
    {
        var workspace = new Workspace();
        var theme = Path.Combine(workspace.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        // Its own cache: the altered font's cards must not reach another test's build.
        var options = workspace.Options(workspace.Site) with { ThemeDirectory = theme, CacheDirectory = Path.Combine(workspace.Root, ".cache") };
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.NotEmpty(first.Cards.Files);

        // Same glyphs, other bytes: what a font update looks like to the build.
        var font = Path.Combine(theme, "fonts", "BeVietnamPro-Bold.ttf");
        File.AppendAllBytes(font, [0]);
        File.SetLastWriteTimeUtc(font, File.GetLastWriteTimeUtc(font).AddSeconds(2));
        var second = BuildPipeline.BuildAndWrite(options);

        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.NotEmpty(second.Cards.Files);
        Assert.NotEmpty(second.Posters.Files);
        Assert.Equal(second.Cards.Files.Count, second.Cards.Painted);
        Assert.Equal(second.Posters.Files.Count, second.Posters.Painted);
        // A repainted card gets a new address, so no platform keeps showing the old one.
        Assert.Empty(first.Cards.Files.Select(f => f.Path).Intersect(second.Cards.Files.Select(f => f.Path)));
    }

    [Fact]
    public void Replacing_a_photo_re_renders_every_page_that_shows_it_whatever_the_photo_is_called()
    {
        // ".jfif" is a photo like any other: the pages that show it are recorded from their values, not guessed from
        // how an address looks.
        var fixture = new ContentFixture();
        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("summary: Chè lam thử.\n", "summary: Chè lam thử.\nphotos:\n  - file: anh-0.jpg\n    alt: Chè lam\n  - file: anh-1.jfif\n    alt: Hộp chè lam\n", StringComparison.Ordinal));
        // The first photo makes the share cards and list cards; the second is shown by the product's page alone.
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/anh-0.jpg"), OcopShowcase.Tests.Assets.JpegFixtures.LeftRedRightBlue(200, 200));
        var photo = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/anh-1.jfif");
        File.WriteAllBytes(photo, OcopShowcase.Tests.Assets.JpegFixtures.LeftRedRightBlue(400, 200));
        var options = fixture.Options() with { CacheDirectory = Path.Combine(fixture.Root, ".cache") };
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        File.WriteAllBytes(photo, OcopShowcase.Tests.Assets.JpegFixtures.LeftRedRightBlue(300, 200));
        File.SetLastWriteTimeUtc(photo, File.GetLastWriteTimeUtc(photo).AddSeconds(2));
        var second = BuildPipeline.BuildAndWrite(options);
        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.True(second.PagesReused > 0, $"reused {second.PagesReused} of {second.PageCount}");

        var shown = Directory.EnumerateFiles(fixture.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .SelectMany(page => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), @"/san-pham/che-lam/anh-1-[^""\s,]+").Select(m => (Page: page, Url: m.Value)))
            .ToList();
        Assert.Contains(shown, s => s.Page.EndsWith(Path.Combine("san-pham", "che-lam", "index.html"), StringComparison.Ordinal));
        Assert.All(shown, s => Assert.True(File.Exists(Path.Combine(fixture.OutputDirectory, s.Url.TrimStart('/'))), $"{s.Page} shows {s.Url}, which is not published"));
    }

    [Fact]
    public void Editing_a_theme_string_rebuilds_every_page_that_shows_it()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var theme = Path.Combine(workspace.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var options = workspace.Options(workspace.Site) with { ThemeDirectory = theme };
        Assert.True(BuildPipeline.BuildAndWrite(options).Succeeded);

        var strings = Path.Combine(theme, "i18n/vi.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("  link: Sửa trang này", "  link: Sửa nội dung trang này"));
        var edited = BuildPipeline.BuildAndWrite(options);
        Assert.True(edited.Succeeded);
        var clean = Path.Combine(workspace.Root, "clean");
        Assert.True(BuildPipeline.BuildAndWrite(options with { OutputDirectory = clean }).Succeeded);
        AssertSameSite(clean, workspace.Site);
        Assert.Contains("Sửa nội dung trang này", File.ReadAllText(Path.Combine(workspace.Site, "san-pham/che-lam-cam-tan/index.html")));
    }

    [Fact]
    public void Deleting_a_producer_reports_every_page_that_referenced_it_then_rebuilds_them_once_they_point_elsewhere()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var before = Snapshot(workspace.Site);
        var referencing = Directory.EnumerateFiles(workspace.Content, "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("producer: htx-nong-nghiep-cam-tan", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(workspace.Content, f).Replace('\\', '/'))
            .ToList();
        Assert.True(referencing.Count >= 2);
        // Events name a producer as their organiser (OCOP127 when it is gone).
        var organised = Directory.EnumerateFiles(workspace.Content, "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("organiser: htx-nong-nghiep-cam-tan", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(workspace.Content, f).Replace('\\', '/'))
            .ToList();

        File.Delete(Path.Combine(workspace.Content, "chu-the/htx-nong-nghiep-cam-tan.md"));
        foreach (var translation in Directory.GetFiles(Path.Combine(workspace.Content, "chu-the"), "htx-nong-nghiep-cam-tan.*.md"))
        {
            File.Delete(translation);
        }

        var broken = workspace.Build();
        Assert.False(broken.Succeeded);
        Assert.Equal(referencing.Order(StringComparer.Ordinal), broken.Diagnostics.Where(d => d.Code == "OCOP100").Select(d => d.At.File).Order(StringComparer.Ordinal));
        Assert.Equal(organised.Order(StringComparer.Ordinal), broken.Diagnostics.Where(d => d.Code == "OCOP127").Select(d => d.At.File).Order(StringComparer.Ordinal));
        Assert.Equal(before, Snapshot(workspace.Site));

        foreach (var file in referencing)
        {
            workspace.Edit(file, text => text.Replace("producer: htx-nong-nghiep-cam-tan", "producer: to-hop-tac-ong-tan-lap"));
        }

        foreach (var file in organised)
        {
            workspace.Edit(file, text => text.Replace("organiser: htx-nong-nghiep-cam-tan", "organiser: to-hop-tac-ong-tan-lap"));
        }

        var repaired = workspace.Build();
        Assert.True(repaired.Succeeded, string.Join('\n', repaired.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(workspace.Site, "chu-the/htx-nong-nghiep-cam-tan")));
        AssertSameSite(workspace.CleanBuild(), workspace.Site);
    }

    [Fact]
    public void A_file_changed_while_a_first_build_reads_it_makes_the_next_build_a_real_one()
    {
        // A first build fingerprints its inputs while it reads them; a file stamped after the build started may have
        // been read before or after the change. (Stamped in the future here, as if saved during the build.)
        var workspace = new Workspace();
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Content, "site.yml"), DateTime.UtcNow.AddHours(1));
        Assert.True(workspace.Build().Succeeded);

        var again = workspace.Build();
        Assert.Contains(again.Timings.Stages, s => s.Stage == "pages");
        Assert.Contains(again.Timings.Stages, s => s.Stage == "content");
    }

    [Fact]
    public void A_build_with_nothing_changed_does_no_work_and_leaves_every_file_as_it_was()
    {
        var workspace = new Workspace();
        var first = workspace.Build();
        var before = Snapshot(workspace.Site, withTimes: true);

        var again = workspace.Build();
        Assert.Equal(first.PageCount, again.PagesReused);
        Assert.Equal(first.FileCount, again.FileCount);
        Assert.Equal(first.Diagnostics.Select(d => d.Format()), again.Diagnostics.Select(d => d.Format()));
        Assert.DoesNotContain(again.Timings.Stages, s => s.Stage == "pages");
        Assert.Equal(before, Snapshot(workspace.Site, withTimes: true));
    }

    [Fact]
    public void Pages_an_edit_did_not_touch_are_not_written_again()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var news = Path.Combine(workspace.Site, "tin-tuc/index.html");
        var product = Path.Combine(workspace.Site, "san-pham/che-lam-cam-tan/index.html");
        var newsTime = File.GetLastWriteTimeUtc(news);
        var productTime = File.GetLastWriteTimeUtc(product);
        Thread.Sleep(20);

        workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace("price: 45000", "price: 46000"));
        Assert.True(workspace.Build().Succeeded);
        Assert.Equal(newsTime, File.GetLastWriteTimeUtc(news));
        Assert.NotEqual(productTime, File.GetLastWriteTimeUtc(product));
    }

    [Fact]
    public void The_preview_server_memory_renders_only_the_pages_an_edit_touched()
    {
        var workspace = new Workspace();
        var previous = PreviousPages.InMemory();
        var options = workspace.Options(workspace.Site);
        var first = BuildPipeline.Run(options, previous: previous);
        Assert.Equal(0, first.PagesReused);

        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", text => text.Replace("\n---\n", "\n---\n\nMột câu mới.\n"));
        var second = BuildPipeline.Run(options, previous: previous);
        Assert.True(second.Succeeded);
        Assert.InRange(second.PageCount - second.PagesReused, 1, 4); // the post in each language (and nothing that lists its body)

        var clean = BuildPipeline.Run(options);
        Assert.Equal(clean.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))), second.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))));
    }

    [Fact]
    public void Edits_in_turn_each_rebuild_what_they_touched_though_the_pages_kept_before_were_not_drafted_again()
    {
        // A kept page's reads keep the fingerprints they had when it was drafted: a later edit of one of them must
        // still be seen, and the site stay the clean build's, edit after edit.
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var edits = new (string File, string From, string To)[]
        {
            ("san-pham/che-lam-cam-tan/index.md", "price: 45000", "price: 48000"),
            ("san-pham/banh-gai-cam-tan/index.md", "name: Bánh gai Cẩm Tân", "name: Bánh gai lá gai Cẩm Tân"),
            ("san-pham/che-lam-cam-tan/index.md", "name: Chè lam Cẩm Tân", "name: Chè lam gừng Cẩm Tân"),
            ("san-pham/banh-gai-cam-tan/index.md", "price: 60000", "price: 65000"),
            // Edited back to the file the first build read: its fingerprint returns, and the pages made in between
            // from the edited values must not pass for unchanged.
            ("san-pham/che-lam-cam-tan/index.md", "name: Chè lam gừng Cẩm Tân", "name: Chè lam Cẩm Tân"),
            ("san-pham/che-lam-cam-tan/index.md", "price: 48000", "price: 45000"),
            ("san-pham/banh-gai-cam-tan/index.md", "name: Bánh gai lá gai Cẩm Tân", "name: Bánh gai Cẩm Tân"),
        };
        foreach (var (file, from, to) in edits)
        {
            workspace.Edit(file, text => text.Replace(from, to));
            var incremental = workspace.Build();
            Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
            Assert.InRange(incremental.PagesReused, 1, incremental.PageCount - 2);
            AssertSameSite(workspace.CleanBuild(), workspace.Site);
        }

        var catalogue = File.ReadAllText(Path.Combine(workspace.Site, "san-pham/index.html"));
        Assert.Contains("Bánh gai Cẩm Tân", catalogue);
        Assert.DoesNotContain("Bánh gai lá gai Cẩm Tân", catalogue);
        Assert.DoesNotContain("Chè lam gừng Cẩm Tân", catalogue);
    }

    [Fact]
    public void A_price_edited_and_then_edited_back_is_rebuilt_both_times()
    {
        // The second edit brings back the file the first build read, and with it that build's fingerprint: the read
        // tables kept from build to build must hold the fingerprint of the build in between, or the pages made from
        // the edited price would pass for unchanged.
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        foreach (var (from, to) in new[] { ("price: 45000", "price: 48000"), ("price: 48000", "price: 45000") })
        {
            workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace(from, to));
            var incremental = workspace.Build();
            Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
            Assert.InRange(incremental.PagesReused, 1, incremental.PageCount - 2);
            AssertSameSite(workspace.CleanBuild(), workspace.Site);
        }
    }

    [Fact]
    public void In_memory_as_serve_keeps_them_the_tables_are_appended_to_and_a_price_edited_back_is_rebuilt()
    {
        var workspace = new Workspace();
        var options = workspace.Options(workspace.Site);
        var previous = PreviousPages.InMemory();
        Assert.True(BuildPipeline.Run(options, previous: previous).Succeeded);
        foreach (var (from, to) in new[] { ("price: 45000", "price: 48000"), ("price: 48000", "price: 45000") })
        {
            workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace(from, to));
            var incremental = BuildPipeline.Run(options, previous: previous);
            Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
            Assert.InRange(incremental.PagesReused, 1, incremental.PageCount - 2);
            // The path this test is for: the previous tables kept, the drafted pages' reads appended.
            Assert.True(previous.TablesAppended);
            var clean = BuildPipeline.Run(options);
            Assert.Equal(clean.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))), incremental.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))));
        }
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("another format version")]
    public void A_damaged_or_foreign_manifest_makes_the_next_build_a_full_one(string damage)
    {
        // The manifest ends with the SHA-256 of what precedes it, and names its format's version after its magic: a
        // file cut short, changed or written by another format reads as no manifest. Every page is rendered again
        // (never taken at positions the damage made up), and the site is the clean build's.
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var manifest = workspace.Manifest;
        var bytes = File.ReadAllBytes(manifest);
        var magic = "OCOP-PAGES\n"u8.Length;
        switch (damage)
        {
            case "cut short":
                bytes = bytes[..(bytes.Length * 2 / 3)];
                break;
            case "one byte changed":
                bytes[bytes.Length / 2] ^= 0x20;
                break;
            default:
                // The version after the magic, with a hash that matches: only the version refuses it.
                BitConverter.TryWriteBytes(bytes.AsSpan(magic, 4), BitConverter.ToInt32(bytes, magic) + 1);
                System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes.AsSpan(bytes.Length - 32));
                break;
        }

        File.WriteAllBytes(manifest, bytes);
        workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace("price: 45000", "price: 48000"));
        var next = workspace.Build();
        Assert.True(next.Succeeded);
        Assert.Equal(0, next.PagesReused);
        AssertSameSite(workspace.CleanBuild(), workspace.Site);
    }

    [Fact]
    public void A_no_op_build_reports_what_the_last_build_did_and_the_next_edit_still_reuses_pages()
    {
        // A no-op build reads the manifest's head alone; it must neither change the manifest nor lose its tables.
        var workspace = new Workspace();
        var first = workspace.Build();
        Assert.True(first.Succeeded);
        var manifest = workspace.Manifest;
        var written = File.ReadAllBytes(manifest);
        var noOp = workspace.Build();
        Assert.Equal((first.PageCount, first.FileCount, first.PageCount), (noOp.PageCount, noOp.FileCount, noOp.PagesReused));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), noOp.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(written, File.ReadAllBytes(manifest));
        workspace.Edit("san-pham/che-lam-cam-tan/index.md", text => text.Replace("price: 45000", "price: 48000"));
        var edit = workspace.Build();
        Assert.True(edit.Succeeded);
        Assert.InRange(edit.PagesReused, edit.PageCount / 2, edit.PageCount - 1);
    }

    private static void AssertSameSite(string expected, string actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, pair => Assert.True(pair.Value == b[pair.Key], $"{pair.Key} differs from a clean build"));
    }

    private static SortedDictionary<string, string> Snapshot(string site, bool withTimes = false)
        => new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + (withTimes ? "@" + File.GetLastWriteTimeUtc(f).Ticks : "")), StringComparer.Ordinal);
}
