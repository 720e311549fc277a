using System.Globalization;
using System.Text.Json.Nodes;
using OcopShowcase.Assets.Discovery;
using OcopShowcase.Assets.Posters;
using OcopShowcase.Assets.Search;
using OcopShowcase.Assets.SocialCards;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Producers;

/// <summary>Producers (chủ thể OCOP): <c>content/chu-the/&lt;slug&gt;.md</c>, their list and a page each (<c>producer.html</c>).</summary>
public sealed class ProducerKind : ContentKind<Producer>
{
    public override string Section => SiteUrls.Producers;

    public override string Name => "producer";

    public override string? MenuKey => "nav.producers";

    public override Scaffold? Scaffold { get; } = new() { Bundle = false };

    public override string Url(Language language, string slug) => SiteUrls.Producer(language, slug);

    public override IDocumentReader<Producer> Reader(SiteConfig site, RatingRules rules) => new ProducerReader(site);

    public override string SourceIn(Producer document, Language language) => document.Text.In(language.Code).SourcePath;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
        => Paging.Pages(PageKey.List(Name, "producers"), language, SiteUrls.ProducerList(language), site.Content.Producers.Count, Paging.RowsPerPage, paging => new ListSubject(this, paging));

    protected override PageParts View(Producer producer, PageContext page)
    {
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var text = producer.Text.In(language.Code);
        var card = cards.Producer(producer);
        var details = new List<DetailRow> { new(page.T("producer.legal_form"), card.LegalFormName) };
        PageContext.AddIf(details, page.T("producer.representative"), producer.Representative);
        PageContext.AddIf(details, page.T("producer.village"), producer.Village);
        PageContext.AddIf(details, page.T("producer.address"), producer.Contact.Address);
        PageContext.AddIf(details, page.T("producer.registration"), producer.RegistrationNumber);
        PageContext.AddIf(details, page.T("producer.founded"), producer.FoundedYear?.ToString(CultureInfo.InvariantCulture));
        if (producer.Contact.Email is { } email)
        {
            details.Add(new(page.T("producer.email"), email, "mailto:" + email));
        }

        if (producer.Contact.Facebook is { } facebook)
        {
            details.Add(new(page.T("producer.facebook"), facebook.Host + facebook.AbsolutePath.TrimEnd('/'), facebook.AbsoluteUri));
        }

        var contact = cards.ContactBox(producer.Contact, "producer.call");
        var directions = CardBuilder.Directions(producer.Location);
        var model = new ProducerPageModel(card, page.Body(text.Body, text.Summary), details,
            site.ProductsOf(producer).Select(cards.Product).ToList(),
            site.TourismOf(producer).Select(cards.Tourism).ToList(),
            contact,
            directions,
            cards.Actions(contact, directions, "action.call"));
        return new PageParts
        {
            Layout = "producer",
            Title = text.Name,
            Description = text.Summary,
            Section = "producers",
            Crumbs = page.Crumbs(new LinkView(page.T("producers.title"), SiteUrls.ProducerList(language))),
            Model = model,
            Untranslated = !producer.Text.IsTranslatedInto(language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page)
    {
        var cards = page.Cards;
        return new PageParts
        {
            Layout = "producer-list",
            Title = page.Paged(page.T("producers.title"), list.Paging),
            Description = page.T("producers.intro"),
            Section = "producers",
            Crumbs = page.Crumbs(),
            Model = new ProducerListModel(list.Paging.Slice(page.Site.Facts.Producers, Paging.RowsPerPage).Select(cards.Producer).ToList(), page.Pagination(list.Paging, SiteUrls.ProducerList(page.Language))),
        };
    }

    protected override JsonNode? StructuredData(Producer producer, LinkedDataPage page)
    {
        var (ld, language) = (page.Ld, page.Language);
        var node = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = producer.Text.In(language.Code).Name,
            ["description"] = page.Description,
            ["url"] = ld.Absolute(Url(language, producer.Slug)),
            ["address"] = ld.Address(producer.Contact.Address),
        };
        if (producer.Contact.Phone is { } phone)
        {
            node["telephone"] = phone.E164;
        }

        if (producer.Contact.Email is { } email)
        {
            node["email"] = email;
        }

        if (producer.Contact.Facebook is { } facebook)
        {
            node["sameAs"] = new JsonArray(facebook.AbsoluteUri);
        }

        return node;
    }

    /// <summary>A producer's file says nothing of when it changed.</summary>
    protected override DateOnly? LastModified(Producer producer, SiteFacts site) => null;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => null;

    protected override SearchDocument? Search(Producer producer, SearchContext search)
    {
        var text = producer.Text.In(search.Language.Code);
        return new SearchDocument(text.Name, search.Url(Url(search.Language, producer.Slug)), Name, search.T("legal_form." + producer.LegalForm.ToString().ToLowerInvariant()),
            null, search.Thumbnail(producer.Photos), text.Summary, producer.Village, null, [], BodyText.ForSearch(text.Body)) { Rank = 1 };
    }

    protected override FeedEntry? FeedEntry(Producer producer, Language language, UiStrings strings) => null;

    /// <summary>A producer's page shares the site's card.</summary>
    protected override SocialCard? ShareCard(Producer producer, ShareCardContext cards) => null;

    /// <summary>Producers get no poster: their page is reached from their products.</summary>
    protected override Poster? Poster(Producer producer, PosterContext posters) => null;

    /// <summary>A producer names no other document.</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
    }

    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => null;

    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings) => [];
}
