using System.Collections.Concurrent;

namespace OcopShowcase.Assets.SocialCards;

/// <summary>
/// The share cards a long-running process (<c>serve</c>) named in its previous build, each with its name (the hash of
/// what it shows, <see cref="DerivedFileKey"/>): a card that shows the same is named again without hashing its fields.
/// A national catalogue has 40,000 cards, and hashing each on every rebuild took a third of a second of CPU. Its cached file
/// is still looked for every time, so one deleted while <c>serve</c> runs is painted again. Only for the same drawing
/// code, fonts and cache folder; one build at a time (<c>serve</c> builds one after the other).
/// </summary>
public sealed class SocialCardMemo
{
    private string _drawnWith = "";
    private ConcurrentDictionary<SocialCard, string> _previous = new(SameKey.Instance);
    private ConcurrentDictionary<SocialCard, string> _next = new(SameKey.Instance);
    private int _taken;

    /// <summary>How many cards the last build named from the one before.</summary>
    public int Taken => _taken;

    /// <summary>Starts a build drawing with <paramref name="drawnWith"/> (its key and cache folder): what the last build named is what this one may take.</summary>
    internal void Begin(string drawnWith)
    {
        _previous = drawnWith == _drawnWith ? _next : new(SameKey.Instance);
        _next = new(SameKey.Instance);
        _drawnWith = drawnWith;
        _taken = 0;
    }

    /// <summary>The card's name: the last build's when it showed the same, else made by <paramref name="name"/>.</summary>
    internal string NameOf(SocialCard card, Func<SocialCard, string> name)
    {
        if (_previous.TryGetValue(card, out var known))
        {
            Interlocked.Increment(ref _taken);
        }
        else
        {
            known = name(card);
        }

        _next[card] = known;
        return known;
    }

    /// <summary>
    /// Two cards with the same key: equal records whose focal points are also written the same (a record compares
    /// numbers, and 0 equals -0, which the key writes as "0%" and "-0%").
    /// </summary>
    private sealed class SameKey : IEqualityComparer<SocialCard>
    {
        public static readonly SameKey Instance = new();

        public bool Equals(SocialCard? x, SocialCard? y)
            => EqualityComparer<SocialCard>.Default.Equals(x, y) && x?.PhotoFocus?.CssPosition == y?.PhotoFocus?.CssPosition;

        public int GetHashCode(SocialCard card) => card.GetHashCode();
    }
}
