using System.Runtime.CompilerServices;
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

namespace OcopShowcase.Kinds.Events;

/// <summary>
/// Fairs, festivals and market days: <c>content/su-kien/&lt;slug&gt;/index.md</c>, the list (what is to come, then
/// what has been, on the build date: <see cref="EventAgenda"/>), a page each (<c>event.html</c>), a calendar file
/// each and one of every event (<see cref="EventUrls"/>).
/// </summary>
public sealed class EventKind : ContentKind<Event>
{
    public const string SectionName = "su-kien";

    /// <summary>How many events to come the home page shows.</summary>
    public const int OnHomePage = 3;

    private readonly ConditionalWeakTable<SiteFacts, EventAgenda> _agendas = [];

    public override string Section => SectionName;

    public override string Name => "event";

    public override string? MenuKey => "nav.events";

    public override Scaffold? Scaffold { get; } = new() { Bundle = true };

    public override string Url(Language language, string slug) => EventUrls.Page(language, slug);

    public override IDocumentReader<Event> Reader(SiteConfig site, RatingRules rules) => new EventReader();

    public override string SourceIn(Event document, Language language) => document.Text.In(language.Code).SourcePath;

    /// <summary>The events on the build date, decided once per site (the list, the home page, products, listings and the calendar read it).</summary>
    /// <summary>Every event on the build date, made once per build (what a page reads of it, the agenda records).</summary>
    public EventAgenda AgendaOf(SiteFacts site) => _agendas.GetValue(site, facts => EventAgenda.On(facts.Today, facts.Unrecorded.Of(this)));

    protected override IEnumerable<Event> InPageOrder(SiteFacts site) => AgendaOf(site).All;

    protected override IEnumerable<SitePage> ListPages(SiteFacts site, Language language)
        => [new SitePage(PageKey.List(Name, "events"), language, EventUrls.List(language), new ListSubject(this, Paging.Single), null)];

    /// <summary>The events' views in a page's language, for any page that shows events (cards, sections).</summary>
    public EventViewBuilder Views(PageContext page) => new(page.Strings, page.Language, page.Site.Today);

    protected override PageParts View(Event e, PageContext page)
    {
        var (site, cards, language) = (page.Site, page.Cards, page.Language);
        var text = e.Text.In(language.Code);
        var products = e.Products.Select(site.FindProduct).OfType<Product>().Select(cards.Product).ToList();
        var listings = e.Listings.Select(site.FindListing).OfType<TourismListing>().Select(cards.Tourism).ToList();
        var model = Views(page).Page(e, page.Body(text.Body, text.Summary), Organiser(e, site, language, rooted => rooted), products, listings);
        return new PageParts
        {
            Layout = "event",
            Title = text.Name,
            Description = text.Summary,
            Section = "events",
            Crumbs = page.Crumbs(new LinkView(page.T("event.title"), EventUrls.List(language))),
            Model = model,
            Untranslated = !e.Text.IsTranslatedInto(language.Code),
        };
    }

    protected override PageParts ListView(ListSubject list, PageContext page) => new()
    {
        Layout = "events",
        Title = page.T("event.title"),
        Description = page.T("event.intro"),
        Section = "events",
        Crumbs = page.Crumbs(),
        Model = Views(page).List(AgendaOf(page.Site.Facts), page.Site.Urls.Absolute(EventUrls.AllEventsCalendar(page.Language))),
    };

    /// <summary>The organiser in a language: a producer of the site with its page (made absolute or not by <paramref name="address"/>), or a name as written.</summary>
    private static EventOrganiserLink? Organiser(Event e, SiteModel site, Language language, Func<string, string> address) => e.Organiser switch
    {
        EventOrganiser.Producer { Slug: var reference } => site.FindProducer(reference) is { } producer
            ? new EventOrganiserLink(producer.Text.In(language.Code).Name, address(SiteUrls.Producer(language, producer.Slug)))
            : null,
        EventOrganiser.Named { Name: var name } => new EventOrganiserLink(name, null),
        _ => null,
    };

    protected override JsonNode? StructuredData(Event e, LinkedDataPage page)
    {
        var (site, ld, language) = (page.Site, page.Ld, page.Language);
        return EventStructuredData.For(e, new EventLinks
        {
            Language = language.Code,
            PageUrl = ld.Absolute(Url(language, e.Slug)),
            Images = ld.Images(e.Photos).Select(i => i!.GetValue<string>()).ToList(),
            Organiser = Organiser(e, site, language, ld.Absolute),
            Locality = site.Site.Commune,
            Region = site.Site.Province,
        });
    }

    /// <summary>An event's file says nothing of when it last changed.</summary>
    protected override DateOnly? LastModified(Event e, SiteFacts site) => null;

    protected override DateOnly? ListLastModified(ListSubject list, SiteFacts site) => null;

