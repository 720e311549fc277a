using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace OcopShowcase.Tests.Browser;

/// <summary>
/// What one page asked the server for and what came back, so that a browser assertion that fails says which request
/// failed or never finished (a script that did not load, a search part still waiting) instead of only what was missing.
/// </summary>
public sealed class PageTraffic
{
    private readonly ConcurrentDictionary<IRequest, string> _requests = new();
    private readonly ConcurrentDictionary<IRequest, int> _status = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly DateTime _start = DateTime.UtcNow;

    public PageTraffic(IPage page)
    {
        page.Request += (_, r) => _requests[r] = $"{Elapsed()} {r.Method} {r.Url} … (no answer yet)";
        page.Response += (_, r) =>
        {
            _status[r.Request] = r.Status;
            _requests[r.Request] = $"{Elapsed()} {r.Request.Method} {r.Url} {r.Status} … (body not finished)";
        };
        page.RequestFinished += (_, r) => _requests[r] = $"{Elapsed()} {r.Method} {r.Url} {_status.GetValueOrDefault(r)} finished";
        page.RequestFailed += (_, r) => _requests[r] = $"{Elapsed()} {r.Method} {r.Url} FAILED: {r.Failure}";
        page.Console += (_, m) => _console.Enqueue($"{Elapsed()} console.{m.Type}: {m.Text}");
        page.PageError += (_, e) => _console.Enqueue($"{Elapsed()} page error: {e}");
    }

    /// <summary>Runs <paramref name="assertion"/>; when it fails, the failure carries the page's requests and console.</summary>
    public async Task Explain(Func<Task> assertion)
    {
        try
        {
            await assertion();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n\nRequests (ms after the page opened, last state):\n  "
                + string.Join("\n  ", _requests.Values.Order(StringComparer.Ordinal))
                + "\nConsole:\n  " + string.Join("\n  ", _console));
        }
    }

    private string Elapsed() => ((int)(DateTime.UtcNow - _start).TotalMilliseconds).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
