using OcopShowcase.Content.Model;

namespace OcopShowcase.Content.Glossaries;

/// <summary>The values of the default language that a glossary may translate, as written in the content.</summary>
public sealed record TranslatableValues(IReadOnlySet<string> All)
{
    public static TranslatableValues Of(RatingRules rules, IEnumerable<Certificate> certificates, IEnumerable<Product> products)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        values.UnionWith(rules.RuleSets.Select(r => r.Decision));
        values.UnionWith(certificates.Select(c => c.IssuingBody));
        foreach (var product in products)
        {
            values.UnionWith(product.Buy.Shops.Select(s => s.Name));
            var text = product.Text.Default;
            values.UnionWith(new[] { text.Unit, text.Packaging, text.ShelfLife }.OfType<string>());
        }

        return new TranslatableValues(values);
    }
}
