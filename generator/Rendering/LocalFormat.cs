using System.Globalization;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>Dates, prices and numbers as a reader of one language expects them; the patterns come from the theme's strings.</summary>
public sealed class LocalFormat(Language language, UiStrings strings)
{
    public string Date(DateOnly date) => date.ToString(strings.Get(language.Code, "format.date"), language.Culture);

    public string Number(long value) => value.ToString("N0", language.Culture);

    /// <summary>"80.000 ₫" in Vietnamese, "80,000 VND" in English.</summary>
    public string Price(long vnd) => strings.Get(language.Code, "format.price", Number(vnd));

    public string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
