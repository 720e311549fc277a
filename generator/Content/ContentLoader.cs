using OcopShowcase.Content.Kinds;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>The Content stage's entry point: reads the content folder into a typed <see cref="ContentSet"/>, collecting every error.</summary>
public static class ContentLoader
{
    public static ContentSet? Load(string contentRoot, Uri? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var site = SiteConfigReader.ReadSite(contentRoot, baseUrlOverride, diagnostics);
        var rules = SiteConfigReader.ReadRules(contentRoot, diagnostics);
        if (site is null || rules is null)
        {
            return null;
        }

        var scanner = new SectionScanner(contentRoot, site.Languages, diagnostics);
        var language = site.DefaultLanguage;
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        var draftFiles = new HashSet<string>(StringComparer.Ordinal);
        var draftSources = new HashSet<string>(StringComparer.Ordinal);

        IReadOnlyList<T> LoadSection<T, TText>(DocumentKind<T, TText> kind, List<ContentFile> files)
            where TText : class
        {
            var sources = scanner.Scan(kind.Section);
            var documents = kind.LoadAll(sources, language, diagnostics, unreadable, drafts);
            // Only what a page uses is published; every other file of its bundle stays in the content folder.
            files.AddRange(sources.SelectMany(s => s.UsedFiles));
            var draftDocuments = sources.Where(s => drafts.Contains($"{kind.Section}/{s.Slug}")).ToList();
            draftFiles.UnionWith(draftDocuments.SelectMany(s => s.UsedFiles).Select(f => f.ContentPath));
            draftSources.UnionWith(draftDocuments.SelectMany(s => s.Translations.Values.Append(s.Original)).Select(f => f.RelativePath));
            return documents;
        }

        var files = new List<ContentFile>();
        var products = LoadSection(new ProductKind(site), files);
        var producers = LoadSection(new ProducerKind(site), files);
        var certificates = LoadSection(new CertificateKind(rules), files);
        var tourism = LoadSection(new TourismListingKind(site), files);
        var news = LoadSection(new NewsKind(), files);
        var pages = LoadSection(new PageKind(), files);

        var glossary = Glossaries.GlossaryReader.Read(contentRoot, site, Glossaries.TranslatableValues.Of(rules, certificates, products), diagnostics);
        return new ContentSet(site, rules, products, producers, certificates, tourism, news, pages,
            files.OrderBy(f => f.ContentPath, StringComparer.Ordinal).ToList(), unreadable, new Drafts(drafts, draftFiles, draftSources), glossary);
    }
}