    protected override SearchDocument? Search(Event e, SearchContext search)
    {
        var text = e.Text.In(search.Language.Code);
        var organiser = Organiser(e, search.Site, search.Language, rooted => rooted)?.Name;
        return new SearchDocument(text.Name, search.Url(Url(search.Language, e.Slug)), Name, search.T("event.title"), null, search.Thumbnail(e.Photos), text.Summary,
            null, organiser, [text.PlaceName], BodyText.ForSearch(text.Body));
    }

    /// <summary>How long before its first day an event is announced in the feed.</summary>
    public const int AnnouncedDaysAhead = 30;

    /// <summary>
    /// An event is announced <see cref="AnnouncedDaysAhead"/> days before its first day, dated then: a fixed date, so a
    /// feed reader sees it once, ahead of the event. The feed leaves out what is dated after the build's date
    /// (<see cref="Assets.Discovery.AtomFeedWriter"/>), so no entry is dated in the future.
    /// </summary>
    protected override FeedEntry? FeedEntry(Event e, Language language, UiStrings strings) => new()
    {
        Date = e.When.FirstDay.AddDays(-AnnouncedDaysAhead),
        Page = KeyOf(e),
        Title = e.Text.In(language.Code).Name,
        Summary = e.Text.In(language.Code).Summary,
        Url = Url(language, e.Slug),
        Category = strings.Get(language.Code, "event.title"),
    };

    /// <summary>A shared event says when it is, above its name.</summary>
    protected override SocialCard? ShareCard(Event e, ShareCardContext cards)
        => new(cards.OutputPath(this, e.Slug), e.Text.In(cards.Language.Code).Name, new EventTimeText(cards.Strings, cards.Language).Of(e.When),
            null, null, cards.Place, cards.SiteTitle, cards.PhotoOf(e.Photos), cards.FocusOf(e.Photos));

    /// <summary>Events pass; posters are printed for what stays (products and tourism listings).</summary>
    protected override Poster? Poster(Event e, PosterContext posters) => null;

    /// <summary>Its organiser, products and listings must be published documents (OCOP126, OCOP127, OCOP129); a draft event may name drafts.</summary>
    public override void CheckReferences(ContentSet content, DiagnosticBag diagnostics)
    {
        var drafts = content.Drafts.Documents.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        var unreadable = content.UnreadableDocuments.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, IReadOnlySet<string>> Slugs(bool withDrafts) => new Dictionary<string, IReadOnlySet<string>>
        {
            [SiteUrls.Producers] = content.Producers.Select(p => p.Slug).Where(slug => withDrafts || !content.Drafts.Contains(SiteUrls.Producers, slug)).ToHashSet(StringComparer.Ordinal),
            [SiteUrls.Products] = content.Products.Select(p => p.Slug).Where(slug => withDrafts || !content.Drafts.Contains(SiteUrls.Products, slug)).ToHashSet(StringComparer.Ordinal),
            [SiteUrls.Tourism] = content.Tourism.Select(l => l.Slug).Where(slug => withDrafts || !content.Drafts.Contains(SiteUrls.Tourism, slug)).ToHashSet(StringComparer.Ordinal),
        };
        var published = Slugs(withDrafts: false);
        var all = Slugs(withDrafts: true);
        foreach (var e in content.Of(this))
        {
            var draft = content.Drafts.Contains(Section, e.Slug);
            EventReferences.Check(e, draft ? all : published, draft ? new HashSet<string>() : drafts, unreadable, diagnostics);
        }
    }

    /// <summary>The event pages' own view records (<c>EventViews.cs</c>).</summary>
    public override System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? ViewMetadata => EventViewJson.Default;

    /// <summary>Each event's calendar file and the calendar of every event phones subscribe to, in every language, and the events' open data.</summary>
    public override IEnumerable<OutputFile> Files(SiteModel site, UiStrings strings)
    {
        var agenda = AgendaOf(site.Facts);
        var stamp = EventCalendar.StampOf(site.Today);
        foreach (var language in site.Languages)
        {
            CalendarEntry Entry(Event e) => CalendarEntry.Of(e, language.Code, site.Urls.Absolute(Url(language, e.Slug)), site.Urls.BaseUrl);
            var name = $"{strings.Get(language.Code, "event.title")} – {site.Site.Text.In(language.Code).Title}";
            foreach (var e in agenda.All)
            {
                var calendar = new EventCalendar { Name = e.Text.In(language.Code).Name, Stamp = stamp, Subscribable = false, Entries = [Entry(e)] };
                yield return OutputFile.FromText(SiteUrls.OutputPath(EventUrls.Calendar(language, e.Slug)), IcsWriter.Write(calendar));
            }

            var all = new EventCalendar { Name = name, Stamp = stamp, Subscribable = true, Entries = agenda.All.Select(Entry).ToList() };
            yield return OutputFile.FromText(SiteUrls.OutputPath(EventUrls.AllEventsCalendar(language)), IcsWriter.Write(all));
        }

        yield return EventOpenData.Write(site, agenda);
    }
}
