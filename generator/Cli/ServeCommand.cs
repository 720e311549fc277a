using System.ComponentModel;
using System.Diagnostics;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary>
/// <c>serve</c>: builds into memory, serves on 127.0.0.1, rebuilds when a content or theme file is saved, and reloads
/// the open pages. A build with errors prints them and keeps serving the last good site.
/// </summary>
public sealed class ServeCommand(IAnsiConsole console) : Command<ServeCommand.Settings>
{
    /// <summary>The pages of the last good build, in memory: a rebuild renders only the pages an edit changed.</summary>
    private readonly PreviousPages _previous = PreviousPages.InMemory();
    private readonly DocumentMemo _documents = new();
    private readonly Assets.SocialCards.SocialCardMemo _cards = new();
    private readonly Assets.Search.SearchTokenMemo _searchTokens = Assets.Search.SearchTokenMemo.InMemory();

    /// <summary>The content folders as the last rebuild listed them; the watcher's reports say which to read again.</summary>
    private readonly FolderListing _listing = new();

    /// <summary>What the last rebuild found in each section: taken again where <see cref="_listing"/> lists its folders as then.</summary>
    private readonly SectionMemo _sections = new();

    /// <summary>Set when a watcher's buffer overflowed (events were lost): the next rebuild lists everything again.</summary>
    private volatile bool _watchLost;

    /// <summary>
    /// Set when a watcher failed otherwise (on Linux, too many folders to watch: those past the limit are never
    /// watched): every rebuild lists everything again, as if the listing were not kept.
    /// </summary>
    private volatile bool _watchBroken;

    /// <summary>The sitemaps, open data and search indexes, made once the pages of a rebuild are served.</summary>
    private readonly LaterFiles _later = new();

    /// <summary>The files the watchers saw written since the last rebuild: read again, whatever their stamps say.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _saved = new();

    /// <summary>The making of the last rebuild's <see cref="_later"/> files: the next rebuild waits for it.</summary>
    private Task _making = Task.CompletedTask;
    private GcCounts _lastGc;

    /// <summary>Rebuilds run without garbage collections, which wait until their pages are served.</summary>
    private readonly QuietRebuilds _quiet = new();

