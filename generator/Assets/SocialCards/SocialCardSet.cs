using System.Collections.Concurrent;
using OcopShowcase.Output;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>
/// Paints every share card, or takes it from <c>.cache/cards/</c> when nothing it shows changed. The published name
/// carries the hash of what the card shows, so a changed card gets a new address and old shares keep theirs.
/// </summary>
public sealed record SocialCardSet(IReadOnlyDictionary<string, string> UrlByPageKey, IReadOnlyList<OutputFile> Files, int Painted, IReadOnlyList<Action> Pending)
{
    public static SocialCardSet Empty { get; } = new(new Dictionary<string, string>(), [], 0, []);

    /// <summary>Paints what <see cref="Make"/> was asked to leave for later (the preview server, after publishing the pages).</summary>
    public void PaintPending()
    {
        foreach (var paint in Pending)
        {
            paint();
        }
    }

    /// <summary><paramref name="cards"/>: page key ("product/che-lam@en") → card.</summary>
    /// <param name="paintLater">Only name the cards and leave their painting in <see cref="Pending"/>.</param>
    /// <param name="keys">Drawn with the fonts of <paramref name="fontsDirectory"/>.</param>
    /// <param name="memo">The cards a previous build of this process named (<c>serve</c>): the same card is not hashed again.</param>
    public static SocialCardSet Make(IReadOnlyDictionary<string, SocialCard> cards, string fontsDirectory, DerivedFileKey keys, string cacheDirectory, bool paintLater = false, SocialCardMemo? memo = null)
    {
        var folder = DerivedFileKey.FolderIn(cacheDirectory);
        var files = new ConcurrentBag<OutputFile>();
        var urls = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var missing = new ConcurrentBag<(SocialCard Card, string Cached)>();
        memo?.Begin(keys.Of("card", folder));
        // Which cards are painted already. A build of a small catalogue looks for each card it shows by name: the cost
        // follows the site's cards, not the cache's history (a cache shared by several catalogues, or holding the stale
        // cards of past edits; at 1,000 products with a cache of 40,858 cards, 4 ms against 55–65 ms to list it). A
        // large catalogue's build lists the cache once (Listed). The preview server, which builds again and again over
        // a national catalogue's 40,000 cards, keeps listings of the cache's folders (asking for each card took
        // 320–370 ms of a rebuild against 200–210 ms).
        var present = memo?.CardsIn(folder) ?? (cards.Count >= ListedFrom ? Listed(folder) : null);
        Func<SocialCard, string> name = card => card.KeyWith(keys);
        Parallel.ForEach(cards, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
        {
            var (key, card) = pair;
            var hash = memo?.NameOf(card, name) ?? name(card);
            var cached = CachedPath(folder, hash);
            if (!(present?.Contains(cached) ?? File.Exists(cached)))
            {
                missing.Add((card, cached));
            }

            var path = $"{card.OutputPath}.{hash[..10]}.jpg";
            files.Add(OutputFile.CachedByKey(path, cached));
            urls[key] = "/" + path;
        });

        var painted = 0;
        void PaintMissing()
        {
            using var painter = new SocialCardPainter(fontsDirectory);
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
            {
                if (CacheFile.Ensure(m.Cached, () => painter.Paint(m.Card)))
                {
                    Interlocked.Increment(ref painted);
                }
            });
        }

        List<Action> pending = missing.IsEmpty ? [] : [PaintMissing];
        if (!paintLater)
        {
            pending.ForEach(paint => paint());
            pending.Clear();
        }

        return new SocialCardSet(new Dictionary<string, string>(urls, StringComparer.Ordinal), files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), painted, pending);
    }

    /// <summary>
    /// From this many cards (a catalogue of 4,000 products), the cache's folders are listed instead of each card asked
    /// for by name: a listing reads hundreds of names a system call, a card asked for is one call (7 µs here). Listing
    /// costs about 1.3 µs a cached card, so it loses only to a cache five times larger than the site's cards.
    /// </summary>
    private const int ListedFrom = 8_000;

    /// <summary>Where the card named <paramref name="hash"/> is kept in the cache folder: under the first two characters of its name.</summary>
    internal static string CachedPath(string folder, string hash) => Path.Combine(folder, hash[..2], hash + ".jpg");

    /// <summary>The cards in the cache folder, each by its <see cref="CachedPath"/> (its folders read side by side).</summary>
    internal static HashSet<string> Listed(string folder)
        => SocialCardMemo.Subfolders(folder)
            .AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
            .SelectMany(directory => SocialCardMemo.Cards(Path.Combine(folder, directory.Name)))
            .ToHashSet(StringComparer.Ordinal);
}
