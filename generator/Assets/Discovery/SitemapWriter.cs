using System.Globalization;
using System.Text;
using System.Xml;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>
/// <c>sitemap.xml</c>: every public page once, with its hreflang alternates and a lastmod from the content. Above the
/// protocol's 50,000 URLs per file it becomes a sitemap index over numbered files, as the protocol requires. The build
/// makes the files from the entries' key (<see cref="AddKey"/>) only when it changed: a national catalogue's
/// sitemaps are 30 MB, and an edited price leaves them as they were. Entries hold the site's own rooted addresses,
/// made absolute only when written: the absolute addresses of 85,000 entries and their alternates were made in every
/// build only to find the key unchanged (an edit build at 20,000 products allocates about 40 MiB less without them).
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>One page's rooted address ("/san-pham/che-lam/"), lastmod and hreflang alternates (language, rooted address).</summary>
    public sealed record Entry(string Url, DateOnly? LastModified, IReadOnlyList<(string Language, string Url)> Alternates);

    /// <summary>The entries of every public page, in page order: what the sitemap files are made from.</summary>
    public static IReadOnlyList<Entry> Plan(SiteModel site)
        => PublicPages.Of(site).Select(page => new Entry(
            page.Url,
            PublicPages.LastModified(site, page),
            site.Translations(page).Select(t => (t.Language.Code, t.Url)).ToArray())).ToList();

    /// <summary>Adds what the files of <paramref name="entries"/> under <paramref name="urls"/> write to a key: equal keys make equal sitemaps.</summary>
    public static void AddKey(IReadOnlyList<Entry> entries, SiteUrls urls, FingerprintBuilder hash)
    {
        hash.Add(urls.Absolute("/"));
        Span<byte> date = stackalloc byte[10];
        foreach (var entry in entries)
        {
            hash.Add(entry.Url);
            hash.Add(entry.LastModified is { } day && day.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? date[..written] : []);
            foreach (var (language, url) in entry.Alternates)
            {
                hash.Add(language).Add(url);
            }

            // Each entry ends in the key: the strings of two entries never hash as those of one.
            hash.Add("\n");
        }
    }

    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<Entry> entries, SiteUrls urls, int maxPerFile = MaxUrlsPerFile)
    {
        if (entries.Count <= maxPerFile)
        {
            return [OutputFile.FromBytes("sitemap.xml", UrlSet(entries, urls))];
        }

        var files = new List<OutputFile>();
        var chunks = entries.Chunk(maxPerFile).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            files.Add(OutputFile.FromBytes($"sitemap-{i + 1}.xml", UrlSet(chunks[i], urls)));
        }

        files.Add(OutputFile.FromBytes("sitemap.xml", Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            for (var i = 0; i < chunks.Count; i++)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, urls.Absolute($"/sitemap-{i + 1}.xml"));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        })));
        return files;
    }

    /// <summary>
    /// One <c>urlset</c> file. An address is written as the site's absolute prefix and its rooted path, one after the
    /// other (the same text, without a string joining them for each of 85,000 entries and their alternates), and a
    /// day's text is made once per day; the buffer is sized for the file (<see cref="LengthOf"/>) instead of doubling
    /// up to it (a national catalogue's sitemaps allocated 160 MiB for 28 MiB of XML).
    /// </summary>
    private static byte[] UrlSet(IReadOnlyList<Entry> entries, SiteUrls urls) => Xml(LengthOf(entries, urls), writer =>
    {
        var prefix = urls.AbsolutePrefix;
        var days = new Dictionary<DateOnly, string>();
        writer.WriteStartElement("urlset", Namespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteStartElement("loc", Namespace);
            writer.WriteString(prefix);
            writer.WriteString(entry.Url);
            writer.WriteEndElement();
            if (entry.LastModified is { } date)
            {
                if (!days.TryGetValue(date, out var day))
                {
                    days[date] = day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                writer.WriteElementString("lastmod", Namespace, day);
            }

            if (entry.Alternates.Count > 1)
            {
                foreach (var (language, url) in entry.Alternates)
                {
                    writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", language);
                    writer.WriteStartAttribute("href");
                    writer.WriteString(prefix);
                    writer.WriteString(url);
                    writer.WriteEndAttribute();
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>About the length of the <c>urlset</c> of <paramref name="entries"/>, a little over: its addresses and the markup around them.</summary>
    private static int LengthOf(IReadOnlyList<Entry> entries, SiteUrls urls)
    {
        const int PerEntry = 80, PerAlternate = 64;
        long length = 512;
        foreach (var entry in entries)
        {
            length += PerEntry + urls.AbsolutePrefix.Length + entry.Url.Length;
            if (entry.Alternates.Count > 1)
            {
                foreach (var (language, url) in entry.Alternates)
                {
                    length += PerAlternate + language.Length + urls.AbsolutePrefix.Length + url.Length;
                }
            }
        }

        return (int)Math.Min(length, Array.MaxLength);
    }

    private static byte[] Xml(Action<XmlWriter> body) => Xml(1024, body);

    private static byte[] Xml(int capacity, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream(capacity);
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
