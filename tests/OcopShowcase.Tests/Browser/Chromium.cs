using Microsoft.Playwright;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// A Chromium driven by Playwright (Playwright's own browser download is not available here): the first usable one
/// in <c>tests/chromium-candidates.txt</c>, the same list <c>scripts/install-test-tools.sh</c> reads, so the tests
/// and the workflows find the same browser. Outside CI a missing browser skips the browser tests with the reason;
/// under CI=true it fails them.
/// </summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Skips the calling test when there is no Chromium, except in CI where that is a failure.</summary>
    public static void Require() => TestTools.Require(ExecutablePath is not null, "Chromium", "chromium");

    private static string? Find()
    {
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Repository, "tests", "chromium-candidates.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var path = line.StartsWith('$') ? Environment.GetEnvironmentVariable(line[1..]) : line;
            if (!string.IsNullOrEmpty(path) && File.Exists(path) && !IsSnapStub(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Ubuntu's apt "chromium" leaves a shell script that only asks for the snap.</summary>
    private static bool IsSnapStub(string path)
    {
        using var reader = new StreamReader(path);
        var start = new char[2];
        return reader.Read(start, 0, 2) == 2 && start is ['#', '!'] && reader.ReadToEnd().Contains("/snap/", StringComparison.Ordinal);
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
