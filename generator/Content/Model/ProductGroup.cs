using System.Collections.Immutable;

namespace OcopShowcase.Content.Model;

/// <summary>The six OCOP product groups of Decision 148/QĐ-TTg. Their display names live in the theme's strings.</summary>
public enum ProductGroup
{
    Food,
    Beverage,
    HerbalMedicine,
    Handicraft,
    OrnamentalPlant,
    Tourism,
}

public static class ProductGroups
{
    /// <summary>The value staff write in front matter, which is also the group's URL segment.</summary>
    public static readonly ImmutableSortedDictionary<string, ProductGroup> ByKey = new Dictionary<string, ProductGroup>
    {
        ["thuc-pham"] = ProductGroup.Food,
        ["do-uong"] = ProductGroup.Beverage,
        ["duoc-lieu"] = ProductGroup.HerbalMedicine,
        ["thu-cong-my-nghe"] = ProductGroup.Handicraft,
        ["sinh-vat-canh"] = ProductGroup.OrnamentalPlant,
        ["du-lich"] = ProductGroup.Tourism,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static string Key(this ProductGroup group) => KeyOf[(int)group];

    /// <summary>Each group's key, by the group's value (asked for on every card: a lookup, not a search).</summary>
    private static readonly string[] KeyOf = Enum.GetValues<ProductGroup>().Select(g => ByKey.Single(pair => pair.Value == g).Key).ToArray();

    /// <summary>All groups in the order of the national programme.</summary>
    public static IReadOnlyList<ProductGroup> InOrder { get; } = Enum.GetValues<ProductGroup>();
}
