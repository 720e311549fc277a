using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Search;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>What each kind's documents contribute to search, in one language (<see cref="ContentKind.Search"/>).</summary>
public static class SearchPlanner
{
    public static IReadOnlyList<SearchDocument> Plan(SiteModel site, UiStrings strings, PhotoSet photos, Language language)
    {
        var search = new SearchContext(site, strings, photos, language);
        return ContentKinds.All.SelectMany(kind => kind.Search(search)).ToList();
    }
}

/// <summary>
/// What a kind's search entry is made with: the thumbnail, stars and group a result shows, and a body's words as the
/// page shows them (<see cref="BodyText"/>). URLs carry the base path, since the browser uses them as they are.
/// </summary>
public sealed class SearchContext(SiteModel site, UiStrings strings, PhotoSet photos, Language language)
{
    public SiteModel Site => site;

    public Language Language => language;

    public string T(string key) => strings.Get(language.Code, key);

    public string Url(string rooted) => site.Urls.WithBasePath(rooted);

    /// <summary>The smallest WebP of the first photo, or null.</summary>
    public string? Thumbnail(IReadOnlyList<BundleFile> list)
        => list.Count > 0 && photos.Find(SiteUrls.ContentFile(list[0].ContentPath)) is { } photo ? Url(SiteUrls.PublishedFile(photo.Variants[0].WebpPath)) : null;
}
