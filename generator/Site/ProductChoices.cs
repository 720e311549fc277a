using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>One value a new product may choose, with the label a person picks it by.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>
/// What a new product may refer to: the groups, producers, certificates and villages of this site. The staff form's
/// select lists and its schema's enumerations are both made from here, so they never disagree.
/// </summary>
public sealed record ProductChoices(IReadOnlyList<string> Groups, IReadOnlyList<Choice> Producers, IReadOnlyList<Choice> Certificates, IReadOnlyList<string> Villages)
{
    public static ProductChoices Of(SiteModel site, Language language)
        => new(
            [.. ProductGroups.InOrder.Select(g => g.Key())],
            [.. site.Facts.Producers.Select(p => new Choice(p.Slug, p.Text.In(language.Code).Name)).OrderBy(c => c.Label, StringComparer.Create(language.Culture, false))],
            [.. site.Facts.CertificatesNewestFirst.Select(c => new Choice(c.Slug, $"{c.DecisionNumber} ({c.IssuedOn:yyyy-MM-dd})"))],
            VillagesOf(site, language));

    /// <summary>
    /// The villages a product may name: the commune's list in <c>site.yml</c>, the same list the build checks a
    /// village against (OCOP119). A site without that list checks no village; the form then offers the villages
    /// already in use.
    /// </summary>
    public static IReadOnlyList<string> VillagesOf(SiteModel site, Language language)
        => site.Site.Villages.Count > 0
            ? site.Site.Villages
            : [.. site.Facts.VillagesInUse.Order(StringComparer.Create(language.Culture, false))];
}
