namespace OcopShowcase.Output;

/// <summary>
/// For the preview server: the site-wide files no page needs in order to show an edit (the sitemaps, the open data,
/// the search indexes: a national catalogue's take a second or more to make) are made after the pages are served.
/// <para>A rebuild publishes the files the last making produced in their place (its "stand-ins"), so the site keeps
/// every address and the link and address checks see the same paths; <see cref="MakePending"/> then makes this
/// build's, and the server swaps them in. When their paths differ from the stand-ins' (a new word in a search index,
/// a sitemap split in two), the caller builds once more, so links and the site's plan are checked against the new
/// paths. The first build of a process has no stand-ins: it makes these files with the others.</para>
/// <para>A search index is made again only when its documents changed (<see cref="Reuse"/>). One build and one making
/// at a time: the caller waits for a making to end before the next build.</para>
/// </summary>
public sealed class LaterFiles
{
    private readonly Dictionary<string, (string Key, IReadOnlyList<OutputFile> Files)> _parts = new(StringComparer.Ordinal);
    private IReadOnlyList<OutputFile>? _made;
    private IReadOnlyList<OutputFile>? _recorded;
    private IReadOnlyList<Func<IReadOnlyList<OutputFile>>>? _pending;

    /// <summary>What the last making produced, which a build publishes in their place until its own are made; null before the first.</summary>
    public IReadOnlyList<OutputFile>? StandIns => _made;

    /// <summary>Whether a build left files to make.</summary>
    public bool HasPending => _pending is not null;

    /// <summary>A build's files to make after its pages are served.</summary>
    public void Defer(IReadOnlyList<Func<IReadOnlyList<OutputFile>>> jobs) => _pending = jobs;

    /// <summary>A build made the files itself (a first build): once it succeeds, the next one uses them as stand-ins.</summary>
    public void Record(IReadOnlyList<OutputFile> files) => _recorded = files;

    /// <summary>The build succeeded: what it made itself stands in from now on.</summary>
    public void Succeeded()
    {
        _made = _recorded ?? _made;
        _recorded = null;
    }

    /// <summary>
    /// A build failed, or making its files did: nothing is left to make, and there are no stand-ins, so the next build
    /// makes these files with its pages. (Stand-ins can be what failed it: a language added to the settings has no
    /// search index among them for its search page to link to.)
    /// </summary>
    public void Discard() => (_pending, _recorded, _made) = (null, null, null);

    /// <summary>
    /// Makes the files the last build deferred: null when there were none. <c>PathsChanged</c> when they are not at the
    /// stand-ins' paths (build again to check links and the plan against them); <c>Gone</c> are stand-ins' paths no
    /// file has any more. A making that throws is followed by <see cref="Discard"/>.
    /// </summary>
    public (IReadOnlyList<OutputFile> Made, IReadOnlyList<string> Gone, bool PathsChanged)? MakePending()
    {
        if (_pending is not { } jobs)
        {
            return null;
        }

        _pending = null;
        var parts = new IReadOnlyList<OutputFile>[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => parts[i] = jobs[i]());
        var made = parts.SelectMany(part => part).ToList();
        var before = (_made ?? []).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var after = made.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        _made = made;
        return (made, before.Except(after).Order(StringComparer.Ordinal).ToList(), !before.SetEquals(after));
    }

    /// <summary>
    /// The files a site-wide part (a search index's folder, or one of its shards or chunks, made within it) was made of
    /// last time, when made from the same key; else <paramref name="make"/>'s. Parts are kept until <c>serve</c> ends,
    /// a shard no longer made too (its last bytes: a few kilobytes each).
    /// </summary>
    public IReadOnlyList<OutputFile> Reuse(string part, string key, Func<IReadOnlyList<OutputFile>> make)
    {
        lock (_parts)
        {
            if (_parts.TryGetValue(part, out var known) && known.Key == key)
            {
                return known.Files;
            }
        }

        var files = make();
        lock (_parts)
        {
            _parts[part] = (key, files);
        }

        return files;
    }
}
