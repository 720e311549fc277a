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
    /// <param name="memo">The documents a previous build of this process read (<c>serve</c>), taken again when their files did not change.</param>
    /// <param name="listing">The folders this build has read already (<see cref="FolderListing"/>).</param>
    /// <param name="sections">What a previous build of this process found in each section (<c>serve</c>), taken again when its folders did not change.</param>
    public static ContentSet? Load(string contentRoot, Uri? baseUrlOverride, DiagnosticBag diagnostics, DocumentMemo? memo = null, FolderListing? listing = null, SectionMemo? sections = null)
    {
        // Taken before the files are read: one saved while the build reads them makes the next build's key differ.
        var shared = SharedFingerprintOf(contentRoot);
        memo?.Begin(shared);
        var site = SiteConfigReader.ReadSite(contentRoot, baseUrlOverride, diagnostics);
        var rules = SiteConfigReader.ReadRules(contentRoot, diagnostics);
        if (site is null || rules is null)
        {
            return null;
        }

        sections?.Begin(Path.GetFullPath(contentRoot), site.Languages);
        var loader = new SectionLoader(new SectionScanner(contentRoot, site.Languages, diagnostics, memo, listing, sections), site, rules, diagnostics, memo);
        var documents = ContentKinds.All.ToDictionary(kind => kind, kind => kind.Load(loader));
        var certificates = (IReadOnlyList<Certificate>)documents[ContentKinds.Get<CertificateKind>()];
        var products = (IReadOnlyList<Product>)documents[ContentKinds.Get<ProductKind>()];
        var glossary = Glossaries.GlossaryReader.Read(contentRoot, site, Glossaries.TranslatableValues.Of(rules, certificates, products), diagnostics);
        memo?.End();
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
            SharedFingerprint = shared,
        };
    }

    /// <summary>The files at the top of the content folder that the settings, rating rules and glossaries are read from, by name and bytes.</summary>
    private static string SharedFingerprintOf(string contentRoot)
        => Output.Fingerprint.Of(Directory.EnumerateFiles(contentRoot, "*.yml").Select(Path.GetFileName).OfType<string>()
            .Where(name => name.StartsWith("site", StringComparison.Ordinal) || name == SiteConfigReader.RulesFile || name.StartsWith("glossary.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => new[] { name, Output.Fingerprint.Of(File.ReadAllBytes(Path.Combine(contentRoot, name))) }));
}
