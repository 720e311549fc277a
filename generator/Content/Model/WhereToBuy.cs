using MemoryPack;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Content.Model;

/// <summary>Where a buyer can get the product: the two post-office marketplaces, a phone or Zalo order, and physical shops.</summary>
[MemoryPackable]
public sealed partial record WhereToBuy(Uri? Postmart, Uri? Voso, PhoneNumber? Phone, PhoneNumber? Zalo, IReadOnlyList<Shop> Shops)
{
    public bool IsEmpty => Postmart is null && Voso is null && Phone is null && Zalo is null && Shops.Count == 0;
}

/// <summary>A physical shop that sells the product (<c>shops:</c>: a name, or <c>{name, lat, lon}</c> for the directions button).</summary>
[MemoryPackable]
public sealed partial record Shop(string Name, Coordinates? Location);
