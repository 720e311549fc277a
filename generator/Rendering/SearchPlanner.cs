using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Search;
using OcopShowcase.Content.Model;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// What each page contributes to search, in one language: products, tourism listings, producers, news and pages,
/// with the thumbnail, stars and group a result shows, and a body's words as the page shows them (<see cref="BodyText"/>). URLs carry the base path, since the browser uses them as they are.
/// </summary>
public static class SearchPlanner
{
    public static IReadOnlyList<SearchDocument> Plan(SiteModel site, UiStrings strings, PhotoSet photos, Language language)
    {
        string T(string key) => strings.Get(language.Code, key);
        string Url(string rooted) => site.Urls.BasePath.TrimEnd('/') + rooted;
        string? Thumbnail(IReadOnlyList<BundleFile> list)
            => list.Count > 0 && photos.Find(SiteUrls.ContentFile(list[0].ContentPath)) is { } photo ? Url(SiteUrls.PublishedFile(photo.Variants[0].WebpPath)) : null;

        var documents = new List<SearchDocument>();
        foreach (var product in site.Content.Products)
        {
            var text = product.Text.In(language.Code);
            documents.Add(new SearchDocument(text.Name, Url(SiteUrls.Product(language, product.Slug)), "product", T("group." + product.Group.Key()),
                site.DisplayedStars(product.Certificate)?.Stars, Thumbnail(product.Photos), text.Summary, product.Village,
                site.ProducerOf(product)?.Text.In(language.Code).Name, product.Tags, BodyText.Of(text.Body)));
        }

        foreach (var listing in site.Content.Tourism)
        {
            var text = listing.Text.In(language.Code);
            documents.Add(new SearchDocument(text.Name, Url(SiteUrls.TourismListing(language, listing.Slug)), "tourism", T("tourism_kind." + listing.Kind.ToString().ToLowerInvariant()),
                site.DisplayedStars(listing.Certificate)?.Stars, Thumbnail(listing.Photos), text.Summary, listing.Village, site.ProducerOf(listing)?.Text.In(language.Code).Name, [], BodyText.Of(text.Body)));
        }

        foreach (var producer in site.Content.Producers)
        {
            var text = producer.Text.In(language.Code);
            documents.Add(new SearchDocument(text.Name, Url(SiteUrls.Producer(language, producer.Slug)), "producer", T("legal_form." + producer.LegalForm.ToString().ToLowerInvariant()),
                null, Thumbnail(producer.Photos), text.Summary, producer.Village, null, [], BodyText.Of(text.Body)));
        }

        foreach (var post in site.Content.News.OrderByDescending(n => n.Date))
        {
            var text = post.Text.In(language.Code);
            documents.Add(new SearchDocument(text.Title, Url(SiteUrls.NewsPost(language, post.Slug)), "news", T("news.title"), null, null, text.Summary, null, null, [], BodyText.Of(text.Body)));
        }

        foreach (var page in site.Content.Pages)
        {
            var text = page.Text.In(language.Code);
            documents.Add(new SearchDocument(text.Title, Url(SiteUrls.StaticPage(language, page.Slug)), "page", null, null, null, text.Summary, null, null, [], BodyText.Of(text.Body)));
        }

        return documents;
    }
}
