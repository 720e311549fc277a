using System.Collections.Concurrent;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>
/// The share cards a long-running process (<c>serve</c>) planned in its previous build: each card's name (the hash of
/// what it shows, <see cref="DerivedFileKey"/>) and whether its cached file was there. A card that shows the same
/// (records compared field by field) is named again without hashing its fields, and its file is not looked for again:
/// a national catalogue has 40,000 cards, and hashing and finding each on every rebuild took half a second. Only
/// for the same drawing code and fonts; one build at a time (<c>serve</c> builds one after the other).
/// </summary>
/// <remarks>
/// A cached card deleted while <c>serve</c> runs is not painted again until it shows something else or the server
/// restarts: the cache is the generator's own folder, which nothing else writes to.
/// </remarks>
public sealed class SocialCardMemo
{
    private string _drawnWith = "";
    private ConcurrentDictionary<SocialCard, Known> _previous = new();
    private ConcurrentDictionary<SocialCard, Known> _next = new();

    /// <summary>How many cards the last build named from the one before.</summary>
    public int Taken { get; private set; }

    private int _taken;

    /// <summary>Starts a build drawing with <paramref name="drawnWith"/>: what the last build planned is what this one may take.</summary>
    internal void Begin(string drawnWith)
    {
        _previous = drawnWith == _drawnWith ? _next : new();
        _next = new();
        _drawnWith = drawnWith;
        _taken = 0;
    }

    /// <summary>The card's name and cached file as the last build knew them, when its file was there.</summary>
    internal bool TryTake(SocialCard card, out string hash)
    {
        if (_previous.TryGetValue(card, out var known) && known.Cached)
        {
            Interlocked.Increment(ref _taken);
            _next[card] = known;
            hash = known.Hash;
            return true;
        }

        hash = "";
        return false;
    }

    /// <summary>A card this build named; <paramref name="cached"/>: its file was there (a card still to paint is looked for again next time).</summary>
    internal void Keep(SocialCard card, string hash, bool cached) => _next[card] = new Known(hash, cached);

    /// <summary>Ends the build's planning.</summary>
    internal void End() => Taken = _taken;

    private sealed record Known(string Hash, bool Cached);
}
