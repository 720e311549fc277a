using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content.Model;
using OcopShowcase.Kinds;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Decides what each share card shows: the documents whose kind gives them one (<see cref="ContentKind.ShareCards"/>)
/// get their own card in each language (an English page gets an English card); every other page shares the site's card.
/// </summary>
public static class SocialCardPlanner
{
    public static readonly PageKey SiteCardKey = PageKey.Site("site");

    /// <summary>
    /// Page key ("product/che-lam@en") → card. Each kind's cards in each language are planned on a core of their own
    /// (a national list's 40,000 cards took about 120 ms of every <c>serve</c> rebuild on one), and gathered in order.
    /// </summary>
    public static Dictionary<string, SocialCard> Plan(SiteModel site, UiStrings strings, PhotoSet photos)
    {
        var contexts = site.Languages.Select(language => new ShareCardContext(site, strings, photos, language)).ToList();
        var parts = contexts.SelectMany(context => ContentKinds.All.Select(kind => (Context: context, Kind: kind))).ToList();
        var planned = new List<(PageKey Page, SocialCard Card)>[parts.Count];
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => planned[i] = [.. parts[i].Kind.ShareCards(parts[i].Context)]);
        var cards = new Dictionary<string, SocialCard>(StringComparer.Ordinal);
        foreach (var context in contexts)
        {
            var language = context.Language;
            cards[Key(SiteCardKey, language)] = new SocialCard(
                SiteUrls.ShareCard(language, "trang-chu"), site.Site.Text.In(language.Code).Tagline, context.T("home.eyebrow"), null, null, context.Place, context.SiteTitle,
                site.Content.Products.Select(p => context.PhotoOf(p.Photos)).FirstOrDefault(p => p is not null));
        }

        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var (page, card) in planned[i])
            {
                cards[Key(page, parts[i].Context.Language)] = card;
            }
        }

        return cards;
    }

    public static string Key(PageKey page, Language language) => $"{page}@{language.Code}";

    /// <summary>The share card a page uses, as a site-rooted URL: its own when its kind made one, else the site's (null without cards).</summary>
    public static (string? Url, bool OwnCard) CardOf(SocialCardSet cards, SitePage page)
    {
        var own = cards.UrlByPageKey.GetValueOrDefault(Key(page.Key, page.Language));
        return (own ?? cards.UrlByPageKey.GetValueOrDefault(Key(SiteCardKey, page.Language)), own is not null);
    }
}

/// <summary>What a kind's share card is made with, in one language.</summary>
public sealed class ShareCardContext(SiteModel site, UiStrings strings, PhotoSet photos, Language language)
{
    public SiteModel Site => site;

    public Language Language => language;

    /// <summary>The theme's strings, for a kind that words its kicker with a formatter of its own.</summary>
    public UiStrings Strings => strings;

    public string T(string key, params object?[] args) => strings.Get(language.Code, key, args);

    /// <summary>Where every card names the commune.</summary>
    public string Place { get; } = $"{site.Site.Commune} · {site.Site.Province}";

    public string SiteTitle { get; } = site.Site.Text.In(language.Code).Title;

    /// <summary>A document's card: "the-chia-se/vi/san-pham-che-lam" (the painter adds the content hash).</summary>
    public string OutputPath(ContentKind kind, string slug) => SiteUrls.ShareCard(language, $"{kind.Section}-{slug}");

    public string? PhotoOf(IReadOnlyList<BundleFile> list) => list.Count == 0 ? null : Photo(list[0]);

    public FocalPoint? FocusOf(IReadOnlyList<BundleFile> list) => list.Count == 0 ? null : list[0].Focus;

    /// <summary>The cached 720 px JPEG of a photo: enough for a 560 px panel, cheap to decode.</summary>
    public string? Photo(BundleFile? file)
    {
        if (file is null)
        {
            return null;
        }

        var photo = photos.Find(SiteUrls.ContentFile(file.ContentPath));
        var variant = photo?.Variants.FirstOrDefault(v => v.Width >= 720) ?? photo?.Largest;
        return variant is null ? null : photos.CachedFileOf(variant.JpegPath);
    }
}
