using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Content.Model;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Decides what each printed poster shows: one per product and tourism listing in every language of the site, with
/// the words of the theme's UI strings and a QR code for the page's canonical address plus the campaign parameters
/// of <c>site.yml</c>. Producers get no poster: their page is reached from their products.
/// </summary>
public static class PosterPlanner
{
    public static PosterPlan Plan(SiteModel site, UiStrings strings, PhotoSet photos)
    {
        if (!site.Site.Posters.Enabled)
        {
            return PosterPlan.Empty;
        }

        var posters = new List<Poster>();
        var bundles = new List<PosterBundle>();
        foreach (var language in site.Languages)
        {
            var cards = new CardBuilder(site, strings, language);
            var inLanguage = new List<Poster>();
            foreach (var product in site.Content.Products.OrderBy(p => p.Slug, StringComparer.Ordinal))
            {
                var card = cards.Product(product);
                var online = new[] { (product.Buy.Postmart, site.Site.Postmart.Name), (product.Buy.Voso, site.Site.Voso.Name) }
                    .Where(m => m.Item1 is not null).Select(m => m.Name).ToList();
                inLanguage.Add(Make(site, cards, $"product/{product.Slug}", SiteUrls.Products, product.Slug, card.Url, card.Name, card.GroupName, card.Stars,
                    card.ProducerName is null ? null : cards.T("poster.producer", card.ProducerName), card.Summary, card.PriceText,
                    cards.T("poster.scan_product"), online.Count == 0 ? null : cards.T("poster.buy_online", string.Join(" · ", online)),
                    PhotoOf(photos, product.Photos), product.Photos.FirstOrDefault()?.Focus));
            }

            foreach (var listing in site.Content.Tourism.OrderBy(l => l.Slug, StringComparer.Ordinal))
            {
                var card = cards.Tourism(listing);
                var producer = site.ProducerOf(listing)?.Text.In(language.Code).Name;
                inLanguage.Add(Make(site, cards, $"tourism/{listing.Slug}", SiteUrls.Tourism, listing.Slug, card.Url, card.Name, card.KindName, card.Stars,
                    producer is null ? null : cards.T("poster.producer", producer), card.Summary,
                    PageViewBuilder.HeadlinePrice(cards, listing) ?? listing.Text.In(language.Code).Prices.FirstOrDefault(),
                    cards.T("poster.scan_tourism"), null, PhotoOf(photos, listing.Photos), listing.Photos.FirstOrDefault()?.Focus));
            }

            posters.AddRange(inLanguage);
            foreach (var size in PaperSize.All)
            {
                bundles.AddRange(inLanguage.Chunk(PosterPlan.PostersPerBundle).Select((chunk, i) => new PosterBundle(SiteUrls.PosterBundle(language, size.Name, i + 1), language.Code, size, chunk)));
            }
        }

        return new PosterPlan(posters, bundles);
    }

    private static Poster Make(
        SiteModel site, CardBuilder cards, string pageKey, string section, string slug, string pageUrl, string name, string kicker, int? stars,
        string? producer, string summary, string? price, string callToAction, string? buyOnline, string? photo, FocalPoint? focus)
    {
        var language = cards.Language;
        var canonical = site.Urls.Absolute(pageUrl);
        var labels = new PosterLabels(
            site.Site.Text.In(language.Code).Title,
            cards.T("footer.programme"),
            string.Join(" · ", new[] { site.Site.Commune, site.Site.District, site.Site.Province }.Where(p => p.Length > 0)),
            callToAction,
            cards.T("poster.how_to"),
            cards.T("poster.qr_note"),
            buyOnline);
        return new Poster(
            $"{pageKey}@{language.Code}",
            language.Code,
            SiteUrls.PosterStem(language, section, slug),
            pageUrl,
            name,
            kicker,
            stars,
            stars is null ? null : cards.T("stars.label", stars),
            producer,
            summary,
            price,
            canonical + site.Site.Posters.CampaignQuery,
            canonical[(canonical.IndexOf("://", StringComparison.Ordinal) + 3)..],
            labels,
            photo,
            focus);
    }

    /// <summary>The cached 1080 px JPEG of the first photo: 150 dpi across the A4 photo frame.</summary>
    private static string? PhotoOf(PhotoSet photos, IReadOnlyList<BundleFile> list)
    {
        if (list.Count == 0)
        {
            return null;
        }

        var photo = photos.Find(SiteUrls.ContentFile(list[0].ContentPath));
        var variant = photo?.Variants.FirstOrDefault(v => v.Width >= 1080) ?? photo?.Largest;
        return variant is null ? null : photos.CachedFileOf(variant.JpegPath);
    }
}
