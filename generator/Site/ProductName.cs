using OcopShowcase.Content.Model;
using OcopShowcase.Output;

namespace OcopShowcase.Site;

/// <summary>
/// A product as a line that names it shows it (a certificate's row): its slug and its name in each of the site's
/// languages, and nothing else of it, so a page that shows these is recorded as reading only these.
/// </summary>
public sealed record ProductName
{
    public required string Slug { get; init; }

    /// <summary>The name in each language of the site, in the site's order (the default language's where untranslated).</summary>
    public required IReadOnlyList<(string Language, string Name)> Names { get; init; }

    /// <summary>The name in <paramref name="language"/>.</summary>
    public string In(string language) => Names.First(n => n.Language == language).Name;

    public static ProductName Of(Product product, IReadOnlyList<Language> languages) => new()
    {
        Slug = product.Slug,
        Names = [.. languages.Select(l => (l.Code, product.Text.In(l.Code).Name))],
    };

    /// <summary>
    /// Adds to <paramref name="hash"/> what <see cref="Of"/> takes from <paramref name="product"/>, in the same order,
    /// without making it (a national catalogue's certificates name 20,000 products, fingerprinted on every build).
    /// </summary>
    public static void AddTo(FingerprintBuilder hash, Product product, IReadOnlyList<Language> languages)
    {
        hash.Add(product.Slug);
        foreach (var language in languages)
        {
            hash.Add(language.Code).Add(product.Text.In(language.Code).Name);
        }
    }
}
