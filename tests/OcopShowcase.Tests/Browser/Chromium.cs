using Microsoft.Playwright;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download is not available here). Outside CI a
/// missing browser skips the browser tests with the reason; under CI=true it fails them.
/// </summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = new[] { Environment.GetEnvironmentVariable("OCOP_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when there is no Chromium, except in CI where that is a failure.</summary>
    public static void Require()
    {
        if (ExecutablePath is null && InCi)
        {
            Assert.Fail("CI=true but Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).");
        }

        Skip.If(ExecutablePath is null, "Chromium not found at /usr/bin/chromium: install it (apt-get install -y chromium) to run the browser tests.");
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // Without these, Chromium tries to reach Google's services, which this machine's closed network refuses.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
