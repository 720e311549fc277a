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
        await page.SelectOptionAsync("#sp-certificate", "2024-1114-qd-ubnd");
        await page.SelectOptionAsync("#sp-village", "Tân Lập");
        await page.FillAsync("#sp-price", "45 nghìn");
        await page.FillAsync("#sp-unit", "gói 200 g");
        await page.FillAsync("#sp-summary", "Bánh đa vừng nướng than hoa, giòn thơm, làm từ gạo tẻ và vừng đen của xã.");
        await page.FillAsync("#sp-body", "Bánh được tráng mỏng, phơi nắng hai ngày.\n\nNướng trên than hoa trước khi đóng gói: <b>giòn</b>.");
        await page.FillAsync("#sp-postmart", "https://shopee.vn/banh-da-vung");
        await page.FillAsync("#sp-phone", "0912 345 678");
        await page.FillAsync("#sp-shops", "Điểm giới thiệu sản phẩm OCOP, UBND xã Cẩm Tân\n\nChợ Cẩm Tân");
        await page.ClickAsync("[data-product-form] button[type=submit]");

        const string Existing = "san-pham/che-lam-cam-tan/index.md";
        async Task<string> ErrorOf(string field) => (await page.Locator($"[data-error-for='{field}']").TextContentAsync())!;
        var shown = new[] { await ErrorOf("name"), await ErrorOf("price"), await ErrorOf("buy.postmart") };
        Assert.True(await page.Locator("[data-error-summary]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-result]").IsVisibleAsync());
        await Screenshot(page, "product-form-errors");

        // The real check, on files holding the same values: its messages are the ones the browser showed.
        var withoutName = CheckMessages("""
            ---
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            summary: Bánh đa vừng.
            ---
            """);
        var badValues = CheckMessages("""
            ---
            name: Bánh đa vừng
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            price: 45 nghìn
            unit: gói 200 g
            summary: Bánh đa vừng.
            buy:
              postmart: https://shopee.vn/banh-da-vung
            ---
            """);
        Assert.Equal(withoutName.Select(d => $"{d.Code}: {d.Message()}"), [shown[0]]);
        Assert.Equal(badValues.Select(d => $"{d.Code}: {d.Message()}").Order(), shown[1..].Order());

        // A control character pasted from Word or Zalo: the build names it as "U+000B".
        await page.FillAsync("#sp-name", "Bánh đa\u000B vừng");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        var pasted = CheckMessages("""
            ---
            name: "Bánh đa\v vừng"
            group: thuc-pham
            producer: htx-nong-nghiep-cam-tan
            summary: Bánh đa vừng.
            ---
            """);
        Assert.Equal(pasted.Select(d => $"{d.Code}: {d.Message()}"), [await ErrorOf("name")]);

        // The name of a product that exists makes the same folder: the build's collision message, naming both files.
        await page.FillAsync("#sp-name", "CHÈ LAM – Cẩm Tân");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.Equal($"OCOP111: {new Diagnostic(DiagnosticCatalogue.DuplicateOutputPath, SourceSpan.StartOf(Existing), [Existing, Existing]).Message()}", await ErrorOf("name"));

        await page.FillAsync("#sp-name", "Bánh đa vừng Đồng Tâm");
        await page.FillAsync("#sp-price", "30000");
        await page.FillAsync("#sp-postmart", "https://postmart.vn/san-pham/banh-da-vung");
        await page.ClickAsync("[data-product-form] button[type=submit]");
        Assert.False(await page.Locator("[data-error-summary]").IsVisibleAsync());
        Assert.Equal("Bánh đa vừng Đồng Tâm", await page.Locator("[data-preview-name]").TextContentAsync());
        Assert.Contains("<b>giòn</b>", await page.Locator("[data-preview-body]").TextContentAsync());
        Assert.Equal(0, await page.Locator("[data-preview] b").CountAsync());

        var href = (await page.Locator("[data-github]").GetAttributeAsync("href"))!;
        const string Start = "https://github.com/xa-cam-tan/ocop-showcase/new/main/content/san-pham/banh-da-vung-dong-tam?filename=index.md&value=";
        Assert.StartsWith(Start, href);
        var file = Uri.UnescapeDataString(href[Start.Length..]);
        Assert.Equal(file, await page.Locator("[data-file]").TextContentAsync());
        await Screenshot(page, "product-form-preview");
        await page.CloseAsync();

        var content = CopyOfSample();
        var folder = Path.Combine(content, "san-pham", "banh-da-vung-dong-tam");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.md"), file);
        var result = BuildPipeline.Run(new BuildOptions(content, TestPaths.Theme, "unused", null, ContentFixture.Today));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.At.File.Contains("banh-da-vung", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "san-pham/banh-da-vung-dong-tam/index.html");
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
