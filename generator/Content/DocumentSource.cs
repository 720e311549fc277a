using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// One document as found on disk: its slug, its Vietnamese original, its translations and, for a page bundle,
/// the files beside it (Hugo's page-bundle convention: a product's photos live in the product's folder).
/// </summary>
public sealed record DocumentSource(
    string Section,
    string Slug,
    SourceFile Original,
    IReadOnlyDictionary<string, SourceFile> Translations,
    string? BundleFolder,
    IReadOnlyList<ContentFile> BundleFiles)
{
    /// <summary>Resolves a file name written in front matter to a file of this bundle, reporting why when it cannot.</summary>
    public BundleFile? ResolveFile(string name, SourceSpan at, DiagnosticBag diagnostics)
    {
        var normalized = SourceFile.Normalize(name).Trim();
        if (normalized.Contains("..", StringComparison.Ordinal) || normalized.StartsWith('/') || normalized.Contains('\\') || normalized.Contains(':'))
        {
            diagnostics.Add(DiagnosticCatalogue.PathOutsideBundle, at, name);
            return null;
        }

        var prefix = BundleFolder is null ? Original.Folder : BundleFolder;
        var contentPath = string.IsNullOrEmpty(prefix) ? normalized : prefix + "/" + normalized;
        if (BundleFolder is null || BundleFiles.All(f => f.ContentPath != contentPath))
        {
            var names = BundleFiles.Select(f => f.ContentPath[(prefix.Length + 1)..]);
            diagnostics.AddWithSuggestion(DiagnosticCatalogue.FileNotFound, at, ClosestMatch.Find(normalized, names), name);
            return null;
        }

        return new BundleFile(normalized, contentPath, at);
    }
}
