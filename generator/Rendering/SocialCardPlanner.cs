using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content.Model;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Decides what each share card shows: products, tourism listings and news get their own card in each language
/// (an English page gets an English card); every other page shares the site's card.
/// </summary>
public static class SocialCardPlanner
{
    public const string SiteCardKey = "site";

    public static Dictionary<string, SocialCard> Plan(SiteModel site, UiStrings strings, PhotoSet photos)
    {
        var cards = new Dictionary<string, SocialCard>(StringComparer.Ordinal);
        foreach (var language in site.Languages)
        {
            string T(string key, params object?[] args) => strings.Get(language.Code, key, args);
            var text = site.Site.Text.In(language.Code);
            var place = $"{site.Site.Commune} · {site.Site.Province}";
            string? PhotoOf(IReadOnlyList<BundleFile> list) => list.Count == 0 ? null : FileOf(photos, list[0]);
            FocalPoint? FocusOf(IReadOnlyList<BundleFile> list) => list.Count == 0 ? null : list[0].Focus;

            cards[Key(SiteCardKey, language)] = new SocialCard(
                $"the-chia-se/{language.Code}/trang-chu", text.Tagline, T("home.eyebrow"), null, null, place, text.Title,
                site.Content.Products.Select(p => PhotoOf(p.Photos)).FirstOrDefault(p => p is not null));

            foreach (var product in site.Content.Products)
            {
                var stars = site.DisplayedStars(product.Certificate)?.Stars;
                cards[Key($"product/{product.Slug}", language)] = new SocialCard(
                    $"the-chia-se/{language.Code}/san-pham-{product.Slug}", product.Text.In(language.Code).Name, T("group." + product.Group.Key()),
                    stars, stars is null ? null : T("stars.label", stars), place, text.Title, PhotoOf(product.Photos), FocusOf(product.Photos));
            }

            foreach (var listing in site.Content.Tourism)
            {
                var stars = site.DisplayedStars(listing.Certificate)?.Stars;
                cards[Key($"tourism/{listing.Slug}", language)] = new SocialCard(
                    $"the-chia-se/{language.Code}/du-lich-{listing.Slug}", listing.Text.In(language.Code).Name, T("tourism_kind." + listing.Kind.ToString().ToLowerInvariant()),
                    stars, stars is null ? null : T("stars.label", stars), place, text.Title, PhotoOf(listing.Photos), FocusOf(listing.Photos));
            }

            foreach (var post in site.Content.News)
            {
                cards[Key($"news/{post.Slug}", language)] = new SocialCard(
                    $"the-chia-se/{language.Code}/tin-tuc-{post.Slug}", post.Text.In(language.Code).Title, T("news.title"),
                    null, null, place, text.Title, post.Photo is null ? null : FileOf(photos, post.Photo), post.Photo?.Focus);
            }
        }

        return cards;
    }

    public static string Key(string pageKey, Language language) => $"{pageKey}@{language.Code}";

    /// <summary>The cached 720 px JPEG of a photo: enough for a 560 px panel, cheap to decode.</summary>
    private static string? FileOf(PhotoSet photos, BundleFile file)
    {
        var photo = photos.Find(SiteUrls.ContentFile(file.ContentPath));
        var variant = photo?.Variants.FirstOrDefault(v => v.Width >= 720) ?? photo?.Largest;
        return variant is null ? null : photos.CachedFileOf(variant.JpegPath);
    }
}
