namespace OcopShowcase.Diagnostics;

/// <summary>Finds the candidate a typo most likely meant ("did you mean"), by edit distance.</summary>
public static class ClosestMatch
{
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tolerance = Math.Max(2, input.Length / 3);
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            // The distance is at least the difference in length: a candidate that far off is never a match, and
            // skipping it keeps a 1 MB value against thousands of candidates linear instead of quadratic.
            if (Math.Abs(input.Length - candidate.Length) > tolerance)
            {
                continue;
            }

            var distance = EditDistance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Past a third of the word the "match" is noise, not a typo.
        return bestDistance <= tolerance ? best : null;
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
