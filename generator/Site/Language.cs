using System.Globalization;

namespace OcopShowcase.Site;

/// <summary>A language the site is published in. The default language lives at the root, the others under /&lt;code&gt;/.</summary>
public sealed record Language(string Code, bool IsDefault)
{
    public string PathPrefix => IsDefault ? "" : "/" + Code;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Code);
}
