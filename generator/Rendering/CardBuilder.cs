using System.Collections.Concurrent;
using OcopShowcase.Content.Model;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Rendering;

/// <summary>
/// Turns model documents into the small view records that cards, badges and buy boxes show, in one language. One
/// builder per language serves the whole build: a product's card is made once, however many lists show it.
/// </summary>
public sealed class CardBuilder(SiteModel site, UiStrings strings, Language language)
{
    // Each card with what making it read, given to every page that shows it (SiteReads.Memo).
    private readonly ConcurrentDictionary<Product, (ProductCard, SiteReads)> _products = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Producer, (ProducerCard, SiteReads)> _producers = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<TourismListing, (TourismCard, SiteReads)> _tourism = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Certificate, (CertificateBadge, SiteReads)> _certificates = new(ReferenceEqualityComparer.Instance);

    public LocalFormat Format { get; } = new(language, strings);

    public Language Language => language;

    public string T(string key, params object?[] args) => strings.Get(language.Code, key, args);

    /// <summary>A value repeated across files (unit, packaging, shelf life) in this language when the glossary has it.</summary>
    public string Gloss(string value) => site.Glossary.Find(value, language.Code) ?? value;

    /// <summary>A value of the default language's file (an issuing body, a shop) in this language when the glossary has it.</summary>
    public LocalizedValue Glossed(string value) => site.Glossary.Translate(value, language.Code, site.DefaultLanguage.Code);

    public string TextLang<T>(Localized<T> text) where T : class
        => text.IsTranslatedInto(language.Code) ? language.Code : text.DefaultLanguage;

    public static PhotoView? Photo(IReadOnlyList<BundleFile> photos, IReadOnlyList<string> alts, string fallbackAlt, int index = 0)
        => index < photos.Count
            ? new PhotoView(SiteUrls.ContentFile(photos[index].ContentPath), index < alts.Count && alts[index].Length > 0 ? alts[index] : fallbackAlt, photos[index].Focus?.CssPosition)
            : null;

    public static IReadOnlyList<PhotoView> Photos(IReadOnlyList<BundleFile> photos, IReadOnlyList<string> alts, string fallbackAlt)
        => photos.Select((_, i) => Photo(photos, alts, fallbackAlt, i)!).ToList();

    public ProductCard Product(Product product) => SiteReads.Memo(_products, product, MakeProduct);

    private ProductCard MakeProduct(Product product)
    {
        SiteReads.Document(SiteUrls.Products, product.Slug);
        var text = product.Text.In(language.Code);
        var producer = site.ProducerOf(product);
        var price = product.PriceVnd is { } vnd
            ? text.Unit is { } unit ? T("product.price_per_unit", Format.Price(vnd), Gloss(unit)) : Format.Price(vnd)
            : null;
        return new ProductCard(
            text.Name,
            SiteUrls.Product(language, product.Slug),
            text.Summary,
            Photo(product.Photos, text.PhotoAlts, text.Name),
            site.DisplayedStars(product.Certificate)?.Stars,
            T("group." + product.Group.Key()),
            price,
            producer?.Text.In(language.Code).Name,
            TextLang(product.Text),
            product.Group.Key(),
            producer?.Slug,
            product.Village is null ? null : Content.Slugifier.Slugify(product.Village));
    }

    public ProducerCard Producer(Producer producer) => SiteReads.Memo(_producers, producer, MakeProducer);

    private ProducerCard MakeProducer(Producer producer)
    {
        SiteReads.Document(SiteUrls.Producers, producer.Slug);
        var text = producer.Text.In(language.Code);
        return new ProducerCard(
            text.Name,
            SiteUrls.Producer(language, producer.Slug),
            text.Summary,
            T("legal_form." + producer.LegalForm.ToString().ToLowerInvariant()),
            producer.Village,
            Photo(producer.Photos, [], text.Name),
            site.ProductsOf(producer).Count,
            TextLang(producer.Text));
    }

    public TourismCard Tourism(TourismListing listing) => SiteReads.Memo(_tourism, listing, MakeTourism);

    private TourismCard MakeTourism(TourismListing listing)
    {
        SiteReads.Document(SiteUrls.Tourism, listing.Slug);
        var text = listing.Text.In(language.Code);
        return new TourismCard(
            text.Name,
            SiteUrls.TourismListing(language, listing.Slug),
            text.Summary,
            T("tourism_kind." + listing.Kind.ToString().ToLowerInvariant()),
            Photo(listing.Photos, text.PhotoAlts, text.Name),
            site.DisplayedStars(listing.Certificate)?.Stars,
            listing.Village,
            TextLang(listing.Text));
    }

