using System.Globalization;
using OcopShowcase.Content.Model;

namespace OcopShowcase.Site;

/// <summary>
/// One page of a product catalogue (every product, a group's or a star rating's) in one language: what a catalogue
/// page reads (<see cref="SiteFacts.Catalogue"/>). Its <see cref="Argument"/> is how the read is written down in a
/// page's reads, and <see cref="TryParse"/> reads it back to fingerprint it in a later build (<see cref="ReadFingerprints"/>).
/// </summary>
public sealed record CatalogueSlice
{
    public required string Language { get; init; }

    public ProductGroup? Group { get; init; }

    public int? Stars { get; init; }

    /// <summary>The page of the list, from 1; each holds <see cref="Paging.ProductsPerPage"/> products.</summary>
    public required int Page { get; init; }

    private const string Any = "-";

    public string Argument => string.Join('/', Language, Group?.Key() ?? Any, Stars?.ToString(CultureInfo.InvariantCulture) ?? Any, Page.ToString(CultureInfo.InvariantCulture));

    /// <summary>The slice an <see cref="Argument"/> names, or null for one this generator does not write.</summary>
    public static CatalogueSlice? TryParse(string argument)
    {
        var parts = argument.Split('/');
        if (parts.Length != 4 || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            return null;
        }

        ProductGroup? group = null;
        if (parts[1] != Any)
        {
            if (!ProductGroups.ByKey.TryGetValue(parts[1], out var named))
            {
                return null;
            }

            group = named;
        }

        int? stars = null;
        if (parts[2] != Any)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rated))
            {
                return null;
            }

            stars = rated;
        }

        return new CatalogueSlice { Language = parts[0], Group = group, Stars = stars, Page = page };
    }
}

/// <summary>What a catalogue page shows: its products in display order, and how many the whole list has.</summary>
public sealed record CataloguePage(IReadOnlyList<Product> Products, int Total);
