using System.Collections.Concurrent;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>
/// The share cards a long-running process (<c>serve</c>) named in its previous build, each with its name (the hash of
/// what it shows, <see cref="DerivedFileKey"/>): a card that shows the same is named again without hashing its fields.
/// A national catalogue has 40,000 cards, and hashing each on every rebuild took a third of a second of CPU. A card is
/// looked up by its output path and compared field by field (the same document gives the same strings, compared by
/// reference): hashing every field to look it up took 80 ms of CPU of a rebuild more (BENCHMARKS.md, session 39). Its cached file
/// is still looked for every time, so one deleted while <c>serve</c> runs is painted again (<see cref="CardsIn"/>). Only
/// for the same drawing code, fonts and cache folder; one build at a time (<c>serve</c> builds one after the other).
/// </summary>
public sealed class SocialCardMemo
{
    private string _drawnWith = "";
    private ConcurrentDictionary<string, (SocialCard Card, string Name)> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (SocialCard Card, string Name)> _next = new(StringComparer.Ordinal);
    private int _taken;

    /// <summary>The cache folder listed, each of its folders' listing with its time, and every card in them.</summary>
    private string _listed = "";
    private readonly Dictionary<string, Listing> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);

    /// <summary>A folder's time when it was listed, when the listing began, and its cards.</summary>
    private readonly record struct Listing(DateTime Modified, DateTime Listed, string[] Cards);

    /// <summary>
    /// A folder changed less than this before it was listed is listed again next time: a card added or deleted in
    /// the same tick of the file system's clock as the listing leaves the folder's time as it was.
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>How many cards the last build named from the one before.</summary>
    public int Taken => _taken;

    /// <summary>Starts a build drawing with <paramref name="drawnWith"/> (its key and cache folder): what the last build named is what this one may take.</summary>
    internal void Begin(string drawnWith)
    {
        _previous = drawnWith == _drawnWith ? _next : new(StringComparer.Ordinal);
        _next = new(StringComparer.Ordinal);
        _drawnWith = drawnWith;
        _taken = 0;
    }

    /// <summary>The card's name: the last build's when it showed the same, else made by <paramref name="name"/>.</summary>
    internal string NameOf(SocialCard card, Func<SocialCard, string> name)
    {
        string known;
        if (_previous.TryGetValue(card.OutputPath, out var previous) && SameKey(previous.Card, card))
        {
            known = previous.Name;
            Interlocked.Increment(ref _taken);
        }
        else
        {
            known = name(card);
        }

        _next[card.OutputPath] = (card, known);
        return known;
    }

    /// <summary>
    /// The cards painted in the cache <paramref name="folder"/>, named under it as given. Its folders (at most 256, by the hash's
    /// first two characters) are listed once and again only when their time changed, as adding or deleting a card
    /// changes it: listing a national catalogue's 40,000 cards took about 50 ms of every rebuild, and asking for each
    /// card by name more. A folder that cannot be read holds no card (those are painted again).
    /// </summary>
    internal IReadOnlySet<string> CardsIn(string folder)
    {
        if (folder != _listed)
        {
            _folders.Clear();
            _present.Clear();
            _listed = folder;
        }

        // Taken before any folder's time is read: a change after it has a later time.
        var now = DateTime.UtcNow;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in Subfolders(folder))
        {
            // Named under the folder as given, as the build names the cards it looks for.
            var path = Path.Combine(folder, directory.Name);
            seen.Add(path);
            var modified = directory.LastWriteTimeUtc;
            if (_folders.TryGetValue(path, out var known))
            {
                if (known.Modified == modified && known.Listed - modified > Settled)
                {
                    continue;
                }

                _present.ExceptWith(known.Cards);
            }

            var cards = Cards(path);
            _present.UnionWith(cards);
            _folders[path] = new Listing(modified, now, cards);
        }

        foreach (var gone in _folders.Keys.Where(path => !seen.Contains(path)).ToList())
        {
            _present.ExceptWith(_folders[gone].Cards);
            _folders.Remove(gone);
        }

        return _present;
    }

    /// <summary>The folders of the cache folder (one per first two characters of a card's name); none when it is gone.</summary>
    internal static IEnumerable<DirectoryInfo> Subfolders(string folder)
    {
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateDirectories("*", new EnumerationOptions { IgnoreInaccessible = true })];
        }
        catch (DirectoryNotFoundException)
        {
            // The cache was removed since it was claimed: every card is painted.
            return [];
        }
    }

    /// <summary>The cards in one of the cache's folders, by their paths under <paramref name="folder"/> as given.</summary>
    internal static string[] Cards(string folder)
    {
        try
        {
            return Directory.GetFiles(folder, "*.jpg", new EnumerationOptions { IgnoreInaccessible = true });
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    /// <summary>
    /// Two cards with the same key: equal records whose focal points are also written the same (a record compares
    /// numbers, and 0 equals -0, which the key writes as "0%" and "-0%").
    /// </summary>
    private static bool SameKey(SocialCard x, SocialCard y) => x == y && x.PhotoFocus?.CssPosition == y.PhotoFocus?.CssPosition;
}