    public NewsCard News(NewsPost post)
    {
        SiteReads.Document(SiteUrls.News, post.Slug);
        var text = post.Text.In(language.Code);
        var photo = post.Photo is { } file ? new PhotoView(SiteUrls.ContentFile(file.ContentPath), text.PhotoAlt ?? text.Title) : null;
        return new NewsCard(text.Title, SiteUrls.NewsPost(language, post.Slug), text.Summary, Format.Date(post.Date), Format.IsoDate(post.Date), photo, TextLang(post.Text));
    }

    public CertificateBadge Certificate(Certificate certificate) => SiteReads.Memo(_certificates, certificate, MakeCertificate);

    private CertificateBadge MakeCertificate(Certificate certificate)
    {
        SiteReads.Document(SiteUrls.Certificates, certificate.Slug);
        var stateKey = site.StateOf(certificate).Key();
        return new CertificateBadge(
            certificate.DecisionNumber,
            SiteUrls.Certificate(language, certificate.Slug),
            certificate.Stars.Stars,
            certificate.Score,
            Format.Date(certificate.IssuedOn),
            Glossed(certificate.IssuingBody),
            T("level." + certificate.Level.ToString().ToLowerInvariant()),
            Format.Date(certificate.ValidUntil),
            stateKey,
            T("state." + stateKey));
    }

    public CertificateRow CertificateRow(Certificate certificate)
        => new(Certificate(certificate), site.ProductsUnder(certificate)
            .Select(p => new LinkView(p.In(language.Code), SiteUrls.Product(language, p.Slug)))
            .ToList());

    /// <summary>
    /// The buy or contact buttons. <paramref name="callKey"/> names the phone button's words, which depend on what the
    /// call is for: ordering goods ("product.call"), booking a room or a tour, asking a spot's hours.
    /// </summary>
    public BuyView Buy(WhereToBuy buy, string callKey = "product.call", string words = "product") => new(
        buy.Postmart?.AbsoluteUri,
        buy.Voso?.AbsoluteUri,
        buy.Phone?.Display,
        buy.Phone is { } phone ? "tel:" + phone.E164 : null,
        buy.Zalo?.Display,
        buy.Zalo is { } zalo ? "https://zalo.me/" + zalo.National : null,
        buy.Shops.Select(shop => new ShopView(Glossed(shop.Name), Directions(shop.Location))).ToList(),
        buy.Phone is { } shown ? T(callKey, Unbroken(shown.Display)) : null,
        buy.Zalo is { } chat ? T("product.zalo", Unbroken(chat.Display)) : null)
    {
        Words = new BuyWords(T(words + ".buy"), T(words + ".shops"), T(words + ".buy_postmart"), T(words + ".buy_voso"), T(words + ".bar_buy")),
    };

    /// <summary>A phone number in a button's words never breaks across lines ("0912 345 / 678" cannot be dialled).</summary>
    private static string Unbroken(string number) => number.Replace(' ', '\u00A0');

    public BuyView ContactBox(Contact contact, string callKey) => Buy(new WhereToBuy(null, null, contact.Phone, contact.Zalo, []), callKey);

    /// <summary>Directions to a place, or null without coordinates: the phone's map app (geo:) and Google Maps' route.</summary>
    public static DirectionsView? Directions(Coordinates? at)
        => at is null
            ? null
            : new DirectionsView(
                FormattableString.Invariant($"geo:{at.Latitude},{at.Longitude}?q={at.Latitude},{at.Longitude}"),
                FormattableString.Invariant($"https://www.google.com/maps/dir/?api=1&destination={at.Latitude},{at.Longitude}"));

    /// <summary>The phone screen's action bar: <paramref name="callLabelKey"/> is the short word on the call link.</summary>
    public ActionBarView Actions(BuyView buy, DirectionsView? directions, string callLabelKey)
    {
        var online = new List<LinkView>();
        if (buy.PostmartUrl is { } postmart)
        {
            online.Add(new LinkView(buy.Words.Postmart, postmart));
        }

        if (buy.VosoUrl is { } voso)
        {
            online.Add(new LinkView(buy.Words.Voso, voso));
        }

        return new ActionBarView(buy.TelUrl, buy.ZaloUrl, online, directions, T(callLabelKey)) { BuyLabel = buy.Words.Bar };
    }
}
