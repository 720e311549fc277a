using Microsoft.Playwright;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// What staff see in a browser: staff mode ("?sua") shows a page's edit link and is remembered until turned off; the
/// new-product form refuses bad values with the build's own messages and, filled in correctly, opens GitHub with a
/// file the real check accepts.
/// </summary>
[Trait("Category", "Browser")]
public class StaffFormTests(ServedSite site) : IClassFixture<ServedSite>
{
    private const string Product = "san-pham/che-lam-cam-tan/";
    private const string Producer = "chu-the/htx-nong-nghiep-cam-tan/";
    private const string Form = "nhan-vien/them-san-pham/";

    [SkippableFact]
    public async Task Staff_mode_shows_the_edit_link_remembers_it_and_turns_off()
    {
        Chromium.Require();
        var context = await site.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var edit = page.Locator(".edit-link a");

        await page.GotoAsync(site.Url(Product));
        Assert.Equal(0, await edit.CountAsync());

        await page.GotoAsync(site.Url(Product + "?sua"));
        Assert.Equal("https://github.com/xa-cam-tan/ocop-showcase/edit/main/content/san-pham/che-lam-cam-tan/index.md", await edit.GetAttributeAsync("href"));
        Assert.True(await edit.IsVisibleAsync());
        Assert.Equal("Sửa trang này", await edit.TextContentAsync());

        await page.GotoAsync(site.Url(Producer));
        Assert.EndsWith("content/chu-the/htx-nong-nghiep-cam-tan.md", await edit.GetAttributeAsync("href"));
        await Screenshot(page, "staff-mode");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tắt chế độ sửa" }).ClickAsync();
        Assert.Equal(0, await edit.CountAsync());
        await page.GotoAsync(site.Url(Product));
        Assert.Equal(0, await edit.CountAsync());
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_form_makes_slugs_as_the_generator_does()
    {
        Chromium.Require();
        string[] names =
        [
            "Chè lam Cẩm Tân", "Đặc sản Mật ong rừng", "ĐỒNG ĐẬU", "Bánh gai lá gai Đông Sơn", "Rượu ngô men lá", "Cao cà gai leo",
            "Thổ cẩm Mường – khăn piêu", "Nước mắm cá cơm 35°N", "Gà đồi Cẩm Thủy (thả vườn)", "Miến dong Bình Liêu",
            "Trà hoa vàng Ba Chẽ!!", "  khoảng   trắng  ", "Ổi Đông Dư", "Ếch ương ướp ướt", "Ỹ ỷ ỵ ỳ ý", "Ức gà sấy",
            "Chè Shan tuyết 100 năm", "Cà phê Arabica – Khe Sanh", "Tinh dầu sả chanh/quế", "Mắm tôm chua Huế 500g",
            "Bưởi Diễn", "Dưa hấu Đầm Hà", "Rau ngót rừng", "Mè xửng (kẹo) Thiên Hương", "Đường phèn: loại 1", "Hạt điều rang muối",
            "Nem chua Thanh Hóa", "Chả tôm", "Gạo nếp cái hoa vàng", "Mật mía Quảng Ngãi", "Quế Trà My",
            "Che\u0300 lam ca\u0302\u0309m ta\u0302n", "Chè\u200B lam", "Ngũ cốc dinh dưỡng 5 loại hạt", "Cá thu một nắng",
            string.Concat(Enumerable.Repeat("Sản phẩm rất dài của hợp tác xã ", 5)), new string('Đ', 90), "—", "Café crème brûlée",
        ];
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(Form));
        var script = await page.Locator("script[type=module]").GetAttributeAsync("src");
        var slugs = await page.EvaluateAsync<string[]>("async ([src, names]) => { const m = await import(src); return names.map(n => m.slugify(n)); }", new object[] { script!, names });
        Assert.Equal(names.Select(Slugifier.Slugify), slugs);
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_form_refuses_bad_values_with_the_build_messages_and_writes_a_file_the_check_accepts()
    {
        Chromium.Require();
        var page = await site.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(site.Url(Form));
        await page.Locator("[data-product-form][data-ready]").WaitForAsync();
        await page.SelectOptionAsync("#sp-group", "thuc-pham");
        await page.SelectOptionAsync("#sp-producer", "htx-nong-nghiep-cam-tan");
        await page.SelectOptionAsync("#sp-village", "Tân Lập");
        await page.FillAsync("#sp-price", "45 nghìn");
        await page.FillAsync("#sp-unit", "gói 200 g");
        await page.FillAsync("#sp-summary", "Bánh đa vừng.");
        await page.FillAsync("#sp-body", "Bánh được tráng mỏng, phơi nắng hai ngày.\n\nNướng trên than hoa trước khi đóng gói: <b>giòn</b>.");
        await page.FillAsync("#sp-postmart", "https://shopee.vn/banh-da-vung");
        await page.FillAsync("#sp-phone", "0912 345 678");
        await page.ClickAsync("[data-product-form] button[type=submit]");

        const string Existing = "san-pham/che-lam-cam-tan/index.md";
        async Task<string> ErrorOf(string field) => (await page.Locator($"[data-error-for='{field}']").TextContentAsync())!;
        async Task<string[]> Summary() => [.. await page.Locator("[data-error-summary] li").AllTextContentsAsync()];
        var shown = new[] { await ErrorOf("name"), await ErrorOf("price"), await ErrorOf("buy.postmart") };
        Assert.True(await page.Locator("[data-error-summary]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-result]").IsVisibleAsync());
        await Screenshot(page, "product-form-errors");

        // The real check, on files holding the same values (and otherwise publishable): its errors are the form's.
        var withoutName = CheckMessages("""
            ---
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            village: Tân Lập
            price: 30000
            unit: gói 200 g
            summary: Bánh đa vừng.
            buy:
              phone: "0912 345 678"
            ---
            """);
        var badValues = CheckMessages("""
            ---
            name: Bánh đa vừng
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            village: Tân Lập
            price: 45 nghìn
            unit: gói 200 g
            summary: Bánh đa vừng.
            buy:
              postmart: https://shopee.vn/banh-da-vung
              phone: "0912 345 678"
            ---
            """);
        Assert.Equal(withoutName.Select(Shown), [shown[0]]);
        Assert.Equal(badValues.Select(Shown).Order(), shown[1..].Order());

        // A product to publish needs a price (OCOP029) and somewhere to buy it (OCOP032), as the build says.
        await page.FillAsync("#sp-name", "Bánh đa vừng");
        await page.FillAsync("#sp-price", "");
        await page.FillAsync("#sp-postmart", "");
        await page.FillAsync("#sp-phone", "");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        var unpublishable = CheckMessages("""
            ---
            name: Bánh đa vừng
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            village: Tân Lập
            unit: gói 200 g
            summary: Bánh đa vừng.
            ---
            """);
        Assert.Equal(["OCOP029", "OCOP032"], unpublishable.Select(d => d.Code).Order());
        Assert.Equal(unpublishable.Select(Shown).Order(), (await Summary()).Order());
        Assert.Equal(Shown(unpublishable.Single(d => d.Code == "OCOP029")), await ErrorOf("price"));
        Assert.Equal(Shown(unpublishable.Single(d => d.Code == "OCOP032")), await ErrorOf("buy"));

        // A certificate whose products: list (the decision's annex) does not name the product: OCOP115, and what to do.
        await page.FillAsync("#sp-price", "30000");
        await page.FillAsync("#sp-shops", "Điểm giới thiệu sản phẩm OCOP, UBND xã Cẩm Tân\n\nChợ Cẩm Tân");
        await page.SelectOptionAsync("#sp-certificate", "2024-1114-qd-ubnd");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        var notListed = CheckMessages("""
            ---
            name: Bánh đa vừng
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            certificate: 2024-1114-qd-ubnd
            village: Tân Lập
            price: 30000
            unit: gói 200 g
            summary: Bánh đa vừng.
            buy:
              shops:
                - Điểm giới thiệu sản phẩm OCOP, UBND xã Cẩm Tân
                - Chợ Cẩm Tân
            ---
            """);
        Assert.Equal("OCOP115", Assert.Single(notListed).Code);
        Assert.Equal(notListed.Select(Shown), await Summary());
        Assert.Equal(Shown(notListed[0]), await ErrorOf("certificate"));
        var advice = page.Locator("[data-advice='OCOP115']");
        Assert.True(await advice.IsVisibleAsync());
        Assert.Contains("cán bộ OCOP sẽ thêm “banh-da-vung” vào products: của giấy chứng nhận", await advice.TextContentAsync());
        Assert.Contains("1114/QĐ-UBND", await advice.TextContentAsync());
        await Screenshot(page, "product-form-certificate");

        // A control character pasted from Word or Zalo: the build names it as "U+000B".
        await page.SelectOptionAsync("#sp-certificate", "");
        await page.FillAsync("#sp-name", "Bánh đa\u000B vừng");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.False(await advice.IsVisibleAsync());
        var pasted = CheckMessages("""
            ---
            name: "Bánh đa\v vừng"
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            price: 30000
            unit: gói 200 g
            summary: Bánh đa vừng.
            buy:
              shops: [Chợ Cẩm Tân]
            ---
            """);
        Assert.Equal(pasted.Select(Shown), [await ErrorOf("name")]);

        // The name of a product that exists makes the same folder: the build's collision message, naming both files.
        await page.FillAsync("#sp-name", "CHÈ LAM – Cẩm Tân");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.Equal($"OCOP111: {new Diagnostic(DiagnosticCatalogue.DuplicateOutputPath, SourceSpan.StartOf(Existing), [Existing, Existing]).Message()}", await ErrorOf("name"));

        await page.FillAsync("#sp-name", "Bánh đa vừng Đồng Tâm");
        await page.FillAsync("#sp-summary", "Bánh đa vừng nướng than hoa, giòn thơm, làm từ gạo tẻ và vừng đen của xã.");
        await page.FillAsync("#sp-postmart", "https://postmart.vn/san-pham/banh-da-vung");
        await page.FillAsync("#sp-phone", "0912 345 678");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.False(await page.Locator("[data-error-summary]").IsVisibleAsync());
        Assert.Equal("Bánh đa vừng Đồng Tâm", await page.Locator("[data-preview-name]").TextContentAsync());
        Assert.Contains("<b>giòn</b>", await page.Locator("[data-preview-body]").TextContentAsync());
        Assert.Equal(0, await page.Locator("[data-preview] b").CountAsync());
        var warnings = await page.Locator("[data-warnings] li").AllTextContentsAsync();
        Assert.True(await page.Locator("[data-advice='OCOP033']").IsVisibleAsync());
        Assert.Contains("Upload files", await page.Locator("[data-advice='OCOP033']").TextContentAsync());

        var file = await GitHubFile(page, "banh-da-vung-dong-tam");
        await Screenshot(page, "product-form-preview");
        await page.CloseAsync();

        // Without a certificate the real build accepts the file, and its only word about it is the form's warning.
        var result = Build("banh-da-vung-dong-tam", file);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var own = result.Diagnostics.Where(d => d.At.File.Contains("banh-da-vung", StringComparison.Ordinal)).ToList();
        Assert.Equal(own.Select(Shown), warnings);
        Assert.Equal("OCOP033", Assert.Single(own).Code);
        Assert.Contains(result.Files, f => f.Path == "san-pham/banh-da-vung-dong-tam/index.html");
    }

    [SkippableFact]
    public async Task A_certificate_that_lists_the_new_product_is_accepted_by_the_form_and_the_build()
    {
        Chromium.Require();
        const string Certificate = "2024-1114-qd-ubnd";
        const string Slug = "banh-da-vung-dong-tam";

        // The site as it is once the OCOP officer has added the slug to the certificate's products: list.
        var page = await site.Browser!.NewPageAsync();
        var schemaUrl = site.Url("nhan-vien/them-san-pham/product.schema.json");
        var schema = System.Text.Json.Nodes.JsonNode.Parse(await (await page.APIRequest.GetAsync(schemaUrl)).TextAsync())!;
        schema["properties"]!["certificate"]!["x-ocop-covers"]![Certificate]!.AsArray().Add(Slug);
        await page.RouteAsync(schemaUrl, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = schema.ToJsonString() }));

