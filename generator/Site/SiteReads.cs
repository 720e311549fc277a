using System.Collections.Concurrent;

namespace OcopShowcase.Site;

/// <summary>
/// What the page being drafted on this thread read from the site: the documents it looked up (by their own address,
/// <see cref="Document"/>) and the lists it asked for (<see cref="Query"/>), or that it reached the whole content at
/// once (<see cref="Everything"/>). The site model records them as it answers, so a view cannot read another document
/// without it being written down, whatever the view's code: an unchanged page is then known before its values are
/// assembled, from the fingerprints of what it read (<see cref="ReadFingerprints"/>).
/// <para>Values made once and shared by many pages (a product's card) are made inside <see cref="Memo{TKey, TValue}"/>,
/// which gives every page that uses them what making them read.</para>
/// </summary>
public sealed class SiteReads
{
    [ThreadStatic]
    private static SiteReads? _current;

    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _addresses = new(StringComparer.Ordinal);
    private readonly SiteReads? _outer;

    private SiteReads(SiteReads? outer) => _outer = outer;

    /// <summary>What was read, each once: <c>d:</c> a document (<c>d:san-pham/che-lam</c>), <c>q:</c> a list.</summary>
    public IReadOnlyCollection<string> Tokens => _tokens;

    /// <summary>
    /// The site-rooted addresses the page's values looked up (a Markdown link, its language's version of a page) with
    /// what each led to (null: nothing): a page is unchanged only if each still leads there.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Addresses => _addresses;

    /// <summary>The whole content was read (a list of every product, the raw content set): no list of reads can stand for it.</summary>
    public bool ReadEverything { get; private set; }

    /// <summary>Starts recording on this thread (nested inside any recording already running, which gets the reads too).</summary>
    public static SiteReads Begin() => _current = new SiteReads(_current);

    /// <summary>Stops this recording; what it read is also what the recording around it read.</summary>
    public void End()
    {
        _current = _outer;
        _outer?.Add(this);
    }

    /// <summary>Stops recording on this thread until disposed (for code that fingerprints reads, not a page's).</summary>
    public static IDisposable Pause()
    {
        var paused = new Paused(_current);
        _current = null;
        return paused;
    }

    private sealed class Paused(SiteReads? reads) : IDisposable
    {
        public void Dispose() => _current = reads;
    }

    public static void Document(string section, string slug) => _current?._tokens.Add($"d:{section}/{slug}");

    public static void Query(string name, string argument = "") => _current?._tokens.Add($"q:{name}:{argument}");

    public static void Address(string address, string? target)
    {
        if (_current is { } reads)
        {
            reads._addresses[address] = target;
        }
    }

    public static void Everything()
    {
        if (_current is { } reads)
        {
            reads.ReadEverything = true;
        }
    }

    /// <summary>
    /// A value made once per build and shared by pages (a card): made while recording, and on every later use the
    /// reads that made it are added to the page that uses it, as if it had been made again.
    /// </summary>
    public static TValue Memo<TKey, TValue>(ConcurrentDictionary<TKey, (TValue Value, SiteReads Reads)> cache, TKey key, Func<TKey, TValue> make)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var made))
        {
            var reads = Begin();
            try
            {
                made = (make(key), reads);
            }
            finally
            {
                reads.End();
            }

            made = cache.GetOrAdd(key, made);
            return made.Value;
        }

        _current?.Add(made.Reads);
        return made.Value;
    }

    private void Add(SiteReads reads)
    {
        _tokens.UnionWith(reads._tokens);
        foreach (var (address, target) in reads._addresses)
        {
            _addresses[address] = target;
        }

        ReadEverything |= reads.ReadEverything;
    }
}
