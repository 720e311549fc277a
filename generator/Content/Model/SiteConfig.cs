namespace OcopShowcase.Content.Model;

/// <summary><c>content/site.yml</c>: who publishes the site, where it lives, which languages it speaks.</summary>
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
    Localized<SiteText> Text)
{
    public string DefaultLanguage => Languages[0];
}

public sealed record SiteText(string Title, string Tagline, string Description, string Intro);

/// <summary>An e-commerce platform the commune sells through; buy links must stay on its own domain.</summary>
public sealed record Marketplace(string Name, string Domain, Uri Home);
