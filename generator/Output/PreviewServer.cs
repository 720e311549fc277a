using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// The preview server behind <c>serve</c>: serves the latest successful build from memory on 127.0.0.1 only,
/// under the site's base path, and tells open pages to reload (server-sent events) after each rebuild.
/// Only paths that are files of the build can be served, so no request can reach a file outside the site.
/// <para>Each open page says which page it is when it subscribes (<c>livereload.js</c>): a rebuild makes those pages
/// first and they are served before the rest of the site (<see cref="OpenPages"/>, <see cref="PublishFirst"/>), as
/// Hugo's fast render mode does; when the whole site follows, a page that already shows its final text is not
/// reloaded again.</para>
/// </summary>
public sealed class PreviewServer : IDisposable
{
    public const string ReloadScriptPath = "__ocop/livereload.js";
    public const string EventsPath = "__ocop/events";

    private static readonly string ReloadScript = ReadResource("livereload.js");
    private readonly HttpListener _listener = new();
    private readonly string _basePath;
    private readonly List<EventClient> _eventClients = [];

    /// <summary>The pages served ahead of this rebuild's site, by path: those whose pages show them already are not reloaded again.</summary>
    private Dictionary<string, byte[]> _servedFirst = new(StringComparer.Ordinal);

    /// <summary>The last good build's files while a rebuild's first pages are served: what a failing rebuild goes back to.</summary>
    private IReadOnlyDictionary<string, OutputFile>? _beforeFirst;

    /// <summary>
    /// Counts what was served (each build, first pages, errors shown). Every page carries the count it was served at,
    /// and says it when it subscribes: a page served before the latest change, whose reload event it could not hear
    /// while it was loading, is told to reload at once; a page served first is not reloaded for the same text.
    /// </summary>
    private int _served;
    private int _servedFirstAt = -1;

    /// <summary>The pages the last build served with the text they had when served first, and that count: a page served then is current.</summary>
    private IReadOnlyDictionary<string, int> _sameSince = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    // A plain dictionary, never changed once published (so safe to read from any thread): a frozen one takes several
    // times longer to make, and a national catalogue publishes 100,000 files after every saved edit.
    private IReadOnlyDictionary<string, OutputFile> _files = new Dictionary<string, OutputFile>();
    private IReadOnlyList<PreviewError> _errors = [];
    private MessageLanguage _language = MessageLanguage.Vietnamese;

    private readonly bool _liveReload;

    public PreviewServer(int port, string basePath, bool liveReload = true)
    {
        Port = port;
        _liveReload = liveReload;
        _basePath = basePath.EndsWith('/') ? basePath : basePath + "/";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}{_basePath}");

    /// <summary>
    /// Serves this build from now on, without an error box, and reloads every open page, but for a page served ahead
    /// of it (<see cref="PublishFirst"/>) whose text is the same in this build.
    /// </summary>
    public void Publish(IEnumerable<OutputFile> files)
    {
        var next = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var (first, firstAt) = (_servedFirst, _servedFirstAt);
        var same = first.Where(p => next.TryGetValue(p.Key, out var now) && now.ReadBytes().AsSpan().SequenceEqual(p.Value)).ToDictionary(p => p.Key, _ => firstAt, StringComparer.Ordinal);
        _files = next;
        _errors = [];
        _servedFirst = new(StringComparer.Ordinal);
        _beforeFirst = null;
        _sameSince = same;
        Interlocked.Increment(ref _served);
        Send("reload", client => client.Page is not { } page || !same.TryGetValue(page, out var since) || client.Served < since);
    }

    /// <summary>
    /// The files (under the base path) of the pages open in a browser now, as they said when they subscribed: a
    /// rebuild makes them first (<see cref="PublishFirst"/>).
    /// </summary>
    public IReadOnlySet<string> OpenPages()
    {
        lock (_gate)
        {
            return _eventClients.Select(c => c.Page).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Pages of a rebuild made before the rest (<see cref="OpenPages"/>), with the files the rebuild made before them
    /// (a changed stylesheet, a new photo or share card they show): served from now on with the last build's other
    /// files, and the open pages they are reloaded. The rest of the rebuild follows with <see cref="Publish"/>, or its
    /// errors with <see cref="ShowErrors"/>, which goes back to the last good build. The rebuild had no error when it
    /// made them, so the box of the last build's errors goes (a failing rebuild shows its own).
    /// </summary>
    public void PublishFirst(IReadOnlyList<OutputFile> pages, IReadOnlyList<OutputFile> files)
    {
        _beforeFirst ??= _files;
        var next = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
        var first = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            next[file.Path] = file;
        }

        foreach (var page in pages)
        {
            next[page.Path] = page;
            first[page.Path] = page.ReadBytes();
        }

        _files = next;
        _servedFirst = first;
        _errors = [];
        _sameSince = new Dictionary<string, int>(StringComparer.Ordinal);
        _servedFirstAt = Interlocked.Increment(ref _served);
        Send("reload", client => client.Page is { } page && first.ContainsKey(page));
    }

    /// <summary>
    /// Files made after the pages were published (<see cref="LaterFiles"/>) take the place of those at their paths, and
    /// <paramref name="gone"/> are served no more. Nothing that a page shows changed: only pages that read site-wide files
    /// (the search page, which keeps the index it loaded) are reloaded.
    /// </summary>
    public void Update(IReadOnlyList<OutputFile> files, IReadOnlyCollection<string> gone)
    {
        var next = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
        foreach (var path in gone)
        {
            next.Remove(path);
        }

        foreach (var file in files)
        {
            next[file.Path] = file;
        }

        _files = next;
        Send("files");
    }

    /// <summary>
    /// Keeps serving the last good build, with <paramref name="errors"/> in a box at the top of every page, and reloads
    /// every open page so that the editor sees them.
    /// </summary>
    public void ShowErrors(IReadOnlyList<PreviewError> errors, MessageLanguage language = MessageLanguage.Vietnamese)
    {
        _language = language;
        _errors = errors;
        _servedFirst = new(StringComparer.Ordinal);
        _sameSince = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_beforeFirst is { } lastGood)
        {
            _files = lastGood;
            _beforeFirst = null;
        }

        Interlocked.Increment(ref _served);
        Reload();
    }

