using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The dependency index: an edit re-renders the pages whose values show what changed and the pages whose templates
/// link to an address that changed, not the rest; every incremental build leaves the bytes of a clean build; a page
/// linking to a removed address is rendered again and fails, though its own key did not change.
/// </summary>
public class DependencyIndexTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>Photo, card and poster caches are content-addressed and shared; page manifests are per output folder.</summary>
    private static readonly string SharedCache = TestPaths.TempDirectory();

    private sealed class Workspace
    {
        public Workspace(string? theme = null)
        {
            Root = TestPaths.TempDirectory();
            TestPaths.CopyDirectory(TestPaths.Content, Content);
            Theme = theme ?? TestPaths.Theme;
        }

        public string Root { get; }

        public string Theme { get; }

        public string Content => System.IO.Path.Combine(Root, "content");

        public string Site => System.IO.Path.Combine(Root, "_site");

        public BuildOptions Options(string output) => new(Content, Theme, output, null, Today, SharedCache);

        public BuildResult Build() => BuildPipeline.BuildAndWrite(Options(Site));

        public string Path(string relative) => System.IO.Path.Combine(Content, relative);

        public void Edit(string relative, string from, string to)
        {
            var text = File.ReadAllText(Path(relative));
            Assert.Contains(from, text);
            File.WriteAllText(Path(relative), text.Replace(from, to, StringComparison.Ordinal));
        }

        /// <summary>Builds incrementally, then asserts the site equals a clean build's, byte for byte; returns the rendered pages.</summary>
        public IReadOnlyList<string> BuildAndCompare()
        {
            var incremental = Build();
            Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
            Assert.Equal(incremental.PageCount - incremental.PagesReused, incremental.PagesRendered.Count);

            var output = System.IO.Path.Combine(Root, "clean-" + Guid.NewGuid().ToString("N"));
            var clean = BuildPipeline.BuildAndWrite(Options(output));
            Assert.True(clean.Succeeded, string.Join('\n', clean.Diagnostics));
            Assert.Equal(0, clean.PagesReused);
            Assert.Equal(Snapshot(output), Snapshot(Site));
            return incremental.PagesRendered;
        }
    }

    /// <summary>Both languages' copy of each page.</summary>
    private static IEnumerable<string> Both(params string[] pages) => pages.SelectMany(p => new[] { p, "en/" + p });

    [Fact]
    public void Editing_adding_renaming_and_removing_a_product_re_render_exactly_the_pages_that_show_or_link_to_it()
    {
        var workspace = new Workspace();
        var first = workspace.Build();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(first.PageCount, first.PagesRendered.Count);

        // (a) One price. Nem chua (group thuc-pham, producer ho-kinh-doanh-le-thi-hoa, village Đồng Tâm, certificate
        // expired on the build date, so on no star page) shows its price on its own page and on every card of it:
        // the catalogue, its group's page, its producer's page, the one other product of its group (related cards:
        // bánh gai), the tourism listing of its village (nearby products) and the village market day that sells it
        // (the event's product cards). 7 pages × 2 languages = 14 of 123.
        workspace.Edit("san-pham/nem-chua-cam-tan/index.md", "price: 5000", "price: 6000");
        Assert.Equal(
            Both("chu-the/ho-kinh-doanh-le-thi-hoa/index.html", "du-lich/ben-song-ma/index.html", "san-pham/banh-gai-cam-tan/index.html", "san-pham/index.html",
                "san-pham/nem-chua-cam-tan/index.html", "san-pham/nhom/thuc-pham/index.html", "su-kien/phien-cho-que-cam-tan/index.html").Order(StringComparer.Ordinal),
            workspace.BuildAndCompare());

        // (b) A product added (no certificate, same group, producer and village): its own page, and every page whose
        // values list it: the 12 of (a) but the market day (the new product is not sold there), plus the home page
        // (latest products), the producers' list (product counts) and the posters page (one poster per product).
        // 10 pages × 2 = 20 of 125; the others are reused.
        TestPaths.CopyDirectory(workspace.Path("san-pham/nem-chua-cam-tan"), workspace.Path("san-pham/nem-chua-la-oi"));
        workspace.Edit("san-pham/nem-chua-la-oi/index.md", "name: Nem chua Cẩm Tân", "name: Nem chua lá ổi");
        workspace.Edit("san-pham/nem-chua-la-oi/index.md", "certificate: 2023-0412-qd-ubnd\n", "");
        workspace.Edit("san-pham/nem-chua-la-oi/index.en.md", "name: ", "name: Guava-leaf ");
        var added = Both("chu-the/ho-kinh-doanh-le-thi-hoa/index.html", "chu-the/index.html", "du-lich/ben-song-ma/index.html", "index.html", "posters/index.html",
            "san-pham/banh-gai-cam-tan/index.html", "san-pham/index.html", "san-pham/nem-chua-cam-tan/index.html", "san-pham/nem-chua-la-oi/index.html",
            "san-pham/nhom/thuc-pham/index.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(added, workspace.BuildAndCompare());

        // (c) A folder renamed: its address changes, and its certificate's annex must name the new slug (OCOP115–117),
        // so the certificate changes too. The new page, and every page showing the product or the certificate: its
        // certificate's page, the register, its producer (htx-det-tho-cam-muong), its group's page, the 3-star page
        // (a valid 3-star certificate), the catalogue, the posters page, its village's tourism listing (Bản Chiềng)
        // and the other product of its group (thổ cẩm); the Tết fair names it among its products (OCOP126 otherwise),
        // so its page and its product cards change too. 11 pages × 2 = 22 of 125. The old address is gone: no
        // page linked to it but those, all re-rendered.
        Directory.Move(workspace.Path("san-pham/gio-may-tre-dan"), workspace.Path("san-pham/gio-may-tre-dan-cam-tan"));
        workspace.Edit("chung-nhan/2024-2231-qd-ubnd.md", "gio-may-tre-dan,", "gio-may-tre-dan-cam-tan,");
        workspace.Edit("su-kien/hoi-cho-xuan-dinh-mui-2027/index.md", "gio-may-tre-dan,", "gio-may-tre-dan-cam-tan,");
        Assert.Equal(
            Both("chu-the/htx-det-tho-cam-muong/index.html", "chung-nhan/2024-2231-qd-ubnd/index.html", "chung-nhan/index.html", "du-lich/ban-chieng/index.html",
                "posters/index.html", "san-pham/3-sao/index.html", "san-pham/gio-may-tre-dan-cam-tan/index.html", "san-pham/index.html",
                "san-pham/nhom/thu-cong-my-nghe/index.html", "san-pham/tho-cam-muong/index.html", "su-kien/hoi-cho-xuan-dinh-mui-2027/index.html").Order(StringComparer.Ordinal),
            workspace.BuildAndCompare());

        // (d) The product of (b) removed: the same pages as when it came, less its own two. 9 × 2 = 18 of 113.
        Directory.Delete(workspace.Path("san-pham/nem-chua-la-oi"), recursive: true);
        Assert.Equal(added.Where(p => !p.Contains("nem-chua-la-oi", StringComparison.Ordinal)), workspace.BuildAndCompare());
    }

    [Fact]
    public void A_price_edit_drafts_only_the_pages_that_read_the_product_and_the_lists()
    {
        var workspace = new Workspace();
        var first = workspace.Build();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(first.PageCount, first.PagesDrafted.Count);

        workspace.Edit("san-pham/nem-chua-cam-tan/index.md", "price: 5000", "price: 6000");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        var drafted = edited.PagesDrafted;

        // Every page that shows the price is drafted (and rendered: see the test above)…
        Assert.Superset(edited.PagesRendered.ToHashSet(), drafted.ToHashSet());
        // …with the lists, which read every product, and the pages that read the producer's products (related cards).
        Assert.Contains("san-pham/index.html", drafted);
        Assert.Contains("san-pham/banh-gai-cam-tan/index.html", drafted);
        // Pages that read nothing of it are not even drafted: another producer's product, a certificate of another
        // product, a news post, a static page.
        Assert.DoesNotContain("san-pham/che-lam-cam-tan/index.html", drafted);
        Assert.DoesNotContain("chung-nhan/2024-1114-qd-ubnd/index.html", drafted);
        Assert.DoesNotContain("tin-tuc/tap-huan-ban-hang-postmart-voso/index.html", drafted);
        Assert.DoesNotContain("en/san-pham/che-lam-cam-tan/index.html", drafted);
        // Nor the pages that name the product without showing its price: its certificate's page and the register
        // (a row names a certificate's products), nor the site's own pages and the lists of producers and tourism.
        Assert.Empty(drafted.Intersect(Both(
            "chung-nhan/2023-0412-qd-ubnd/index.html", "chung-nhan/index.html", "tim-kiem/index.html", "da-luu/index.html", "ngoai-tuyen/index.html",
            "chu-the/index.html", "du-lich/index.html").Append("404.html")));
        Assert.True(drafted.Count < first.PageCount / 2, $"{drafted.Count} of {first.PageCount} pages drafted");
    }

    [Fact]
    public void A_renamed_product_is_renamed_in_the_certificate_rows_that_name_it()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);

        workspace.Edit("san-pham/nem-chua-cam-tan/index.md", "name: Nem chua Cẩm Tân", "name: Nem chua lá ổi Cẩm Tân");
        var rendered = workspace.BuildAndCompare();
        Assert.Contains("chung-nhan/2023-0412-qd-ubnd/index.html", rendered);
        Assert.Contains("chung-nhan/index.html", rendered);
        Assert.Contains("Nem chua lá ổi Cẩm Tân", File.ReadAllText(System.IO.Path.Combine(workspace.Site, "chung-nhan/2023-0412-qd-ubnd/index.html")));
    }

    [Fact]
    public void Without_a_list_of_villages_the_product_form_offers_those_in_use_and_is_drafted_only_when_they_change()
    {
        var workspace = new Workspace();
        workspace.Edit("site.yml", "villages: [Bản Chiềng, Đồng Tâm, Tân Hợp, Tân Lập]\n", "");
        Assert.True(workspace.Build().Succeeded);
        string[] form = ["nhan-vien/them-san-pham/index.html", "en/nhan-vien/them-san-pham/index.html"];

        workspace.Edit("san-pham/nem-chua-cam-tan/index.md", "price: 5000", "price: 6000");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Empty(edited.PagesDrafted.Intersect(form));

        // A village no document named before: the form offers it, as a clean build's does.
        var product = File.ReadAllText(workspace.Path("san-pham/nem-chua-cam-tan/index.md"));
        var village = System.Text.RegularExpressions.Regex.Match(product, "^village: (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        workspace.Edit("san-pham/nem-chua-cam-tan/index.md", $"village: {village}", "village: Xóm Mới");
        Assert.Superset(form.ToHashSet(), workspace.BuildAndCompare().ToHashSet());
        Assert.Contains("Xóm Mới", File.ReadAllText(System.IO.Path.Combine(workspace.Site, form[0])));
    }

    [Fact]
    public void In_a_catalogue_split_into_pages_a_price_edit_drafts_the_catalogue_pages_that_show_the_product_and_no_other()
    {
        // 60 more products in the food group, uncertified, named "Nem chua số 01…60": the catalogue, the food group
        // and their English copies each run to two pages (48 to a page), so a catalogue page no longer shows every
        // product and no longer reads them all.
        var workspace = new Workspace();
        for (var i = 1; i <= 60; i++)
        {
            var slug = $"nem-chua-so-{i:00}";
            TestPaths.CopyDirectory(workspace.Path("san-pham/nem-chua-cam-tan"), workspace.Path($"san-pham/{slug}"));
            workspace.Edit($"san-pham/{slug}/index.md", "name: Nem chua Cẩm Tân", $"name: Nem chua số {i:00}");
            workspace.Edit($"san-pham/{slug}/index.md", "certificate: 2023-0412-qd-ubnd\n", "");
            workspace.Edit($"san-pham/{slug}/index.en.md", "name: ", $"name: No. {i:00} ");
        }

        var first = workspace.Build();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        static bool IsCataloguePage(string path) => System.Text.RegularExpressions.Regex.IsMatch(path, @"^(en/)?san-pham/(nhom/[a-z-]+/|\d-sao/)?(trang/\d+/)?index\.html$");
        var catalogue = Directory.EnumerateFiles(workspace.Site, "*.html", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(workspace.Site, f).Replace('\\', '/'))
            .Where(IsCataloguePage)
            .ToList();
        Assert.Contains("san-pham/trang/2/index.html", catalogue);
        Assert.Contains("en/san-pham/nhom/thuc-pham/trang/2/index.html", catalogue);

        workspace.Edit("san-pham/nem-chua-so-60/index.md", "price: 5000", "price: 6000");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));

        // Drafted: the catalogue pages whose cards show the product (read as a visitor would, from the pages'
        // addresses), in both languages; the other pages of the same lists are taken as they were.
        var showing = catalogue
            .Where(path => File.ReadAllText(System.IO.Path.Combine(workspace.Site, path)).Contains("/san-pham/nem-chua-so-60/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(4, showing.Count); // the catalogue and the food group, in each language
        Assert.Equal(showing, edited.PagesDrafted.Where(IsCataloguePage));
        Assert.Equal(showing, edited.PagesRendered.Where(IsCataloguePage));

        // And the site equals a clean build's after a second edit, after a product moves from one page to another
        // (renamed: "Nem chua số 01" sorts first among them, "Nem chua xanh" last), and after enough products go for
        // the lists to fit on one page again (their page counts change, and the catalogue gets its filters back).
        workspace.Edit("san-pham/nem-chua-so-60/index.md", "price: 6000", "price: 7000");
        Assert.Equal(edited.PagesRendered, workspace.BuildAndCompare());
        workspace.Edit("san-pham/nem-chua-so-01/index.md", "name: Nem chua số 01", "name: Nem chua xanh");
        Assert.Contains("san-pham/trang/2/index.html", workspace.BuildAndCompare());
        for (var i = 2; i <= 40; i++)
        {
            Directory.Delete(workspace.Path($"san-pham/nem-chua-so-{i:00}"), recursive: true);
        }

        workspace.BuildAndCompare();
        Assert.False(Directory.Exists(System.IO.Path.Combine(workspace.Site, "san-pham", "trang")));
    }

    /// <summary>
    /// Edits to what pages read from other documents (a producer's name on its products' pages, a certificate's
    /// stars on its products' cards, an event on the products it sells, the glossary and settings every page reads, a
    /// product turned draft, a replaced photo): after each, the site equals a clean build's, so no page was taken
    /// without drafting when something it showed had changed.
    /// </summary>
    [Theory]
    [InlineData("chu-the/ho-kinh-doanh-le-thi-hoa.md", "name: Hộ kinh doanh Lê Thị Hoa", "name: Hộ kinh doanh bà Lê Thị Hoa")]
    [InlineData("chung-nhan/2024-1114-qd-ubnd.md", "stars: 4\nscore: 78", "stars: 3\nscore: 68")]
    [InlineData("su-kien/phien-cho-que-cam-tan/index.md", "name: Phiên chợ quê Cẩm Tân cuối năm", "name: Phiên chợ quê Cẩm Tân")]
    [InlineData("glossary.en.yml", "UBND tỉnh Thanh Hóa: Thanh Hóa Provincial People's Committee", "UBND tỉnh Thanh Hóa: People's Committee of Thanh Hóa")]
    [InlineData("site.yml", "tagline: Sản phẩm OCOP và du lịch cộng đồng xã Cẩm Tân", "tagline: Sản phẩm OCOP xã Cẩm Tân")]
    [InlineData("tin-tuc/tap-huan-ban-hang-postmart-voso.md", "---\n", "---\ndraft: true\n")]
    [InlineData("san-pham/che-lam-cam-tan/anh-2.jpg", "", "")]
    public void An_edit_to_what_other_pages_read_leaves_the_bytes_of_a_clean_build(string file, string from, string to)
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        if (file.EndsWith(".jpg", StringComparison.Ordinal))
        {
            // Another photo's bytes under the same name.
            File.Copy(workspace.Path("san-pham/che-lam-cam-tan/anh-1.jpg"), workspace.Path(file), overwrite: true);
        }
        else if (from == "---\n")
        {
            File.WriteAllText(workspace.Path(file), to + File.ReadAllText(workspace.Path(file))[from.Length..]);
        }
        else
        {
            workspace.Edit(file, from, to);
        }

        Assert.NotEmpty(workspace.BuildAndCompare());
    }

    [Fact]
    public void A_photo_another_documents_markdown_shows_is_a_read_of_that_page_too()
    {
        // A news post (one file, no folder of its own) shows a product's photo; the photo is replaced under its name.
        var workspace = new Workspace();
        var post = "tin-tuc/tap-huan-ban-hang-postmart-voso.md";
        File.AppendAllText(workspace.Path(post), "\n![Chè lam Cẩm Tân](/san-pham/che-lam-cam-tan/anh-1.jpg)\n");
        Assert.True(workspace.Build().Succeeded);

        File.Copy(workspace.Path("san-pham/che-lam-cam-tan/anh-2.jpg"), workspace.Path("san-pham/che-lam-cam-tan/anh-1.jpg"), overwrite: true);
        Assert.Contains("tin-tuc/tap-huan-ban-hang-postmart-voso/index.html", workspace.BuildAndCompare());
    }

    [Fact]
    public void An_event_edit_drafts_the_pages_of_what_it_names_not_every_product()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);

        // The village market day sells chè lam, not trà dây.
        workspace.Edit("su-kien/phien-cho-que-cam-tan/index.md", "name: Phiên chợ quê Cẩm Tân cuối năm", "name: Phiên chợ quê Cẩm Tân");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Contains("san-pham/che-lam-cam-tan/index.html", edited.PagesRendered);
        Assert.DoesNotContain("san-pham/tra-day-cam-tan/index.html", edited.PagesDrafted);
    }

    [Fact]
    public void The_home_page_staff_page_and_product_form_read_what_they_show_not_the_whole_content()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        string[] home = ["index.html", "en/index.html"];
        string[] staff = ["nhan-vien/index.html", "en/nhan-vien/index.html"];
        string[] form = ["nhan-vien/them-san-pham/index.html", "en/nhan-vien/them-san-pham/index.html"];

        // A product the home page does not feature (it shows the six best rated): none of the three is drafted.
        var bag = new OcopShowcase.Diagnostics.DiagnosticBag();
        var site = OcopShowcase.Site.SiteEnricher.Enrich(OcopShowcase.Content.ContentLoader.Load(workspace.Content, null, bag)!, Today, bag);
        var featured = site.Facts.BestRated(6).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var other = site.Facts.Unrecorded.Products.First(p => !featured.Contains(p.Slug));
        workspace.Edit($"san-pham/{other.Slug}/index.md", "summary: ", "summary: Mới, ");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Contains($"san-pham/{other.Slug}/index.html", edited.PagesRendered);
        Assert.Empty(edited.PagesDrafted.Intersect([.. home, .. staff, .. form]));

        // A producer added: the form offers it and the home page counts it; the staff page lists certificates only.
        File.WriteAllText(workspace.Path("chu-the/htx-moi-thu.md"), "---\nname: HTX Mới Thử\nsummary: Hợp tác xã mới.\nlegal_form: hop-tac-xa\n---\n");
        var added = workspace.Build();
        Assert.True(added.Succeeded, string.Join('\n', added.Diagnostics));
        Assert.Superset(home.Concat(form).ToHashSet(), added.PagesRendered.ToHashSet());
        Assert.Empty(added.PagesDrafted.Intersect(staff));
        Assert.Empty(workspace.BuildAndCompare());
    }

    [Fact]
    public void A_page_whose_theme_links_to_a_removed_page_is_rendered_again_and_fails_though_its_key_did_not_change()
    {
        // The "about" page's layout links to a product by its address, a value no view holds: only the addresses
        // recorded while it rendered tie the page to that product.
        var theme = Path.Combine(TestPaths.TempDirectory(), "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var layout = Path.Combine(theme, "layouts/page.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<a href=\"{{ url \"/san-pham/nem-chua-cam-tan/\" }}\">nem</a>\n");
        var workspace = new Workspace(theme);
        Assert.True(workspace.Build().Succeeded);

        // Unrelated to the about pages: they are reused, their key (values, theme) unchanged.
        workspace.Edit("san-pham/che-lam-cam-tan/index.md", "price: 45000", "price: 46000");
        var edited = workspace.Build();
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.DoesNotContain("gioi-thieu/index.html", edited.PagesRendered);

        // Nem chua removed (and from its certificate's annex, which then certifies nothing: the certificate goes too).
        Directory.Delete(workspace.Path("san-pham/nem-chua-cam-tan"), recursive: true);
        File.Delete(workspace.Path("chung-nhan/2023-0412-qd-ubnd.md"));
        workspace.Edit("su-kien/phien-cho-que-cam-tan/index.md", " nem-chua-cam-tan,", "");
        var before = Directory.EnumerateFiles(workspace.Site, "*", SearchOption.AllDirectories).Count();
        var removed = workspace.Build();

        Assert.False(removed.Succeeded);
        var broken = removed.Diagnostics.Where(d => d.Code == "OCOP113").Select(d => d.Arguments[1]).Order(StringComparer.Ordinal).ToList();
        // Every plain page in both languages (3 pages × 2): each links to the removed address.
        Assert.Equal(6, broken.Count);
        Assert.Contains("/gioi-thieu/", broken);
        Assert.Contains("/en/gioi-thieu/", broken);
        Assert.Equal(before, Directory.EnumerateFiles(workspace.Site, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_page_whose_markdown_links_to_a_removed_page_fails_the_build()
    {
        // A body's links are resolved with its values every build: the news post's values are the same (the link is
        // written as it was), and its broken link is still reported.
        var workspace = new Workspace();
        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", "\n---\n", "\n---\n\nXem [nem chua](/san-pham/nem-chua-cam-tan/).\n");
        Assert.True(workspace.Build().Succeeded);

        Directory.Delete(workspace.Path("san-pham/nem-chua-cam-tan"), recursive: true);
        File.Delete(workspace.Path("chung-nhan/2023-0412-qd-ubnd.md"));
        workspace.Edit("su-kien/phien-cho-que-cam-tan/index.md", " nem-chua-cam-tan,", "");
        var removed = workspace.Build();

        Assert.False(removed.Succeeded);
        Assert.Contains(removed.Diagnostics, d => d.Code == "OCOP112" && d.At.File == "tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md");
    }

    [Fact]
    public void The_preview_server_memory_renders_the_same_pages_as_a_build_and_the_same_bytes_as_a_clean_one()
    {
        var workspace = new Workspace();
        var previous = PreviousPages.InMemory();
        var options = workspace.Options(workspace.Site);
        Assert.True(BuildPipeline.Run(options, previous: previous).Succeeded);

        TestPaths.CopyDirectory(workspace.Path("san-pham/nem-chua-cam-tan"), workspace.Path("san-pham/nem-chua-la-oi"));
        workspace.Edit("san-pham/nem-chua-la-oi/index.md", "certificate: 2023-0412-qd-ubnd\n", "");
        var added = BuildPipeline.Run(options, previous: previous);
        Assert.True(added.Succeeded, string.Join('\n', added.Diagnostics));
        Assert.Equal(20, added.PagesRendered.Count); // as in the build test's step (b)

        var clean = BuildPipeline.Run(options);
        Assert.Equal(clean.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))), added.Files.Select(f => (f.Path, Convert.ToHexString(f.ReadBytes()))));
    }

    [Fact]
    public void An_incremental_build_over_a_site_holding_a_symbolic_link_replaces_the_site_whole_and_never_writes_through_the_link()
    {
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);

        // The catalogue's folder replaced by a link to a folder outside the site: moving a changed page in place
        // would write there.
        var elsewhere = Path.Combine(workspace.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "giu-nguyen.txt"), "không được đụng tới");
        // A subfolder with a file: deleting the replaced site in the background must not follow the link into it.
        Directory.CreateDirectory(Path.Combine(elsewhere, "ho-so"));
        File.WriteAllText(Path.Combine(elsewhere, "ho-so", "giu-nguyen.txt"), "không được đụng tới");
        var before = Directory.EnumerateFileSystemEntries(elsewhere, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Directory.Move(Path.Combine(workspace.Site, "tin-tuc"), Path.Combine(workspace.Root, "tin-tuc-cu"));
        Directory.CreateSymbolicLink(Path.Combine(workspace.Site, "tin-tuc"), elsewhere);

        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", "\n---\n", "\n---\n\nMột câu mới.\n");
        workspace.BuildAndCompare();
        DiscardedSites.WaitAll();

        Assert.Null(new DirectoryInfo(Path.Combine(workspace.Site, "tin-tuc")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(elsewhere, "ho-so", "giu-nguyen.txt")));
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(elsewhere, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_to_files_outside_the_site_are_replaced_or_removed_by_an_edit_build_and_what_they_point_to_is_untouched()
    {
        // The site is updated in place (only folders are asked whether they are links): a changed page that is now a
        // link to a file outside, an unchanged one that is, and a link nobody made are replaced or removed, and the
        // files they point to stay as they were.
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        var elsewhere = Path.Combine(workspace.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var page = Path.Combine(elsewhere, "trang.html");
        var other = Path.Combine(elsewhere, "khac.txt");
        File.WriteAllText(page, "không được đụng tới");
        File.WriteAllText(other, "không được đụng tới");
        var changed = Path.Combine(workspace.Site, "tin-tuc", "hoi-cho-ocop-thanh-hoa-2026", "index.html");
        File.Delete(changed);
        File.CreateSymbolicLink(changed, page);
        File.CreateSymbolicLink(Path.Combine(workspace.Site, "la.txt"), other);
        // A page the edit does not touch, now a link to a copy of itself outside the site: the same bytes (a link's own
        // size is its target's name, so a size check catches it too, but not by design); taken as it is, the site
        // would serve a file from outside. It is made again.
        var untouched = Path.Combine(workspace.Site, "san-pham", "che-lam-cam-tan", "index.html");
        var copy = Path.Combine(elsewhere, "ban-sao.html");
        File.Move(untouched, copy);
        File.CreateSymbolicLink(untouched, copy);

        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", "\n---\n", "\n---\n\nMột câu mới.\n");
        var rendered = workspace.BuildAndCompare();
        Assert.Contains("tin-tuc/hoi-cho-ocop-thanh-hoa-2026/index.html", rendered);
        Assert.Contains("san-pham/che-lam-cam-tan/index.html", rendered);

        Assert.Null(new FileInfo(changed).LinkTarget);
        Assert.Null(new FileInfo(untouched).LinkTarget);
        Assert.Equal(File.ReadAllBytes(copy), File.ReadAllBytes(untouched));
        Assert.Contains("Một câu mới.", File.ReadAllText(changed));
        Assert.False(Path.Exists(Path.Combine(workspace.Site, "la.txt")));
        Assert.Equal("không được đụng tới", File.ReadAllText(page));
        Assert.Equal("không được đụng tới", File.ReadAllText(other));
    }

    [Fact]
    public void An_edit_build_over_a_settled_site_still_replaces_or_removes_what_was_put_in_it_by_hand()
    {
        // The folders of a site whose entries last changed two seconds before an edit build listed them are recorded,
        // and the next build takes them from that memo unread unless their time moved (SiteListing).
        var workspace = new Workspace();
        Assert.True(workspace.Build().Succeeded);
        Thread.Sleep(2100);
        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", "\n---\n", "\n---\n\nMột câu mới.\n");
        workspace.BuildAndCompare();
        // The memo holds the folders of kept pages, settled; not those the commit changed, nor the site's own.
        var memo = SiteListing.ReadMemo(PreviousPages.CacheFileOf(workspace.Site, Path.Combine(SharedCache, "pages"), ".listing"));
        Assert.NotNull(memo);
        Assert.True(memo["san-pham/che-lam-cam-tan"].Listed - memo["san-pham/che-lam-cam-tan"].Changed >= 2_000_000_000);
        Assert.False(memo.ContainsKey("tin-tuc/hoi-cho-ocop-thanh-hoa-2026"));
        Assert.False(memo.ContainsKey(""));

        // A tick of the file system's clock later: a stray file in a folder of kept pages, a kept page replaced by a
        // link to a copy of itself outside the site.
        Thread.Sleep(50);
        var stray = Path.Combine(workspace.Site, "san-pham", "che-lam-cam-tan", "ghi-chu.txt");
        File.WriteAllText(stray, "không phải của bản dựng");
        var untouched = Path.Combine(workspace.Site, "en", "san-pham", "che-lam-cam-tan", "index.html");
        var copy = Path.Combine(workspace.Root, "ban-sao.html");
        File.Move(untouched, copy);
        File.CreateSymbolicLink(untouched, copy);

        workspace.Edit("tin-tuc/hoi-cho-ocop-thanh-hoa-2026.md", "Một câu mới.", "Một câu khác.");
        var rendered = workspace.BuildAndCompare();

        Assert.False(File.Exists(stray));
        Assert.Null(new FileInfo(untouched).LinkTarget);
        Assert.Contains("en/san-pham/che-lam-cam-tan/index.html", rendered);
    }

    /// <summary>Every file by its hash, and every folder (an incremental build leaves no folder a clean build lacks).</summary>
    private static SortedDictionary<string, string> Snapshot(string site)
        => new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .Concat(Directory.EnumerateDirectories(site, "*", SearchOption.AllDirectories).Select(d => KeyValuePair.Create(Path.GetRelativePath(site, d).Replace('\\', '/') + "/", "folder")))
            .ToDictionary(), StringComparer.Ordinal);
}
