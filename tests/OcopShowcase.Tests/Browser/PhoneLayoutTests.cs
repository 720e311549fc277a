using Microsoft.Playwright;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// The visitor's phone: nothing scrolls sideways at any width in either language; a product's first screen shows its
/// name, badge, price, a photo and a way to buy; a tourism listing books or calls at once and gives directions soon;
/// the gallery opens full screen and is driven by the keyboard.
/// </summary>
[Trait("Category", "Browser")]
public class PhoneLayoutTests(ServedSite site) : IClassFixture<ServedSite>
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 664;

    /// <summary>One page of every kind; each is also opened under /en/.</summary>
    private static readonly string[] PageKinds =
    [
        "", "san-pham/", "san-pham/nhom/thuc-pham/", "san-pham/4-sao/", "san-pham/mat-ong-rung-cam-tan/", "san-pham/tour-trai-nghiem-ban-chieng/",
        "chu-the/", "chu-the/htx-nong-nghiep-cam-tan/", "chung-nhan/", "chung-nhan/2025-0875-qd-ubnd/", "du-lich/", "du-lich/ban-chieng/",
        "du-lich/homestay-nha-san-tan-lap/", "tin-tuc/", "tin-tuc/hoi-cho-ocop-thanh-hoa-2026/", "tim-kiem/?q=mat+ong", "posters/", "nhan-vien/", "gioi-thieu/",
    ];

    private static IEnumerable<string> Products() => Directory.EnumerateDirectories(Path.Combine(TestPaths.Content, "san-pham")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static IEnumerable<string> Listings() => Directory.EnumerateDirectories(Path.Combine(TestPaths.Content, "du-lich")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task No_page_scrolls_sideways(int width)
    {
        Chromium.Require();
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in PageKinds.SelectMany(p => new[] { p, "en/" + p }))
        {
            var response = await page.GotoAsync(site.Url(path));
            if (response is null || response.Status != 200)
            {
                failures.Add($"{path}: HTTP {response?.Status}");
                continue;
            }

            // The widest element that reaches past the right edge names the culprit; measured with every sheet closed,
            // then open (the menu, the catalogue's filters, the action bar's choice of marketplace).
            foreach (var sheets in new[] { "closed", "open" })
            {
                if (sheets == "open")
                {
                    await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                }

            var overflow = await page.EvaluateAsync<string?>(
                """
                () => {
                  const width = innerWidth;
                  if (document.documentElement.scrollWidth <= width) return null;
                  let worst = null, right = width;
                  // What a scrolling box (a gallery strip, a wide table's frame) holds scrolls inside it, not the page.
                  const scrolled = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o !== 'visible') return true; } return false; };
                  for (const e of document.body.querySelectorAll('*')) {
                    const r = e.getBoundingClientRect();
                    if (r.right > right + 0.5 && !scrolled(e)) { worst = e; right = r.right; }
                  }
                  const name = worst ? worst.tagName.toLowerCase() + (worst.className ? '.' + String(worst.className).trim().replace(/\s+/g, '.') : '') : '?';
                  return `scrollWidth ${document.documentElement.scrollWidth} > ${width}; widest: <${name}> right edge ${Math.round(right)}: ${worst ? worst.outerHTML.slice(0, 160) : ''}`;
                }
                """);
            if (overflow is not null)
            {
                failures.Add($"/{path} at {width} px, sheets {sheets}: {overflow}");
            }
            }

            // A star badge is one line ("OCOP 4 sao", never "OCOP 4 / sao").
            var wrapped = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.stars .stars__text')].filter(t => t.getClientRects().length > 0 && t.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(t).lineHeight)).map(t => t.textContent)");
            failures.AddRange(wrapped.Select(w => $"/{path} at {width} px: the star badge \"{w}\" wraps"));
        }

        await context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task Every_product_sells_on_its_first_phone_screen()
    {
        Chromium.Require();
        var context = await PhoneContext();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var slug in Products())
        {
            foreach (var language in new[] { "", "en/" })
            {
                await page.GotoAsync(site.Url($"{language}san-pham/{slug}/"), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var missing = await FirstScreenMisses(page, new Dictionary<string, string>
                {
                    ["name"] = "h1",
                    ["star badge"] = ".product__header .stars",
                    ["price"] = ".product__header .product__price",
                    ["photo"] = ".gallery__item img",
                    ["buy or call link"] = ".actionbar a[href], .actionbar summary, .buy__actions a[href]",
                });
                failures.AddRange(missing.Select(m => $"/{language}san-pham/{slug}/: {m}"));
            }
        }

        await context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task Every_listing_books_on_its_first_screen_and_guides_within_two()
    {
        Chromium.Require();
        var context = await PhoneContext();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var slug in Listings())
        {
            foreach (var language in new[] { "", "en/" })
            {
                var path = $"{language}du-lich/{slug}/";
                await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                failures.AddRange((await FirstScreenMisses(page, new Dictionary<string, string>
                {
                    ["name"] = "h1",
                    ["photo"] = ".gallery__item img",
                    ["book or call link"] = ".actionbar a[href^='tel:'], .actionbar a[href*='zalo']",
                })).Select(m => $"/{path}: {m}"));

                var directions = await page.Locator("main .button--directions").BoundingBoxAsync();
                if (directions is null || directions.Y + directions.Height > 2 * PhoneHeight)
                {
                    failures.Add($"/{path}: the directions button is not within two screens (top {directions?.Y})");
                }

                var text = await page.Locator("body").InnerTextAsync();
                foreach (var wording in new[] { "Gọi đặt hàng", "Call to order", "đặt hàng" })
                {
                    if (text.Contains(wording, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"/{path}: says \"{wording}\"");
                    }
                }
            }
        }

        await context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task The_gallery_shows_every_photo_and_opens_full_screen_by_keyboard()
    {
        Chromium.Require();
        var context = await PhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("san-pham/mat-ong-rung-cam-tan/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        // Every photo of the front matter is in the strip, as a link to its full-size copy (which works without script).
        var listed = File.ReadAllLines(Path.Combine(TestPaths.Content, "san-pham/mat-ong-rung-cam-tan/index.md")).Count(l => l.TrimStart().StartsWith("- file:", StringComparison.Ordinal));
        var links = page.Locator(".gallery__link");
        Assert.Equal(listed, await links.CountAsync());
        for (var i = 0; i < listed; i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).AbsoluteUri);
            Assert.Equal(200, response.Status);
            Assert.StartsWith("image/", response.Headers["content-type"], StringComparison.Ordinal);
        }

        var dialog = page.Locator("dialog.viewer");
        await links.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.True(await dialog.EvaluateAsync<bool>("d => d.open && d.matches(':modal')"));
        var image = dialog.Locator(".viewer__stage img");
        await Assertions.Expect(image).ToHaveAttributeAsync("src", await links.First.EvaluateAsync<string>("a => a.href"));
        await image.EvaluateAsync("i => i.decode()");
        var size = await image.BoundingBoxAsync();
        Assert.True(size is not null && size.Width >= PhoneWidth - 20, $"the photo fills the screen's width: {size?.Width}");

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(image).ToHaveAttributeAsync("src", await links.Nth(1).EvaluateAsync<string>("a => a.href"));
        await Assertions.Expect(dialog.Locator(".viewer__count")).ToHaveTextAsync("Ảnh 2/2");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(image).ToHaveAttributeAsync("src", await links.First.EvaluateAsync<string>("a => a.href"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        Assert.True(await links.First.EvaluateAsync<bool>("a => document.activeElement === a"), "focus returns to the photo that opened the viewer");

        // The close button works as well, and a screen reader is told what the dialog is.
        await page.Keyboard.PressAsync("Enter");
        Assert.False(string.IsNullOrEmpty(await dialog.GetAttributeAsync("aria-label")));
        await dialog.Locator(".viewer__close").ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_focal_point_positions_the_cropped_card_photo()
    {
        Chromium.Require();
        var context = await PhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("san-pham/"));
        var position = await page.Locator(".card__media img[alt^='Mật ong rừng']").EvaluateAsync<string[]>("i => [getComputedStyle(i).objectFit, getComputedStyle(i).objectPosition]");
        Assert.Equal(["cover", "50% 70%"], position);
        await context.CloseAsync();
    }

    private async Task<IBrowserContext> PhoneContext()
        => await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = PhoneWidth, Height = PhoneHeight }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });

    /// <summary>What of <paramref name="wanted"/> is not wholly inside the first screen and clear of the action bar.</summary>
    private static async Task<List<string>> FirstScreenMisses(IPage page, Dictionary<string, string> wanted)
    {
        var misses = new List<string>();
        var bar = await page.Locator(".actionbar").BoundingBoxAsync();
        var barTop = bar is null ? PhoneHeight : bar.Y;
        foreach (var (what, selector) in wanted)
        {
            var found = false;
            var candidates = page.Locator(selector);
            if (what == "star badge" && await candidates.CountAsync() == 0)
            {
                // An expired certificate shows no stars at all (by design): nothing to find.
                continue;
            }

            for (var i = 0; i < await candidates.CountAsync() && !found; i++)
            {
                var box = await candidates.Nth(i).BoundingBoxAsync();
                if (box is null || box.Width < 1 || box.Height < 1)
                {
                    continue;
                }

                var inBar = await candidates.Nth(i).EvaluateAsync<bool>("e => !!e.closest('.actionbar')");
                var bottomLimit = inBar ? PhoneHeight : barTop;
                found = box.X >= 0 && box.X + box.Width <= PhoneWidth + 0.5 && box.Y >= 0 && box.Y + box.Height <= bottomLimit + 0.5;
            }

            if (!found)
            {
                misses.Add($"no {what} ({selector}) inside the first {PhoneWidth}×{PhoneHeight} screen");
            }
        }

        return misses;
    }
}
