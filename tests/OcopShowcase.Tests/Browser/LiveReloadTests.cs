using Microsoft.Playwright;
using OcopShowcase.Cli;
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

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var url = $"http://127.0.0.1:{port}/san-pham/che-lam/";
        await GotoWhenUp(page, url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam");

        var file = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "index.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("name: Chè lam", "name: Chè lam mới làm", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Chè lam mới làm", new() { Timeout = 20_000 });
        await stop.CancelAsync();
        Assert.Equal(0, await serve);
    }

    /// <summary>The server needs a moment to build before it listens; retry the first navigation, a bounded number of times.</summary>
    private static async Task GotoWhenUp(IPage page, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await page.GotoAsync(url);
                return;
            }
            catch (PlaywrightException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }
}
