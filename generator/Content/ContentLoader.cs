using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;
using OcopShowcase.Kinds.Certificates;
using OcopShowcase.Kinds.Products;

namespace OcopShowcase.Content;

/// <summary>The Content stage's entry point: reads the content folder into a typed <see cref="ContentSet"/>, every kind of
/// <see cref="ContentKinds"/> in turn, collecting every error.</summary>
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

        var loader = new SectionLoader(new SectionScanner(contentRoot, site.Languages, diagnostics), site, rules, diagnostics);
        var documents = ContentKinds.All.ToDictionary(kind => kind, kind => kind.Load(loader));
        var certificates = (IReadOnlyList<Certificate>)documents[ContentKinds.Get<CertificateKind>()];
        var products = (IReadOnlyList<Product>)documents[ContentKinds.Get<ProductKind>()];
        var glossary = Glossaries.GlossaryReader.Read(contentRoot, site, Glossaries.TranslatableValues.Of(rules, certificates, products), diagnostics);
        return new ContentSet
        {
            Site = site,
            Rules = rules,
            Documents = documents,
            Files = loader.Files.OrderBy(f => f.ContentPath, StringComparer.Ordinal).ToList(),
            UnreadableDocuments = loader.Unreadable,
            Drafts = new Drafts(loader.Drafts, loader.DraftFiles, loader.DraftSources),
            Glossary = glossary,
            Fingerprints = loader.Fingerprints,
            SharedFingerprint = SharedFingerprintOf(contentRoot),
        };
    }

    /// <summary>The files at the top of the content folder (settings, rating rules, glossaries), by name and text.</summary>
    private static string SharedFingerprintOf(string contentRoot)
        => Output.Fingerprint.Of(Directory.EnumerateFiles(contentRoot).Order(StringComparer.Ordinal)
            .SelectMany(path => new[] { Path.GetFileName(path), Output.Fingerprint.Of(File.ReadAllBytes(path)) }));
}
