using System.Runtime.InteropServices;

namespace OcopShowcase.Assets.Search;

/// <summary>
/// One language's search terms, as <see cref="SearchIndex.Build"/> makes them: every token numbered once, and each
/// document's tokens with the best weight each has in it. A build's index uses a set of its own; <c>serve</c> keeps one
/// per language for as long as it runs (<see cref="SearchTokenMemo.TermsOf"/>), so that an index made again after one
/// edit of a name tokenises the documents that changed, not the 20,000 that did not: at 20,000 products the
/// Vietnamese index took 470 ms and 340 MiB of every such rebuild, most of it to find the same tokens again.
/// <para>A document's terms are taken again, by its URL, only while every field they are made of is the same
/// (<see cref="Find"/>); a body is known by what its tokens are a function of (<see cref="SearchBody.Key"/>,
/// <see cref="SearchBody.Reading"/>), and one whose tokens were not read from that source is not kept. The set keeps the
/// terms of the last index made with it, so a removed document's are dropped. One index is made with a set at a time.</para>
/// </summary>
public sealed class SearchTerms
{
    private readonly Dictionary<string, int> _numbers;

    /// <summary>The numbers by a token's characters, looked up without a string for each occurrence.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _tokens = [];
    private readonly List<string> _groups = [];
    private Dictionary<string, Terms> _byUrl = new(StringComparer.Ordinal);
    private int[] _sorted = [];
    private int[] _counts = [];

    public SearchTerms()
    {
        _numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        _bySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What a document's tokens were made from, its title's tokens as its place in the index is sorted by, and its tokens: number and best weight, in pairs.</summary>
    internal sealed record Terms(SearchDocument Document, string TitleTokens, int[] Pairs);

    /// <summary>How many tokens have a number.</summary>
    internal int Count => _tokens.Count;

    internal string Token(int number) => _tokens[number];

    /// <summary>The token's group of letters (<see cref="SearchText.Group"/>), made once.</summary>
    internal string Group(int number) => _groups[number];

    /// <summary>The token's number; a token met for the first time gets the next one.</summary>
    internal int Number(ReadOnlySpan<char> token)
    {
        if (!_bySpan.TryGetValue(token, out var number))
        {
            var text = token.ToString();
            number = _tokens.Count;
            _numbers.Add(text, number);
            _tokens.Add(text);
            _groups.Add(SearchText.Group(text));
        }

        return number;
    }

    /// <summary>Every number, in the ordinal order of its token: sorted again only when tokens were added since.</summary>
    internal ReadOnlySpan<int> Sorted()
    {
        if (_sorted.Length != _tokens.Count)
        {
            var order = Enumerable.Range(0, _tokens.Count).ToArray();
            var tokens = CollectionsMarshal.AsSpan(_tokens).ToArray();
            Array.Sort(order, (a, b) => string.CompareOrdinal(tokens[a], tokens[b]));
            _sorted = order;
        }

        return _sorted;
    }

    /// <summary>
    /// The terms the last index made with this set had for a document at <paramref name="document"/>'s URL, if made of
    /// the same fields, given to this document (what a result shows, its stars or photo, and its rank are its own).
    /// </summary>
    internal Terms? Find(SearchDocument document)
        => _byUrl.TryGetValue(document.Url, out var known) && SameFields(known.Document, document) ? known with { Document = document } : null;

    /// <summary>
    /// How many documents had the token in the last index made with this set: its postings' room in the next (an edit
    /// changes a few), so that they are not grown, and copied, from nothing as they are appended.
    /// </summary>
    internal int LastCount(int number) => number < _counts.Length ? _counts[number] : 0;

    /// <summary>
    /// The terms of the index just made, kept for the next (a document whose body's tokens were not read from its
    /// key's source is left out), and how many documents each token had.
    /// </summary>
    internal void Keep(IEnumerable<Terms> made, IReadOnlyList<List<Posting>?> postingsOf)
    {
        _counts = new int[postingsOf.Count];
        for (var number = 0; number < postingsOf.Count; number++)
        {
            _counts[number] = postingsOf[number]?.Count ?? 0;
        }

        var next = new Dictionary<string, Terms>(_byUrl.Count, StringComparer.Ordinal);
        foreach (var terms in made)
        {
            if (terms.Document.Body.KeyHolds)
            {
                next[terms.Document.Url] = terms;
            }
        }

        _byUrl = next;
    }

    private static bool SameFields(SearchDocument a, SearchDocument b)
        => a.Title == b.Title
           && a.Group == b.Group
           && a.Producer == b.Producer
           && a.Village == b.Village
           && a.Summary == b.Summary
           && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal)
           && a.Body.Reading == b.Body.Reading
           && a.Body.Key == b.Body.Key;
}
