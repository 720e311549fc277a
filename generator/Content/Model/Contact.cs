using MemoryPack;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Content.Model;

[MemoryPackable]

public sealed partial record Contact(PhoneNumber? Phone, PhoneNumber? Zalo, Uri? Facebook, string? Email, string? Address)
{
    public static readonly Contact None = new(null, null, null, null, null);

    public bool IsEmpty => Phone is null && Zalo is null && Facebook is null && Email is null && Address is null;
}
