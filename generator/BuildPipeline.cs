using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using OcopShowcase.Assets;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase;

/// <summary>What to build, from where, for which day.</summary>
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory, Uri? BaseUrl, DateOnly Today, string? CacheDirectory = null)
{
    /// <summary>
    /// Leave changed share cards and posters unpainted (<see cref="SocialCardSet.Pending"/>, <see cref="PosterSet.Pending"/>):
    /// the preview server paints them after publishing the pages, so an edit shows first.
    /// </summary>
    public bool PaintImagesLater { get; init; }

    /// <summary>
    /// Show drafts (<c>draft: true</c>) as if published: <c>serve</c> and <c>check</c> do, so staff can preview and
    /// check a draft; <c>build</c> never does.
    /// </summary>
    public bool WithDrafts { get; init; }

    /// <summary>Where photo derivatives and share cards are kept between builds: <c>.cache/</c> beside the content folder unless given.</summary>
    public string ImageCacheDirectory => Path.Combine(CacheRoot, "images");

    public string CardCacheDirectory => Path.Combine(CacheRoot, "cards");

    public string PosterCacheDirectory => Path.Combine(CacheRoot, "posters");

    public string IconCacheDirectory => Path.Combine(CacheRoot, "icons");

    /// <summary>Manifests of built sites: which key each page was made from (incremental builds).</summary>
    public string PageCacheDirectory => Path.Combine(CacheRoot, "pages");

    /// <summary>Where <c>build</c> keeps the documents it read (<see cref="DocumentMemo.OnDisk"/>), one file per content folder.</summary>
    public string DocumentMemoFile => Path.Combine(CacheRoot, "documents", Fingerprint.Of(Path.GetFullPath(ContentDirectory)) + ".memo");

    /// <summary>Where <c>build</c> keeps the content folder's listing (<see cref="FolderListing.OnDisk"/>), one file per content folder.</summary>
    public string ContentListingFile => Path.Combine(CacheRoot, "listings", Fingerprint.Of(Path.GetFullPath(ContentDirectory)) + ".listing");

    /// <summary>Where <c>build</c> keeps the first search tokens of bodies (<see cref="SearchTokenMemo"/>), one file per content folder.</summary>
    public string SearchTokenFile => Path.Combine(CacheRoot, "search", Fingerprint.Of(Path.GetFullPath(ContentDirectory)) + ".tokens");

    private string CacheRoot => CacheDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ContentDirectory)) ?? ".", ".cache");
}

/// <summary>
/// The outcome of a build: every diagnostic, and the site's files when there were no errors (held in memory by
/// <see cref="BuildPipeline.Run"/>; <see cref="BuildPipeline.BuildAndWrite"/> streams them to disk and keeps none).
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, int FileCount, int PageCount, int PagesReused, PhotoSet Photos, SocialCardSet Cards, PosterSet Posters, BuildTimings Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The output paths of the pages this build rendered (the others were taken from the previous build), in order.</summary>
    public IReadOnlyList<string> PagesRendered { get; init; } = [];

    /// <summary>
    /// The output paths of the pages whose values this build assembled, in order; the others were known unchanged from
    /// what they read (<see cref="Site.SiteReads"/>) and neither drafted nor rendered.
    /// </summary>
    public IReadOnlyList<string> PagesDrafted { get; init; } = [];

    /// <summary>How many documents this build parsed, and how many it took from its document memo (<see cref="DocumentMemo"/>) instead.</summary>
    public (int Read, int Taken) Documents { get; init; }

    /// <summary>How many content folders this build's listing read, and how many it took from its memo (<see cref="FolderListing.OnDisk"/>) unread.</summary>
    public (int Read, int Taken) Folders { get; init; }

    /// <summary>How many bodies the search indexes made by this build read for their first words, and how many they took from the memo (<see cref="SearchTokenMemo"/>).</summary>
    public (int Read, int Taken) SearchBodies { get; init; }
}

