using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>One Atom feed per language (<c>/feed.xml</c>, <c>/en/feed.xml</c>): news and newly added products, newest first.</summary>
public static class AtomFeedWriter
{
    private const int MaxEntries = 50;

    public static string Url(Language language) => language.PathPrefix + "/feed.xml";

    public static IReadOnlyList<OutputFile> Write(SiteModel site, Func<string, string, string> strings)
        => site.Languages.Select(language => Write(site, language, strings)).ToList();

    private static OutputFile Write(SiteModel site, Language language, Func<string, string, string> strings)
    {
        var text = site.Site.Text.In(language.Code);
        var items = site.Content.News
            .Select(n => (Date: n.Date, Id: $"news/{n.Slug}", Title: n.Text.In(language.Code).Title, Summary: n.Text.In(language.Code).Summary, Url: SiteUrls.NewsPost(language, n.Slug), Category: strings(language.Code, "news.title")))
            .Concat(site.Content.Products.Where(p => p.Added is not null)
                .Select(p => (Date: p.Added!.Value, Id: $"product/{p.Slug}", Title: p.Text.In(language.Code).Name, Summary: p.Text.In(language.Code).Summary, Url: SiteUrls.Product(language, p.Slug), Category: strings(language.Code, "catalogue.title"))))
            .OrderByDescending(i => i.Date)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();

        var updated = items.Count > 0 ? Time(items.Max(i => i.Date)) : Time(site.Today);
        var feed = new SyndicationFeed(text.Title, text.Description, new Uri(site.Urls.Absolute(SiteUrls.Home(language))), site.Urls.Absolute(Url(language)), updated)
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
        feed.Links.Add(new SyndicationLink(new Uri(site.Urls.Absolute(Url(language))), "self", null, "application/atom+xml", 0));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return OutputFile.FromBytes(Url(language).TrimStart('/'), stream.ToArray());
    }

    private static DateTimeOffset Time(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
}
