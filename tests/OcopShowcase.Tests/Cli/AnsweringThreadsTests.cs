using OcopShowcase.Cli;
using Spectre.Console.Testing;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// The preview server answers on the thread pool, beside <c>serve</c>'s own work on it. The pool starts a thread at
/// once only below its minimum (one per core unless raised); past it, a request waits for the pool's starvation check
/// (1-2.5 s after an edit at 20,000 products, BENCHMARKS.md session 26). These cases read the minimum while a real
/// <c>serve</c> runs, so they run alone: the minimum is the process's.
/// </summary>
[Collection(nameof(AnsweringThreadsTests))]
[CollectionDefinition(nameof(AnsweringThreadsTests), DisableParallelization = true)]
public class AnsweringThreadsTests
{
    [Fact]
    public async Task While_serve_runs_the_pool_starts_threads_for_a_reload_beside_its_busiest_work_and_the_minimum_is_restored_after()
    {
        ThreadPool.GetMinThreads(out var before, out _);
        var content = Path.Combine(TestPaths.TempDirectory(), "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var port = Browser.Chromium.FreePort();
        using var stop = new CancellationTokenSource();
        var serve = Task.Run(() => CliApp.Run(
            ["serve", "--content", content, "--theme", TestPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-29"],
            new TestConsole(), stop.Token));
        int during;
        try
        {
            using var http = new HttpClient();
            await Answered(http, $"http://127.0.0.1:{port}/san-pham/che-lam-cam-tan/");
            ThreadPool.GetMinThreads(out during, out _);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serve);
        // serve's busiest work: a parallel loop on every core (a rebuild, or the site-wide files made after one) and
        // the painting of share cards. A reload asks for the page, its stylesheet and scripts, and the event stream.
        var busiest = Environment.ProcessorCount + 1;
        Assert.True(during >= busiest + 3, $"pool minimum {during} while serve ran, for {busiest} threads of its own work");
        ThreadPool.GetMinThreads(out var after, out _);
        Assert.Equal(before, after);
    }

    private static async Task Answered(HttpClient http, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode || attempt >= 600)
                {
                    Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 600)
            {
            }

            await Task.Delay(200);
        }
    }
}
