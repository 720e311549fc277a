using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using OcopShowcase.Kinds;
using OcopShowcase.Output;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>One Atom feed per language (<c>/feed.xml</c>, <c>/en/feed.xml</c>): what each kind announces
/// (<see cref="ContentKind.Feed"/>: news, newly added products, events ahead), newest first; nothing dated after the build's date.</summary>
public static class AtomFeedWriter
{
    private const int MaxEntries = 50;

    public static IReadOnlyList<OutputFile> Write(SiteModel site, UiStrings strings)
        => site.Languages.Select(language => Write(site, language, strings)).ToList();

    private static OutputFile Write(SiteModel site, Language language, UiStrings strings)
    {
        var text = site.Site.Text.In(language.Code);
        var items = ContentKinds.All
            .SelectMany(kind => kind.Feed(site, language, strings))
            .Where(i => i.Date <= site.Today) // RFC 4287: an entry's "updated" is not in the future.
            .OrderByDescending(i => i.Date)
            .ThenBy(i => i.Page.ToString(), StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();

        var updated = items.Count > 0 ? Time(items.Max(i => i.Date)) : Time(site.Today);
        var feed = new SyndicationFeed(text.Title, text.Description, new Uri(site.Urls.Absolute(SiteUrls.Home(language))), site.Urls.Absolute(SiteUrls.Feed(language)), updated)
        {
            Language = language.Code,
            Items = items.Select(i =>
            {
                var url = new Uri(site.Urls.Absolute(i.Url));
                var item = new SyndicationItem(i.Title, i.Summary, url, url.AbsoluteUri, Time(i.Date)) { PublishDate = Time(i.Date) };
                item.Categories.Add(new SyndicationCategory(i.Category));
                return item;
            }).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Site.Commune });
        feed.Links.Add(new SyndicationLink(new Uri(site.Urls.Absolute(SiteUrls.Feed(language))), "self", null, "application/atom+xml", 0));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return OutputFile.FromBytes(SiteUrls.OutputPath(SiteUrls.Feed(language)), stream.ToArray());
    }

    private static DateTimeOffset Time(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
}

/// <summary>One entry of a feed: a document a kind announces, on the date it says.</summary>
public sealed record FeedEntry
{
    public required DateOnly Date { get; init; }

    /// <summary>The page the entry leads to; also what orders entries of one date.</summary>
    public required PageKey Page { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    /// <summary>Site-rooted.</summary>
    public required string Url { get; init; }

    public required string Category { get; init; }
}