    public sealed class Settings : BuildSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("Port on 127.0.0.1 (default: 1313)")]
        public int Port { get; init; } = 1313;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configured = settings.ToOptions();
        var basePath = configured.BaseUrl?.AbsolutePath ?? "/";
        var options = configured with { BaseUrl = new Uri($"http://127.0.0.1:{settings.Port}{basePath}"), PaintImagesLater = true, WithDrafts = true };
        using var server = new PreviewServer(settings.Port, basePath);
        using var rebuild = new SemaphoreSlim(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, AnsweringThreads), completions);
        try
        {
            return Serve(options, settings, server, rebuild, stop.Token);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completions);
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    /// <summary>
    /// The thread pool's least number of worker threads while <c>serve</c> runs. The server answers on the pool, and so
    /// does the work <c>serve</c> does beside it: a rebuild's parallel loops, or the making of the site-wide files after
    /// one (a thread per core), and the painting of share cards (one thread). The pool starts a thread at once only
    /// below its minimum, one per core by default; past it, a new thread waits for the pool's starvation check. At
    /// 20,000 products a browser's reload after an edit waited 1-2.5 s for a thread while the site-wide files were
    /// made (BENCHMARKS.md, session 26). Twice the cores and four more leave an answering thread for the page, its
    /// stylesheet and scripts, the event stream and the accept loop, at once.
    /// </summary>
    internal static int AnsweringThreads => (2 * Environment.ProcessorCount) + 4;

    private int Serve(BuildOptions options, Settings settings, PreviewServer server, SemaphoreSlim rebuild, CancellationToken stop)
    {
        // The port first: a busy one is reported at once, not after a whole build.
        server.Start();
        // The watchers before the first build: a file saved while it runs (a national list's takes seconds, and
        // watching tens of thousands of folders takes a moment to set up) is built right after it, not missed.
        using var contentWatcher = Watch(options.ContentDirectory, rebuild, _saved, Lost);
        using var themeWatcher = Watch(options.ThemeDirectory, rebuild, _saved, Lost);
        Build(options, settings, server, rebuild);
        console.MarkupLineInterpolated($"[green]{ConsoleCatalogue.PreviewAt.Text(settings.MessageLanguage, server.Address)}[/]");
        while (!stop.IsCancellationRequested)
        {
            try
            {
                rebuild.Wait(stop);
                // Editors save in bursts (temp file, rename, touch): wait for the burst to end, then build once.
                while (rebuild.Wait(50, stop))
                {
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            Build(options, settings, server, rebuild);
        }

        _making.Wait(CancellationToken.None);
        _quiet.End();
        return CliApp.Ok;
    }

    /// <summary>
    /// One rebuild, isolated: content errors, and any exception the build throws on hostile content, are printed and
    /// shown in a box on every page, and the last good site stays served. (A stack overflow cannot be caught in .NET;
    /// the parsers' depth limits keep content from causing one.)
    /// </summary>
    private void Build(BuildOptions options, Settings settings, PreviewServer server, SemaphoreSlim rebuild)
    {
        // The last rebuild's sitemaps, open data and search indexes first: they stand in for this one's.
        var waiting = Stopwatch.StartNew();
        var busy = !_making.IsCompleted;
        _making.Wait(CancellationToken.None);
        if (settings.Timings)
        {
            console.MarkupLineInterpolated($"rebuild at {DateTime.Now:HH:mm:ss.fff}{(busy ? $", after waiting {waiting.ElapsedMilliseconds} ms for the last rebuild's files and collection" : "")}");
        }

        var saved = new List<string>();
        while (_saved.TryDequeue(out var path))
        {
            saved.Add(path);
        }

        _documents.Forget(saved);
        if (_watchBroken || _watchLost)
        {
            _watchLost = false;
            _listing.Clear();
        }
        else
        {
            _listing.Forget(saved);
        }

        var clock = Stopwatch.StartNew();
        var gcAtStart = GcCounts.Now();
        _quiet.Starting();
        BuildResult result;
        try
        {
            // The pages open in a browser are made first and served at once; the rest of the site follows.
            var first = new FirstPages(server.OpenPages(), (pages, files) =>
            {
                server.PublishFirst(pages, files);
                if (settings.Timings)
                {
                    console.MarkupLineInterpolated($"{pages.Count} open pages served after {clock.ElapsedMilliseconds} ms");
                }
            });
            result = BuildPipeline.Run(options, previous: _previous, documents: _documents, later: _later, listing: _listing, cards: _cards, ordered: false, first: first, searchTokens: _searchTokens, sections: _sections);
        }
        catch (Exception ex)
        {
            _quiet.End();
            // Whatever the failed build recorded is forgotten: the last good build stays the reference.
            _previous.Abandon();
            _later.Discard();
            var failure = new DiagnosticException(DiagnosticCatalogue.PreviewBuildFailed, $"{ex.GetType().Name}: {ex.Message}");
            EnvironmentError.Print(console, failure);
            server.ShowErrors([new PreviewError { File = null, Line = 0, Column = 0, Code = failure.Descriptor.Code, Message = failure.MessageIn(settings.MessageLanguage) }], settings.MessageLanguage);
            return;
        }

        // Until the pages are served, or whatever ends this rebuild first (errors shown, an exception); once served,
        // until the files left for later are made too (MakeLater).
        var served = false;
        try
        {
            DiagnosticPrinter.Print(console, result.Diagnostics, settings, options);
            if (settings.Timings)
            {
                console.MarkupLine(string.Join(", ", result.Timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:F0} ms ({s.Allocated >> 20} MiB)")));
                var gc = GcCounts.Now();
                // Since the last rebuild's figures: its site-wide files and the collection made while idle are in them.
                console.MarkupLineInterpolated($"GC {gc.Since(_lastGc)}; heap {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MiB");
                console.MarkupLineInterpolated($"GC during this rebuild {gc.Since(gcAtStart)}");
                _lastGc = gc;
            }

            if (!result.Succeeded)
            {
                server.ShowErrors(result.Diagnostics.Where(d => d.IsError).Select(d => ForPreview(d, options, settings.MessageLanguage)).ToList(), settings.MessageLanguage);
                return;
            }

            var publishing = Stopwatch.StartNew();
            server.Publish(result.Files);
            _quiet.Served(sizesNext: result.PagesReused > 0);
            served = true;
            if (settings.Timings)
            {
                console.MarkupLineInterpolated($"served in {publishing.ElapsedMilliseconds} ms");
            }
        }
        finally
        {
            if (!served)
            {
                _quiet.End();
            }
        }

        // The sitemaps, open data and search indexes no page needs to show the edit: made now, and swapped in. At new
        // paths (a new word in a search index), the site is built once more so that links are checked against them.
        var timedSoFar = result.Timings.Stages.Count;
        _making = Task.Run(() => MakeLater(settings, server, rebuild, result.Timings, timedSoFar));

        // Share cards and posters are for sharing and printing, not for reading an edit: they are repainted once
        // the pages are served.
        _ = Task.Run(() =>
        {
            result.Cards.PaintPending();
            result.Posters.PaintPending();
        });
        console.MarkupLineInterpolated($"[green]{ConsoleCatalogue.Rebuilt.For(settings.MessageLanguage, result.PageCount, result.PageCount - result.PagesReused, clock.ElapsedMilliseconds)}[/]");
    }

    private void MakeLater(Settings settings, PreviewServer server, SemaphoreSlim rebuild, BuildTimings timings, int timedBefore)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var pending = _later.MakePending();
            _quiet.Made();
            if (pending is null)
            {
                // The build made these files itself (the first build, or the one after a failure): its garbage, a whole
                // build's, is collected now, while the editor reads, as after every rebuild. (The first rebuilds after
                // it are still slower, for the memory they touch for the first time: BENCHMARKS.md, session 32.)
                Collect(settings);
                return;
            }

            var (made, gone, pathsChanged) = pending.Value;
            server.Update(made, gone);
            if (settings.Timings)
            {
                console.MarkupLineInterpolated($"sitemaps, open data, search indexes {clock.ElapsedMilliseconds} ms after the pages");
                console.MarkupLine(string.Join(", ", timings.Stages.Skip(timedBefore).Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:F0} ms ({s.Allocated >> 20} MiB)")));
            }

            if (pathsChanged)
            {
                rebuild.Release();
                return;
            }

            // The edit is served and nothing is left to make: the garbage of this rebuild (gigabytes at a national
            // catalogue's scale, most of it the site-wide files just made) is collected now, while the editor reads,
            // rather than in the middle of the next rebuild, which is given room to run without a collection.
            Collect(settings);
        }
        catch (Exception ex)
        {
            // The pages served are this build's; the next build makes these files with them, and reports what fails.
            _quiet.End();
            var inner = ex is AggregateException { InnerException: { } first } ? first : ex;
            EnvironmentError.Print(console, new DiagnosticException(DiagnosticCatalogue.PreviewBuildFailed, $"{inner.GetType().Name}: {inner.Message}"));
            _later.Discard();
            rebuild.Release();
        }
    }

    /// <summary>Collects the last build's garbage and makes room for the next rebuild (<see cref="QuietRebuilds"/>).</summary>
    private void Collect(Settings settings)
    {
        var collecting = Stopwatch.StartNew();
        GC.Collect();
        var collected = collecting.ElapsedMilliseconds;
        _quiet.Prepare();
        if (settings.Timings)
        {
            console.MarkupLineInterpolated($"collected in {collected} ms, room set aside in {collecting.ElapsedMilliseconds - collected} ms");
        }
    }

    /// <summary>
    /// An error as the preview shows it, its file named as in the repository ("content/san-pham/x/index.md",
    /// "theme/i18n/en.yml") whatever folder <c>serve</c> was started from.
    /// </summary>
    private static PreviewError ForPreview(Diagnostic diagnostic, BuildOptions options, MessageLanguage language)
    {
        var file = diagnostic.At.File.StartsWith("theme/", StringComparison.Ordinal)
            ? diagnostic.At.File
            : $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.ContentDirectory)))}/{diagnostic.At.File}";
        return new PreviewError { File = EchoedText.OfPath(file), Line = diagnostic.At.Line, Column = diagnostic.At.Column, Code = diagnostic.Code, Message = diagnostic.Message(language) };
    }

    private void Lost(Exception error)
    {
        if (error is InternalBufferOverflowException)
        {
            _watchLost = true;
        }
        else
        {
            _watchBroken = true;
        }
    }

    private static FileSystemWatcher Watch(string directory, SemaphoreSlim rebuild, System.Collections.Concurrent.ConcurrentQueue<string> saved, Action<Exception> lost)
    {
        var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, e) =>
        {
            saved.Enqueue(Path.GetFullPath(e.FullPath));
            rebuild.Release();
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            saved.Enqueue(Path.GetFullPath(e.OldFullPath));
            saved.Enqueue(Path.GetFullPath(e.FullPath));
            rebuild.Release();
        };
        watcher.Error += (_, e) =>
        {
            lost(e.GetException());
            rebuild.Release();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}

/// <summary>The garbage collector's pauses and collections so far, for <c>--timings</c>.</summary>
internal readonly record struct GcCounts(TimeSpan Pause, int Gen0, int Gen1, int Gen2)
{
    public static GcCounts Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>What happened between <paramref name="earlier"/> and these counts.</summary>
    public string Since(GcCounts earlier)
        => $"{(Pause - earlier.Pause).TotalMilliseconds:F0} ms paused; {Gen0 - earlier.Gen0}/{Gen1 - earlier.Gen1}/{Gen2 - earlier.Gen2} collections (gen 0/1/2)";
}