        await page.GotoAsync(site.Url(Form));
        await page.Locator("[data-product-form][data-ready]").WaitForAsync();
        await page.FillAsync("#sp-name", "Bánh đa vừng Đồng Tâm");
        await page.SelectOptionAsync("#sp-group", "thuc-pham");
        await page.SelectOptionAsync("#sp-producer", "htx-nong-nghiep-cam-tan");
        await page.SelectOptionAsync("#sp-certificate", Certificate);
        await page.FillAsync("#sp-price", "30000");
        await page.FillAsync("#sp-unit", "gói 200 g");
        await page.FillAsync("#sp-summary", "Bánh đa vừng nướng than hoa.");
        await page.FillAsync("#sp-zalo", "0912 345 678");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.False(await page.Locator("[data-error-summary]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-advice='OCOP115']").IsVisibleAsync());
        var file = await GitHubFile(page, Slug);
        Assert.Contains($"certificate: {Certificate}", file);
        await page.CloseAsync();

        var result = Build(Slug, file, content =>
        {
            var path = Path.Combine(content, "chung-nhan", Certificate + ".md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("products: [che-lam-cam-tan]", $"products: [che-lam-cam-tan, {Slug}]", StringComparison.Ordinal));
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.Equal(["OCOP033"], result.Diagnostics.Where(d => d.At.File.Contains(Slug, StringComparison.Ordinal)).Select(d => d.Code));

        // Without the officer's line the same file is refused, as the form refuses it on the real site.
        Assert.Contains(Build(Slug, file).Diagnostics, d => d.Code == "OCOP115" && d.At.File.Contains(Slug, StringComparison.Ordinal));
    }

    private static string Shown(Diagnostic d) => $"{d.Code}: {d.Message()}";

    /// <summary>The file the form gives GitHub's "new file" page, which it also shows.</summary>
    private static async Task<string> GitHubFile(IPage page, string slug)
    {
        var href = (await page.Locator("[data-github]").GetAttributeAsync("href"))!;
        var start = $"https://github.com/xa-cam-tan/ocop-showcase/new/main/content/san-pham/{slug}?filename=index.md&value=";
        Assert.StartsWith(start, href);
        var file = Uri.UnescapeDataString(href[start.Length..]);
        Assert.Equal(file, await page.Locator("[data-file]").TextContentAsync());
        return file;
    }

    /// <summary>The real build of the sample content with the form's file added (and the content changed first, if asked).</summary>
    private static BuildResult Build(string slug, string file, Action<string>? change = null)
    {
        var content = CopyOfSample();
        change?.Invoke(content);
        var folder = Path.Combine(content, "san-pham", slug);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.md"), file);
        return BuildPipeline.Run(new BuildOptions(content, TestPaths.Theme, "unused", null, ContentFixture.Today));
    }

    /// <summary>For reviewers: the whole page at a phone's width and a desktop's, in tests/artifacts/.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var artifacts = Path.Combine(TestPaths.Repository, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        foreach (var width in new[] { 390, 1280 })
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(390, 844);
    }

    /// <summary>The errors the real check reports for one new product file added to the sample content.</summary>
    private static List<Diagnostic> CheckMessages(string file)
    {
        var content = CopyOfSample();
        var folder = Path.Combine(content, "san-pham", "banh-da-vung");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.md"), file + "\n");
        var result = BuildPipeline.Run(new BuildOptions(content, TestPaths.Theme, "unused", null, ContentFixture.Today));
        return [.. result.Diagnostics.Where(d => d.IsError)];
    }

    private static string CopyOfSample()
    {
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        return content;
    }
}
