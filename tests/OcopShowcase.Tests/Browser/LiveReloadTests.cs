using Microsoft.Playwright;
using OcopShowcase.Cli;
using OcopShowcase.Output;
using Spectre.Console.Testing;

namespace OcopShowcase.Tests.Browser;

[Trait("Category", "Browser")]
public class LiveReloadTests
{
    [SkippableFact]
    public async Task An_edit_to_a_product_appears_in_the_open_page_without_a_manual_reload()
    {
        Chromium.Require();
        var fixture = new ContentFixture();
        var port = Chromium.FreePort();
        using var stop = new CancellationTokenSource();
        var console = new TestConsole();
        var serve = Task.Run(() => CliApp.Run(
            ["serve", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-29"],
            console, stop.Token));
        // A serve left running by a failed step would keep building (and holding the GC) beside later tests.
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync();
            var url = $"http://127.0.0.1:{port}/san-pham/che-lam/";
            await GotoWhenUp(page, url);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam");

            var file = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "index.md");
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("name: Chè lam", "name: Chè lam mới làm", StringComparison.Ordinal));

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam mới làm", new() { Timeout = 20_000 });
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serve);
    }

    /// <summary>
    /// What an editor sees on a phone while previewing the sample content: a save with a YAML mistake puts a box over the
    /// page naming the file, the line and the mistake in Vietnamese, within the 390 px screen; fixing the file takes
    /// the box away and shows the new text.
    /// </summary>
    [SkippableFact]
    public async Task A_broken_save_names_file_and_line_over_the_page_and_the_fix_takes_it_away()
    {
        Chromium.Require();
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var port = Chromium.FreePort();
        using var stop = new CancellationTokenSource();
        var serve = Task.Run(() => CliApp.Run(
            ["serve", "--content", content, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-29"],
            new TestConsole(), stop.Token));
        // A serve left running by a failed step would keep building (and holding the GC) beside later tests.
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await GotoWhenUp(page, $"http://127.0.0.1:{port}/san-pham/che-lam-cam-tan/");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân");

            var file = Path.Combine(content, "san-pham", "che-lam-cam-tan", "index.md");
            var original = await File.ReadAllTextAsync(file);
            Assert.StartsWith("---\nname: Chè lam Cẩm Tân\n", original, StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, original.Replace("name: Chè lam Cẩm Tân\n", "name: \"Chè lam Cẩm Tân\n", StringComparison.Ordinal));

            var overlay = page.Locator($"#{PreviewOverlay.ElementId}");
            await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Assertions.Expect(overlay.Locator(".file")).ToHaveTextAsync("content/san-pham/che-lam-cam-tan/index.md");
            await Assertions.Expect(overlay.Locator(".place")).ToHaveTextAsync("dòng 2, cột 7");
            await Assertions.Expect(overlay.Locator(".code")).ToHaveTextAsync("OCOP008");
            await Assertions.Expect(overlay.Locator(".message")).ToHaveTextAsync("Dấu nháy (\") mở ở đây nhưng không được đóng trên cùng dòng.");
            // Readable on the phone: inside the screen, nothing wider than it, and text no smaller than the page's own.
            var box = await overlay.BoundingBoxAsync();
            Assert.True(box is { X: >= 0, Width: <= 390 }, $"overlay box {box?.X} {box?.Width}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the page scrolls sideways");
            Assert.True(await overlay.Locator(".message").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)") >= 16);
            var artifacts = Path.Combine(TestPaths.Repository, "tests", "artifacts");
            Directory.CreateDirectory(artifacts);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "preview-error-390.png") });

            await File.WriteAllTextAsync(file, original.Replace("name: Chè lam Cẩm Tân\n", "name: Chè lam Cẩm Tân mùa mới\n", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam Cẩm Tân mùa mới", new() { Timeout = 20_000 });
            await Assertions.Expect(overlay).ToHaveCountAsync(0);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serve);
    }

    /// <summary>
    /// The server listens before its first build ends (and answers 404 until then); retry the first navigation until
    /// the page is there, a bounded number of times.
    /// </summary>
    private static async Task GotoWhenUp(IPage page, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await page.GotoAsync(url))?.Ok == true || attempt >= 600)
                {
                    return;
                }
            }
            catch (PlaywrightException) when (attempt < 600)
            {
            }

            await Task.Delay(200);
        }
    }
}
