namespace OcopShowcase.Content.Model;

/// <summary>
/// <c>content/site.yml</c>: who publishes the site, where it lives, which languages it speaks. <see cref="Villages"/>
/// are the commune's villages (thôn, bản) as written under <c>villages:</c>, in NFC; when the list is given, every
/// product's, producer's and tourism listing's <c>village</c> must be one of them.
/// </summary>
public sealed record SiteConfig(
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    bool Demo,
    string Commune,
    string District,
    string Province,
    Contact Contact,
    Marketplace Postmart,
    Marketplace Voso,
    Uri? Repository,
    string EditBranch,
    string ContentFolderInRepository,
    PosterSettings Posters,
    Localized<SiteText> Text,
    IReadOnlyList<string> Villages)
{
    public string DefaultLanguage => Languages[0];
}

public sealed record SiteText(string Title, string Tagline, string Description, string Intro);

/// <summary>An e-commerce platform the commune sells through; buy links must stay on its own domain.</summary>
public sealed record Marketplace(string Name, string Domain, Uri Home);

/// <summary>
/// Printed QR posters: whether the build makes them, and the campaign parameters their QR codes add to a page's
/// address (<c>utm_source=qr&amp;utm_medium=poster</c>) so visits from a poster can be counted.
/// </summary>
public sealed record PosterSettings(bool Enabled, IReadOnlyList<KeyValuePair<string, string>> Campaign)
{
    public static PosterSettings Default { get; } = new(true, []);

    /// <summary>"?utm_source=qr&amp;utm_medium=poster", or "" when no campaign is configured.</summary>
    public string CampaignQuery => Campaign.Count == 0
        ? ""
        : "?" + string.Join('&', Campaign.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
