using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Decides what each printed poster shows: one per document whose kind gives it a poster
/// (<see cref="ContentKind.Posters"/>: products and tourism listings) in every language of the site, with the words of
/// the theme's UI strings and a QR code for the page's canonical address plus the campaign parameters of <c>site.yml</c>.
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
            var context = new PosterContext(site, new CardBuilder(site, strings, language), photos);
            var inLanguage = ContentKinds.All.SelectMany(kind => kind.Posters(context)).ToList();
            posters.AddRange(inLanguage);
            foreach (var size in PaperSize.All)
            {
                bundles.AddRange(inLanguage.Chunk(PosterPlan.PostersPerBundle).Select((chunk, i) => new PosterBundle(SiteUrls.PosterBundle(language, size.Name, i + 1), language.Code, size, chunk)));
            }
        }

        return new PosterPlan(posters, bundles);
    }
}

/// <summary>What a kind's poster is made with, in one language.</summary>
public sealed class PosterContext(SiteModel site, CardBuilder cards, PhotoSet photos)
{
    public SiteModel Site => site;

    public CardBuilder Cards => cards;

    public Poster Make(
        PageKey page, ContentKind kind, string slug, string pageUrl, string name, string kicker, int? stars,
        string? producer, string summary, string? price, string callToAction, string? buyOnline, IReadOnlyList<BundleFile> photos)
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
            page,
            language.Code,
            SiteUrls.PosterStem(language, kind.Section, slug),
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
            PhotoOf(photos),
            photos.FirstOrDefault()?.Focus);
    }

    /// <summary>The cached 1080 px JPEG of the first photo: 150 dpi across the A4 photo frame.</summary>
    private string? PhotoOf(IReadOnlyList<BundleFile> list)
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
