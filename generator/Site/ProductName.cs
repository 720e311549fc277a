using OcopShowcase.Content.Model;

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
}