    private void Reload() => Send("reload");

    /// <summary>Sends an event to every open page, or to those <paramref name="to"/> accepts.</summary>
    private void Send(string name, Func<EventClient, bool>? to = null)
    {
        var bytes = Encoding.UTF8.GetBytes($"event: {name}\ndata: now\n\n");
        lock (_gate)
        {
            foreach (var client in _eventClients.ToList())
            {
                if (to is not null && !to(client))
                {
                    continue;
                }

                try
                {
                    client.Response.OutputStream.Write(bytes);
                    client.Response.OutputStream.Flush();
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
                {
                    _eventClients.Remove(client);
                }
            }
        }
    }

    /// <summary>Starts listening; a port another program holds is a catalogue error, not a stack trace.</summary>
    public void Start()
    {
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException)
        {
            throw new DiagnosticException(DiagnosticCatalogue.PortInUse, Port.ToString(CultureInfo.InvariantCulture), FreePort().ToString(CultureInfo.InvariantCulture));
        }

        _ = Task.Run(AcceptLoop);
    }

    /// <summary>A port free right now, to suggest.</summary>
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                Redirect(response, _basePath);
                return;
            }

            var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
            if (relative == EventsPath)
            {
                var servedAt = int.TryParse(context.Request.QueryString["served"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : -1;
                OpenEventStream(response, FileOf(context.Request.QueryString["page"]), servedAt);
                return;
            }

            if (relative == ReloadScriptPath)
            {
                Send(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript));
                return;
            }

            // The count before the files: a page served from files replaced meanwhile says an older count, and is reloaded.
            var served = Volatile.Read(ref _served);
            var files = _files;
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                relative += "index.html";
            }
            else if (!files.ContainsKey(relative) && files.ContainsKey(relative + "/index.html"))
            {
                Redirect(response, path + "/");
                return;
            }

            if (files.TryGetValue(relative, out var file))
            {
                Send(response, 200, ContentTypes.For(relative), Body(file, relative, served));
            }
            else if (files.Count == 0 && _errors.Count > 0)
            {
                Send(response, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PreviewOverlay.Page(_errors, _language)));
            }
            else if (files.TryGetValue("404.html", out var notFound))
            {
                Send(response, 404, ContentTypes.For("404.html"), Body(notFound, "404.html", served));
            }
            else
            {
                Send(response, 404, "text/plain; charset=utf-8", "404"u8.ToArray());
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response; nothing to do.
        }
    }

    private byte[] Body(OutputFile file, string path, int served)
    {
        var bytes = file.ReadBytes();
        var errors = _errors;
        var overlay = errors.Count > 0 ? PreviewOverlay.Html(errors, _language) : "";
        if ((!_liveReload && overlay.Length == 0) || !path.EndsWith(".html", StringComparison.Ordinal))
        {
            return bytes;
        }

        var script = _liveReload ? $"<script src=\"{_basePath}{ReloadScriptPath}\" data-events=\"{_basePath}{EventsPath}?served={served}\"></script>" : "";
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("</body>", overlay + script + "</body>", StringComparison.Ordinal));
    }

    /// <summary>The file an open page's address (its path, as <c>location.pathname</c> gives it) is served from; null outside the site.</summary>
    private string? FileOf(string? page)
    {
        if (page is null || !page.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(page[_basePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private void OpenEventStream(HttpListenerResponse response, string? page, int served)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-cache";
        response.SendChunked = true;
        // Registered, and told whether it is stale, before it hears it is connected: no event can come between.
        lock (_gate)
        {
            // Served before the latest change to it, whose event it could not hear while it loaded: reloaded now. (A
            // page served first and unchanged since is current: its tab often subscribes only after the rest was
            // served.) A subscriber that gives no count (not livereload.js) is taken as current, as before.
            var changedAt = page is not null && _sameSince.TryGetValue(page, out var since) ? since : Volatile.Read(ref _served);
            var stale = served >= 0 && served < changedAt;
            response.OutputStream.Write(Encoding.UTF8.GetBytes(stale ? ": connected\n\nevent: reload\ndata: now\n\n" : ": connected\n\n"));
            response.OutputStream.Flush();
            _eventClients.Add(new EventClient(response, page, served));
        }
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 302;
        response.RedirectLocation = location;
        response.Close();
    }

    private static void Send(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var client in _eventClients)
            {
                try
                {
                    client.Response.Abort();
                }
                catch (ObjectDisposedException)
                {
                }
            }

            _eventClients.Clear();
        }

        _listener.Close();
    }

    /// <summary>An open page's event stream, the file it shows (null when it did not say) and the count it was served at.</summary>
    private sealed record EventClient(HttpListenerResponse Response, string? Page, int Served);
}
