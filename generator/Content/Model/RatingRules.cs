namespace OcopShowcase.Content.Model;

/// <summary>
/// <c>content/rating-rules.yml</c>: the score bands and validity of each governing decision, by the date it took effect.
/// The rules are data because the decision changes (1048/QĐ-TTg in 2019, 148/QĐ-TTg in 2023, and later ones).
/// </summary>
public sealed record RatingRules(IReadOnlyList<RuleSet> RuleSets, int ExpiringWarningDays)
{
    /// <summary>The rule set in force on <paramref name="date"/>: the latest one that took effect on or before it.</summary>
    public RuleSet? InForceOn(DateOnly date) => RuleSets
        .Where(r => r.EffectiveFrom <= date)
        .MaxBy(r => r.EffectiveFrom);
}

public sealed record RuleSet(string Decision, DateOnly EffectiveFrom, int ValidityMonths, IReadOnlyList<ScoreBand> Bands)
{
    public int? StarsForScore(int score) => Bands.FirstOrDefault(b => score >= b.MinScore && score <= b.MaxScore)?.Stars;
}

public sealed record ScoreBand(int Stars, int MinScore, int MaxScore);
