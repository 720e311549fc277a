using Microsoft.Playwright;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// The sample site built under a GitHub Pages project path and served on 127.0.0.1 by the generator's own preview
/// server (live reload off, so pages are exactly what GitHub Pages would serve), with one shared Chromium.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    public const string BasePath = "/ocop-cam-tan/";

    private PreviewServer? _server;

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public BuildResult? Build { get; private set; }

    public Uri Origin { get; private set; } = new("http://127.0.0.1/");

    public string Url(string path) => new Uri(Origin, BasePath + path).AbsoluteUri;

    public async Task InitializeAsync()
    {
        var port = Chromium.FreePort();
        Origin = new Uri($"http://127.0.0.1:{port}/");
        Build = BuildPipeline.Run(new BuildOptions(TestPaths.Content, TestPaths.Theme, "unused", new Uri($"https://example.github.io{BasePath}"), new DateOnly(2026, 11, 29)));
        _server = new PreviewServer(port, BasePath, liveReload: false);
        _server.Publish(Build.Files);
        _server.Start();
        if (Chromium.ExecutablePath is not null)
        {
            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await Chromium.LaunchAsync(Playwright);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        _server?.Dispose();
    }
}
