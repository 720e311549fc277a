namespace OcopShowcase.Assets.Search;

/// <summary>
/// The query side of search in C#, line for line the rule of <c>theme/assets/search.js</c>, so tests (and the search
/// benchmark, which links this file) can ask an index what a visitor's query finds and which files it loads. The
/// generator only builds indexes; it never answers a query.
/// </summary>
public static class SearchQuery
{
    /// <summary>Whether a query term matches an index token: a prefix for terms of <see cref="SearchText.PrefixLength"/> letters or more, else the whole word.</summary>
    public static bool Matches(string token, string term)
        => term.Length >= SearchText.PrefixLength ? token.StartsWith(term, StringComparison.Ordinal) : token == term;

    /// <summary>
    /// The same ranking as search.js: every query token must match a token of the document (<see cref="Matches"/>); a document scores
    /// the weight of its best field per query token (an exact token counts double), plus a bonus when its title holds
    /// the whole query, plus its kind's rank (products, then tourism, then producers, then the rest).
    /// </summary>
    public static IReadOnlyList<SearchDocument> Query(this SearchIndex index, string query, int limit = 10)
    {
        // Only the best candidates need their titles (the browser fetches their chunks), so the phrase bonus
        // reorders the top of the list, never the whole catalogue.
        var phrase = string.Join(' ', SearchText.Tokens(query));
        var documents = index.Documents;
        return BestCandidates(index, query)
            .Select(c => (c.Id, Score: c.Score + PhraseBonus(documents[c.Id].Title, documents[c.Id].Summary, phrase)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id)
            .Take(limit)
            .Select(s => documents[s.Id])
            .ToList();
    }

    /// <summary>What the browser fetches for a query: the shards of its terms and the chunks of its candidates.</summary>
    public static (IReadOnlyList<string> Shards, IReadOnlyList<int> Chunks) FilesFor(this SearchIndex index, string query)
        => (SearchText.Tokens(query).Select(term => SearchText.ShardOf(term, index.ShardNames())).OfType<string>().Distinct().ToList(),
            BestCandidates(index, query).Select(c => c.Id / SearchIndex.ChunkSize).Distinct().ToList());

    /// <summary>The shards meta.json lists, which search.js looks a term's shard up in.</summary>
    public static IReadOnlySet<string> ShardNames(this SearchIndex index) => index.Shards.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The best <see cref="SearchIndex.Candidates"/> documents by token scores and kind, before the phrase bonus.</summary>
    private static List<(int Id, int Score)> BestCandidates(SearchIndex index, string query)
    {
        var terms = SearchText.Tokens(query);
        if (terms.Count == 0)
        {
            return [];
        }

        Dictionary<int, int>? scores = null;
        foreach (var term in terms)
        {
            var matches = new Dictionary<int, int>();
            if (SearchText.ShardOf(term, index.ShardNames()) is { } shard && index.Shards.TryGetValue(shard, out var tokens))
            {
                foreach (var (token, postings) in tokens.Where(t => Matches(t.Key, term)))
                {
                    foreach (var posting in postings)
                    {
                        var weight = token.Length == term.Length ? posting.Weight * 2 : posting.Weight;
                        matches[posting.Document] = Math.Max(matches.GetValueOrDefault(posting.Document), weight);
                    }
                }
            }

            scores = scores is null
                ? matches
                : scores.Where(s => matches.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value + matches[s.Key]);
        }

        return scores!
            .Select(s => (Id: s.Key, Score: s.Value + index.Documents[s.Key].Rank))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id)
            .Take(SearchIndex.Candidates)
            .ToList();
    }

    /// <summary>
    /// The exact phrase: the whole name (200), the phrase as words of the name (100), the name starting with it (60);
    /// else, for a query of several words, the phrase as words of the description (10: less than a tag match, more than the same words apart), which puts "mật ong rừng"
    /// written together above a page that has the three words apart.
    /// </summary>
    public static int PhraseBonus(string title, string summary, string foldedPhrase)
    {
        var folded = string.Join(' ', SearchText.Tokens(title));
        if (folded == foldedPhrase)
        {
            return 200;
        }

        if (ContainsWords(folded, foldedPhrase))
        {
            return 100;
        }

        if (folded.StartsWith(foldedPhrase, StringComparison.Ordinal))
        {
            return 60;
        }

        return foldedPhrase.Contains(' ', StringComparison.Ordinal) && ContainsWords(string.Join(' ', SearchText.Tokens(summary)), foldedPhrase) ? 10 : 0;
    }

    /// <summary>The field a posting's weight stands for (the same rule as search.js's fieldOf).</summary>
    public static string FieldOf(int weight) => (string)SearchIndex.Fields.First(f => weight >= (int)f[0] || f == SearchIndex.Fields[^1])[1];

    private static bool ContainsWords(string folded, string phrase) => (" " + folded + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);
}