/// <summary>
/// The whole generator in order: Content (load, parse, validate) → Site (enrich) → Rendering (Markdown, templates)
/// (base path, pictures and link checks included) → Output. Each stage collects its errors; the build stops before publishing
/// anything when any stage found one. Pages whose inputs did not change since the previous build are taken from it
/// (<see cref="PreviousPages"/>) instead of rendered again.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Builds into memory (preview server, tests). The preview server keeps the previous build's pages,
    /// documents, content folders' listings, share cards' names and bodies' search tokens (<paramref name="previous"/>,
    /// <paramref name="documents"/>, <paramref name="listing"/>, <paramref name="cards"/>, <paramref name="searchTokens"/>)
    /// from one build to the next, and makes the sitemaps, open data and search indexes after serving the pages
    /// (<paramref name="later"/>). The files come ordered by path unless <paramref name="ordered"/>
    /// is false (the preview server looks them up by path: sorting 130,000 paths took 60-100 ms of each rebuild).</summary>
    public static BuildResult Run(BuildOptions options, IProgress<(int Done, int Total)>? photoProgress = null, PreviousPages? previous = null, DocumentMemo? documents = null, LaterFiles? later = null, FolderListing? listing = null, SocialCardMemo? cards = null, bool ordered = true, FirstPages? first = null, SearchTokenMemo? searchTokens = null, SectionMemo? sections = null)
    {
        var files = new ConcurrentBag<OutputFile>();
        var result = Build(options, photoProgress, previous ?? PreviousPages.None(), files.Add, new BuildTimings(), documents, later, listing, cards, searchTokens, first: first, madeSoFar: () => [.. files], sections: sections);
        if (!result.Succeeded)
        {
            previous?.Abandon();
            later?.Discard();
            return result;
        }

        result.Timings.Measure("commit", () => previous?.Commit());
        later?.Succeeded();
        var sorted = ordered ? result.Timings.Measure("sort files", () => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList()) : files.ToList();
        return result with { Files = sorted, FileCount = sorted.Count };
    }

    /// <summary>
    /// Builds and streams every file into a staging folder as it is made (memory stays flat as the catalogue grows);
    /// only when the build succeeded is the output folder replaced, atomically. Unchanged pages are reused from the
    /// previous site, unchanged files are hard-linked rather than written again.
    /// </summary>
    public static BuildResult BuildAndWrite(BuildOptions options, IProgress<(int Done, int Total)>? photoProgress = null)
    {
        // Refused, locked and repaired before anything reads or writes it (see OutputFolder).
        var timings = new BuildTimings();
        using var output = timings.Measure("claim output", () => OutputFolder.Claim(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory));
        var previous = PreviousPages.OnDisk(output.Target, options.PageCacheDirectory);
        var started = DateTime.UtcNow;
        // The content folder is walked once: for the inputs' fingerprint and, with the same listings, for the content.
        var listing = FolderListing.OnDisk(options.ContentListingFile);
        string? inputs = null;
        Task<string>? nextInputs = null;
        Task<DocumentMemo> memo;
        if (previous.HasSite)
        {
            inputs = timings.Measure("check inputs", () => InputsOf(options, listing));
            if (previous.IsUpToDate(inputs, out var last))
            {
                listing.Save();
                return new BuildResult(last.Warnings, [], last.Files, last.Pages, last.Pages, PhotoSet.Empty, SocialCardSet.Empty, PosterSet.Empty, timings) { Folders = (listing.FoldersRead, listing.FoldersTaken) };
            }

            // The documents the last build read, loaded beside the page manifest (a no-op build needs neither).
            memo = Task.Run(() => DocumentMemo.OnDisk(options.DocumentMemoFile));
            timings.Measure("page manifest", previous.ReadPages);
        }
        else
        {
            memo = Task.Run(() => DocumentMemo.OnDisk(options.DocumentMemoFile));
            // No site to compare with (a first build, a fresh CI checkout): the inputs' fingerprint only serves the next
            // build, so it is taken beside this one.
            nextInputs = Task.Run(() => timings.Measure("check inputs", () => InputsOf(options, listing, changedSince: started)));
        }

        // The site in place is the one the manifest describes: only what changed is staged and moved in.
        using var staged = StagedSite.Begin(output, inPlace: previous.HasSite, listingMemo: PreviousPages.CacheFileOf(output.Target, options.PageCacheDirectory, ".listing"), expectedFiles: previous.LastFileCount);
        previous.FindFilesWith(staged.Holds);
        var documents = timings.Measure("document memo", () => memo.Result);
        var searchTokens = SearchTokenMemo.OnDisk(options.SearchTokenFile);
        var result = Build(options, photoProgress, previous, staged.Add, timings, documents, listing: listing, searchTokens: searchTokens, writePage: staged.Add) with { Documents = (documents.Read, documents.Taken), SearchBodies = searchTokens.Bodies, Folders = (listing.FoldersRead, listing.FoldersTaken) };
        result.Timings.Measure("memo writes", () =>
        {
            documents.Flush();
            searchTokens.Flush();
        });
        if (!result.Succeeded)
        {
            previous.Abandon();
            return result;
        }

        inputs ??= nextInputs!.Result;
        // Once the inputs' walk is done (a first build takes it beside the content): what both listed is recorded.
        result.Timings.Measure("content listing", listing.Save);
        result.Timings.Measure("publish", () => previous.Commit(staged.Commit, inputs, staged.Count, result.Diagnostics));
        return result with { FileCount = staged.Count };
    }

    /// <summary>
    /// Everything a build reads, cheaply: the generator, the options, and every content and theme file by path, size and
    /// modification time. Equal inputs mean the site on disk is already this build's output. Taken while the build
    /// reads the files (<paramref name="changedSince"/> is when it started), a file modified since could have been read
    /// either way: the inputs are then unsettled (empty), and the next build is a real one.
    /// </summary>
    private static string InputsOf(BuildOptions options, FolderListing listing, DateTime? changedSince = null)
    {
        var unsettled = false;
        using var hash = new FingerprintBuilder();
        foreach (var part in new[] { Fingerprint.Generator, Path.GetFullPath(options.ContentDirectory), Path.GetFullPath(options.ThemeDirectory), options.BaseUrl?.AbsoluteUri ?? "", options.Today.ToString("O") })
        {
            hash.Add(part);
        }

        AddFiles(Path.GetFullPath(options.ContentDirectory), bounded: true);
        hash.Add("theme");
        AddFiles(options.ThemeDirectory, bounded: false);
        var fingerprint = hash.Finish();
        return unsettled ? "" : fingerprint;

        // Each file by its path in the folder, size and modification time, in path order; each link that loops or leads
        // out of the content folder by its path. Hashed from the walk's own paths (a national catalogue has 51,000
        // files: a line of text made for each, then sorted, was 13 MB of every build's first stage).
        void AddFiles(string directory, bool bounded)
        {
            // Links that loop, or lead out of the content folder, are inputs too (never followed): adding one must make
            // the next build a real one, which reports it. The theme is the site's own code: its links are followed.
            var loops = new List<string>();
            // A regular file's size and time come from the lstat the walk made (a national catalogue has 51,000 files).
            var walked = ContentTree.Files(directory, loops.Add, within: bounded ? ContentTree.RealPath(directory) : null, outside: loops.Add, listing: bounded ? listing : null);
            var inputs = new List<(string Path, int From, long Size, long Modified, bool Loop)>(walked.Count + loops.Count);
            foreach (var entry in walked)
            {
                var (size, modified) = entry.Stamp is { } stamp ? (stamp.Size, stamp.ModifiedTicks) : Info(entry.Path);
                unsettled |= changedSince is { } since && modified >= since.Ticks;
                inputs.Add(Relative(entry.Path, size, modified, loop: false));
            }

            inputs.AddRange(loops.Select(loop => Relative(loop, 0, 0, loop: true)));
            inputs.Sort((a, b) => a.Path.AsSpan(a.From).SequenceCompareTo(b.Path.AsSpan(b.From)));
            Span<char> line = stackalloc char[48];
            foreach (var (path, from, size, modified, loop) in inputs)
            {
                hash.Add(path.AsSpan(from));
                if (loop)
                {
                    hash.Add("loop");
                    continue;
                }

                // Two numbers and a bar always fit (41 characters at most).
                _ = line.TryWrite(CultureInfo.InvariantCulture, $"{size}|{modified}", out var written);
                hash.Add(line[..written]);
            }

            // A path under the folder is its own end; any other is made relative as before.
            (string, int, long, long, bool) Relative(string path, long size, long modified, bool loop)
                => path.Length > directory.Length && path.StartsWith(directory, StringComparison.Ordinal) && path[directory.Length] == Path.DirectorySeparatorChar && !directory.EndsWith(Path.DirectorySeparatorChar)
                    ? (path, directory.Length + 1, size, modified, loop)
                    : (Path.GetRelativePath(directory, path), 0, size, modified, loop);
        }

        static (long Size, long Modified) Info(string path)
        {
            var file = new FileInfo(path);
            return (file.Length, file.LastWriteTimeUtc.Ticks);
        }
    }

    /// <summary>
    /// The pages <paramref name="first"/> asks for, made and handed over before the others (<c>serve</c>: the pages
    /// open in the preview, shown about a second before a national catalogue's rebuild is done). A page with a problem
    /// is left to its turn, which reports it; every page is made again in its turn, to the same bytes.
    /// </summary>
    private static void MakeFirst(SiteModel site, PageRenderer renderer, FirstPages first, IReadOnlyList<OutputFile> before)
    {
        var made = new List<OutputFile>();
        foreach (var page in site.Pages)
        {
            if (first.Paths.Contains(page.OutputPath) && renderer.RenderAhead(page) is { } html)
            {
                made.Add(OutputFile.FromBytes(page.OutputPath, html));
            }
        }

        if (made.Count > 0)
        {
            first.Ready(made, before);
        }
    }

    /// <summary>
    /// The buffer a worker thread renders the pages it writes as it goes into (<c>writePage</c>): made when it renders
    /// its first page, grown to the largest page once, used again for every page after.
    /// </summary>
    private static ArrayBufferWriter<byte> PageBuffer => _pageBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _pageBuffer;

    /// <param name="writePage">
    /// Where a build that writes as it goes puts each page it renders, before the page's worker renders the next one
    /// into the same buffer (a page's bytes are not an array of their own: 1.4 GB of them in a national catalogue's
    /// whole build). Without it, each page goes to <paramref name="output"/> as a file.
    /// </param>
    private static BuildResult Build(BuildOptions options, IProgress<(int Done, int Total)>? photoProgress, PreviousPages previous, Action<OutputFile> output, BuildTimings timings, DocumentMemo? documents = null, LaterFiles? later = null, FolderListing? listing = null, SocialCardMemo? cardMemo = null, SearchTokenMemo? searchTokens = null, FirstPages? first = null, Func<IReadOnlyList<OutputFile>>? madeSoFar = null, Action<string, ReadOnlyMemory<byte>>? writePage = null, SectionMemo? sections = null)
    {
        var diagnostics = new DiagnosticBag();
        var content = timings.Measure("content", () => ContentLoader.Load(options.ContentDirectory, options.BaseUrl, diagnostics, documents, listing, sections));
        var theme = content is null ? null : timings.Measure("theme", () => Theme.Load(options.ThemeDirectory, content.Site.Languages, diagnostics));
        if (content is null || theme is null)
        {
            return Failed(diagnostics, timings);
        }

        // Cross-reference checks run even when some files had errors, so a staff member sees every problem at once.
        var site = timings.Measure("site", () => SiteEnricher.Enrich(content, options.Today, diagnostics, options.WithDrafts));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timings);
        }

        // From here on only what is published: a draft's photos, share card and poster are never made by build.
        content = site.Content;

        var photos = timings.Measure("photos", () => ImagePipeline.Process(content.Files, ImageSettings.Default, options.ImageCacheDirectory, diagnostics, photoProgress));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timings);
        }

        var fonts = Path.Combine(options.ThemeDirectory, "fonts");
        var drawings = DerivedFileKey.DrawnWith(fonts);
        var cards = timings.Measure("share cards", () => SocialCardSet.Make(SocialCardPlanner.Plan(site, theme.Strings, photos), fonts, drawings, options.CardCacheDirectory, options.PaintImagesLater, cardMemo));
        var posterPlan = timings.Measure("poster plan", () => PosterPlanner.Plan(site, theme.Strings, photos));
        var posters = timings.Measure("posters", () => PosterSet.Make(posterPlan, fonts, drawings, options.PosterCacheDirectory, options.PaintImagesLater));
        var assets = timings.Measure("theme assets", () => ThemeAssets.Load(options.ThemeDirectory));

        var worker = timings.Measure("service worker", () => ServiceWorker.Write(site, assets, Fingerprint.OfDirectory(options.ThemeDirectory)));
        if (WriteFiles(options, drawings, content, site, theme, assets, worker, photos, cards, posters, previous, later, searchTokens, timings, output, diagnostics) is not { } published)
        {
            return Failed(diagnostics, timings);
        }

        var links = timings.Measure("links", () => new SiteLinks(site.Urls.BasePath, published, photos));
        var renderer = timings.Measure("renderer", () => new PageRenderer(site, theme, assets, links, cards, posterPlan, diagnostics));
        if (first is { Paths.Count: > 0 })
        {
            // Every file but the pages is made by now: those the pages show go with them (a new stylesheet, photo or card).
            timings.Measure("first pages", () => MakeFirst(site, renderer, first, madeSoFar?.Invoke() ?? []));
        }

        // A page is taken from the previous build when its key (its values, the site's, layout, theme, generator,
        // base URL) is the same and every address its templates linked to leads where it did: adding or removing a
        // page re-renders the pages that show it or link to it, not the rest. A page whose reads are recorded is not
        // even drafted when its frame key is the same and nothing it read (SiteReads) has another fingerprint
        // (CompareReads); the addresses its Markdown looked up are kept with its links, so one that now leads
        // elsewhere, or nowhere, has it drafted again and checked.
        var rendered = new ConcurrentBag<string>();
        var drafted = new ConcurrentBag<string>();
        timings.Measure("compare links", () => previous.CompareLinks(links.TargetOf));
        timings.Measure("compare reads", () => previous.CompareReads(renderer.PrintOf));
        timings.Measure("pages", () =>
        {
            Parallel.ForEach(site.Pages, Workers, page =>
            {
                var path = page.OutputPath;
                // A page whose reads are recorded (a kind's, the home and staff pages), with its frame and reads
                // unchanged, is not even drafted.
                if (previous.ReuseUndrafted(path, () => renderer.FrameKey(page)) is { } unchanged)
                {
                    output(unchanged);
                    return;
                }

                var draft = renderer.Draft(page);
                drafted.Add(path);
                diagnostics.AddRange(draft.Diagnostics);
                if (draft.HasErrors)
                {
                    return;
                }

                var reads = draft.Reads is { } read ? new StoredReads(read.Key, [.. read.Tokens]) : null;
                var looked = draft.Reads?.Addresses.Select(a => new LinkedAddress(a.Key, a.Value ?? LinkedAddress.Nothing)).ToList() ?? [];
                if (previous.Reuse(path, draft.Key, reads, looked) is { } kept)
                {
                    output(kept);
                    return;
                }

                if ((writePage is null ? renderer.Render(draft) : renderer.Render(draft, PageBuffer)) is { } made)
                {
                    if (writePage is not null)
                    {
                        previous.Record(path, draft.Key, made.Html.Length, [.. made.Links, .. looked], reads);
                        writePage(path, made.Html);
                    }
                    else
                    {
                        var html = made.Owned();
                        previous.Record(path, draft.Key, html, [.. made.Links, .. looked], reads);
                        output(OutputFile.FromBytes(path, html));
                    }

                    rendered.Add(path);
                }
            });
        });

        return diagnostics.HasErrors
            ? Failed(diagnostics, timings)
            : new BuildResult(diagnostics.ToSortedList(), [], 0, site.Pages.Count, previous.Reused, photos, cards, posters, timings) { PagesRendered = rendered.Order(StringComparer.Ordinal).ToList(), PagesDrafted = drafted.Order(StringComparer.Ordinal).ToList() };
    }

    /// <summary>
    /// Writes every file that is not a page: theme assets, content files, photos, share cards, posters, and the
    /// site-wide files (sitemaps, feeds, open data, icons, search indexes; independent, so made side by side and
    /// gathered in a fixed order). Returns every published path, pages included. Their bytes are not kept: a national
    /// catalogue's open data and indexes are tens of megabytes. With <paramref name="later"/> (the preview server) the
    /// sitemaps, open data, search indexes and the staff form's schema are left to be made after the pages are served,
    /// and the last ones made stand in for them.
    /// </summary>
    private static List<string>? WriteFiles(
        BuildOptions options, DerivedFileKey drawings, Content.Model.ContentSet content, SiteModel site, Theme theme, ThemeAssets assets, OutputFile worker, PhotoSet photos, SocialCardSet cards, PosterSet posters, PreviousPages previous, LaterFiles? later, SearchTokenMemo? searchTokens, BuildTimings timings, Action<OutputFile> output, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>(assets.Files)
        {
            OutputFile.FromText(".nojekyll", ""),
            worker,
        };
        // A bundle publishes the photos its page uses, re-encoded, and the PDFs it lists, copied: nothing else, ever.
        files.AddRange(content.Files.Where(f => BundleFileRules.IsDocument(f.ContentPath)).Select(f => OutputFile.Copy(SiteUrls.OutputPath(SiteUrls.ContentFile(f.ContentPath)), f.FullPath)));
        files.AddRange(photos.Files);
        files.AddRange(cards.Files);
        files.AddRange(posters.Files);
        // Pages link to these (a feed from every page's head, icons, a kind's calendar).
        var discovery = new Func<IReadOnlyList<OutputFile>>[]
        {
            () => [RobotsWriter.Write(site.Urls)],
            () => timings.Measure("feeds", () => AtomFeedWriter.Write(site, theme.Strings)),
            () => AppIcons.Write(site, drawings, options.IconCacheDirectory),
            () => [.. Kinds.ContentKinds.All.SelectMany(kind => kind.Files(site, theme.Strings))],
        };
        // A part made from a key of its own: with the same key (the sitemaps' entries after a price edit, a language's
        // search documents), the previous build's files are used again, neither made nor compared.
        IReadOnlyList<OutputFile> Keyed(string part, Action<FingerprintBuilder> addKey, Func<IReadOnlyList<OutputFile>> make)
        {
            using var hash = new FingerprintBuilder();
            hash.Add(Fingerprint.Generator).Add(part);
            addKey(hash);
            var key = hash.Finish();
            return later is not null ? later.Reuse(part, key, make) : previous.ReuseFiles(part, key) ?? previous.RecordFiles(part, key, make());
        }

        var siteWide = new Func<IReadOnlyList<OutputFile>>[]
        {
            () => timings.Measure("sitemaps", () =>
            {
                var entries = SitemapWriter.Plan(site);
                return Keyed("sitemaps", hash => SitemapWriter.AddKey(entries, site.Urls, hash), () => SitemapWriter.Write(entries, site.Urls));
            }),
            () => timings.Measure("open data", () => OpenDataWriter.Write(site)),
            // The staff form's schema lists every producer, certificate and village (150 ms at 20,000 products): it is
            // at the same address in every build, and the preview reloads the form once it is made (livereload.js).
            // Made from a key of its own, its inputs: an edited price leaves it as it was.
            () => timings.Measure("staff form schema", () =>
            {
                var inputs = Assets.StaffForm.ProductSchemaWriter.Inputs.Of(site);
                return Keyed("staff form schema", inputs.AddTo, () => [Assets.StaffForm.ProductSchemaWriter.Write(inputs)]);
            }),
        };
        var searchIndexes = site.Languages.Select(language => (Func<IReadOnlyList<OutputFile>>)(() => timings.Measure(
            $"search index ({language.Code})",
            () =>
            {
                var folder = $"search/{language.Code}";
                var documents = SearchPlanner.Plan(site, theme.Strings, photos, language);
                searchTokens?.Hold(documents);
                return Keyed(folder, hash =>
                {
                    foreach (var document in documents)
                    {
                        document.AddTo(hash);
                    }
                }, () => SearchIndex.Build(documents, searchTokens, searchTokens?.TermsOf(folder)).Files(folder, Keyed));
            })));
        var deferrable = siteWide.Concat(searchIndexes).ToList();
        var standIns = later?.StandIns;
        var jobs = standIns is null ? discovery.Concat(deferrable).ToList() : [.. discovery];
        var made = new IReadOnlyList<OutputFile>[jobs.Count];
        Parallel.For(0, jobs.Count, Workers, i => made[i] = jobs[i]());
        searchTokens?.End();
        files.AddRange(made.SelectMany(part => part));
        if (standIns is not null)
        {
            files.AddRange(standIns);
            later!.Defer(deferrable);
        }
        else
        {
            later?.Record([.. made.Skip(discovery.Length).SelectMany(part => part)]);
        }

        if (!timings.Measure("check plan", () => SitePlan.Check(PlannedPaths(files, site, photos), () => PlanOf(files, content, site, assets, photos), diagnostics)))
        {
            return null;
        }

        // One folder's files are written by one worker: files made side by side in the same folder wait on its lock
        // (a language's share cards are a thousand files at 1,000 products, its search shards a few hundred).
        timings.Measure("write files", () => Parallel.ForEach(
            files.GroupBy(f => Path.GetDirectoryName(f.Path), StringComparer.Ordinal).OrderByDescending(folder => folder.Count()),
            Workers,
            folder =>
            {
                foreach (var file in folder)
                {
                    output(file);
                }
            }));

        return files.Select(f => f.Path).Concat(site.Pages.Select(p => p.OutputPath)).ToList();
    }

    /// <summary>The path of every file and page the build will publish, as <see cref="PlanOf"/> lists them.</summary>
    private static IEnumerable<string> PlannedPaths(List<OutputFile> files, SiteModel site, PhotoSet photos)
    {
        foreach (var photo in photos.ByUrl.Values)
        {
            foreach (var path in photo.Variants.SelectMany(v => new[] { v.WebpPath, v.JpegPath }).Append(photo.FullSizePath))
            {
                yield return path;
            }
        }

        var photoFiles = photos.Files.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var file in files.Where(f => !photoFiles.Contains(f)))
        {
            yield return file.Path;
        }

        foreach (var page in site.Pages)
        {
            yield return page.OutputPath;
        }
    }

    /// <summary>Every file and page the build will publish, each with what made it (a content path where content did).</summary>
    private static IEnumerable<PlannedFile> PlanOf(List<OutputFile> files, Content.Model.ContentSet content, SiteModel site, ThemeAssets assets, PhotoSet photos)
    {
        foreach (var photo in photos.ByUrl.Values.OrderBy(p => p.SourceUrl, StringComparer.Ordinal))
        {
            var source = SiteUrls.OutputPath(photo.SourceUrl);
            foreach (var path in photo.Variants.SelectMany(v => new[] { v.WebpPath, v.JpegPath }).Append(photo.FullSizePath))
            {
                yield return new PlannedFile(path, source, source);
            }
        }

        var documents = content.Files.ToDictionary(f => SiteUrls.OutputPath(SiteUrls.ContentFile(f.ContentPath)), f => f.ContentPath, StringComparer.Ordinal);
        var photoFiles = photos.Files.ToHashSet(ReferenceEqualityComparer.Instance);
        var theme = assets.Files.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var file in files.Where(f => !photoFiles.Contains(f)))
        {
            yield return documents.TryGetValue(file.Path, out var source)
                ? new PlannedFile(file.Path, source, source)
                : new PlannedFile(file.Path, theme.Contains(file) ? "theme/assets" : "/" + file.Path);
        }

        foreach (var page in site.Pages)
        {
            yield return new PlannedFile(page.OutputPath, page.SourcePath ?? page.Url, page.SourcePath);
        }
    }

    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private static BuildResult Failed(DiagnosticBag diagnostics, BuildTimings timings) => new(diagnostics.ToSortedList(), [], 0, 0, 0, PhotoSet.Empty, SocialCardSet.Empty, PosterSet.Empty, timings);
}

/// <summary>
/// Pages a build makes before the others, by output path, and what receives them once made (<c>serve</c>), with the
/// files the build made before them (every file but the pages).
/// </summary>
public sealed record FirstPages(IReadOnlySet<string> Paths, Action<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> Ready);
