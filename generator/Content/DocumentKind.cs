using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>What reads one section's documents: <see cref="DocumentKind{TDocument, TText}"/> for every kind so far.</summary>
public interface IDocumentReader<TDocument>
{
    string Section { get; }

    IReadOnlyList<TDocument> LoadAll(IEnumerable<DocumentSource> sources, string defaultLanguage, DiagnosticBag diagnostics, ISet<string> unreadable, ISet<string> drafts, DocumentMemo? memo = null);
}

/// <summary>
/// How one kind of document (product, producer…) is read. A kind names which fields carry translatable text and
/// which are shared by every language, reads the text of one language file, and builds the document from the
/// original's shared fields plus every language's text. The loading, translation and error plumbing is shared.
/// </summary>
public abstract class DocumentKind<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TDocument, TText> : IDocumentReader<TDocument>
    where TText : class
{
    public abstract string Section { get; }

    /// <summary>Fields a translation may carry.</summary>
    public abstract IReadOnlySet<string> TextKeys { get; }

    /// <summary>Fields written once, in the original, and inherited by every translation.</summary>
    public abstract IReadOnlySet<string> SharedKeys { get; }

    /// <summary>
    /// Every kind may be a draft (<c>draft: true</c>): checked and previewed, never published by <c>build</c>
    /// (<see cref="Model.ContentSet.Drafts"/>). A draft may keep the <see cref="Placeholder"/> text of its scaffold.
    /// </summary>
    public const string DraftKey = "draft";

    /// <summary>
    /// Fields that belong to another document, each with the error that says where they belong instead of the generic
    /// "no such field" (a product's <c>stars:</c> comes from its certificate).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, DiagnosticDescriptor> MisplacedKeys { get; } = new Dictionary<string, DiagnosticDescriptor>();

    /// <summary>Reads one language's text; <paramref name="original"/> is null when reading the original itself.</summary>
    protected abstract TText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, TText? original);

    protected abstract TDocument? Read(FieldReader fields, DocumentSource source, Localized<TText> text);

    /// <summary>Reads every document of the section; the slugs of those that could not be read go to
    /// <paramref name="unreadable"/>, and of drafts to <paramref name="drafts"/>. With a <paramref name="memo"/>, a document
    /// whose files did not change since the memo's last build is taken from it.</summary>
    public IReadOnlyList<TDocument> LoadAll(IEnumerable<DocumentSource> sources, string defaultLanguage, DiagnosticBag diagnostics, ISet<string> unreadable, ISet<string> drafts, DocumentMemo? memo = null)
    {
        (TDocument? Document, bool Draft) Read(DocumentSource source)
            => memo is null ? Load(source, defaultLanguage, diagnostics) : memo.Load(source, diagnostics, own => Load(source, defaultLanguage, own));

        // Documents parse independently, on every core; the order of the folder is kept.
        var loaded = sources.AsParallel().AsOrdered().Select(source => (source, Loaded: Read(source))).ToList();
        foreach (var (source, (document, draft)) in loaded)
        {
            if (document is null)
            {
                unreadable.Add(source.Slug);
            }

            if (draft)
            {
                drafts.Add(source.Slug);
            }
        }

        return loaded.Select(l => l.Loaded.Document).OfType<TDocument>().ToList();
    }

    public (TDocument? Document, bool Draft) Load(DocumentSource source, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var document = FrontMatterDocument.Parse(source.Original, diagnostics);
        if (document.Fields is null)
        {
            return default;
        }

        var fields = FieldReader.For(document, diagnostics);
        RejectUnknown(fields);
        var draft = fields.Boolean(DraftKey) ?? false;
        if (draft)
        {
            diagnostics.Add(DiagnosticCatalogue.DraftNotPublished, fields.KeyAt(DraftKey));
        }
        else
        {
            ReportPlaceholders(document, diagnostics);
        }

        return (LoadChecked(source, defaultLanguage, diagnostics, document, fields, draft), draft);
    }

    private TDocument? LoadChecked(DocumentSource source, string defaultLanguage, DiagnosticBag diagnostics, FrontMatterDocument document, FieldReader fields, bool draft)
    {
        var originalText = ReadText(fields, BodyOf(document), source.Original.RelativePath, original: null);
        if (originalText is null)
        {
            return default;
        }

        var texts = ImmutableSortedDictionary.CreateBuilder<string, TText>(StringComparer.Ordinal);
        texts[defaultLanguage] = originalText;
        var bodies = new List<MarkdownBody> { BodyOf(document) };
        foreach (var (language, file) in source.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (ReadTranslation(file, source.Original.RelativePath, originalText, draft, diagnostics, bodies) is { } translated)
            {
                texts[language] = translated;
            }
        }

        source.UseMentionedFiles(bodies);
        return Read(fields, source, new Localized<TText>(defaultLanguage, texts.ToImmutable()));
    }

    private TText? ReadTranslation(SourceFile file, string originalPath, TText originalText, bool draft, DiagnosticBag diagnostics, List<MarkdownBody> bodies)
    {
        var document = FrontMatterDocument.Parse(file, diagnostics);
        if (document.Fields is null)
        {
            return null;
        }

        bodies.Add(BodyOf(document));
        var fields = FieldReader.For(document, diagnostics);
        foreach (var key in fields.Keys)
        {
            if (SharedKeys.Contains(key) || key == DraftKey)
            {
                diagnostics.Add(DiagnosticCatalogue.FieldNotTranslatable, fields.KeyAt(key), key, originalPath);
            }
        }

        RejectUnknown(fields);
        if (!draft)
        {
            ReportPlaceholders(document, diagnostics);
        }

        return ReadText(fields, BodyOf(document), file.RelativePath, originalText);
    }

    /// <summary>Every key a document of this kind may have (made once: every document is checked against it).</summary>
    private FrozenSet<string>? _allowedKeys;

    /// <summary>Unknown keys get the generic "no such field" with a suggestion; misplaced ones say where they belong.</summary>
    private void RejectUnknown(FieldReader fields)
    {
        foreach (var (key, descriptor) in MisplacedKeys)
        {
            if (fields.Has(key))
            {
                fields.Diagnostics.Add(descriptor, fields.KeyAt(key), key);
            }
        }

        fields.RejectUnknown(_allowedKeys ??= TextKeys.Union(SharedKeys).Union(MisplacedKeys.Keys).Append(DraftKey).ToFrozenSet(StringComparer.Ordinal));
    }

    protected static bool IsDraft(FieldReader fields) => fields.Boolean(DraftKey) ?? false;

    private static void ReportPlaceholders(FrontMatterDocument document, DiagnosticBag diagnostics)
    {
        foreach (var (at, text) in Placeholder.FindIn(document))
        {
            diagnostics.Add(DiagnosticCatalogue.PlaceholderText, at, text);
        }
    }

    /// <summary>
    /// The village, which must be one of <see cref="SiteConfig.Villages"/> when the site lists them (compared on NFC,
    /// the closest name suggested).
    /// </summary>
    protected static string? Village(FieldReader fields, SiteConfig site)
    {
        var village = fields.Text("village");
        if (village is null || site.Villages.Count == 0)
        {
            return village;
        }

        // site.yml's list is already NFC (SiteConfigReader).
        var normalized = village.Normalize(System.Text.NormalizationForm.FormC);
        if (!site.Villages.Contains(normalized, StringComparer.Ordinal))
        {
            fields.Diagnostics.AddWithSuggestion(DiagnosticCatalogue.UnknownVillage, fields.At("village"), ClosestMatch.Find(normalized, site.Villages), village);
        }

        return village;
    }

    private static MarkdownBody BodyOf(FrontMatterDocument document)
        => new(document.Body, document.Source.RelativePath, document.BodyFirstLine)
        {
            Origin = document.BodyStart < 0 ? null : new BodyOrigin(document.Source.FullPath, document.BodyStart),
        };

    protected static IReadOnlySet<string> Keys(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>A required text field: in a translation, a missing value falls back to the original's.</summary>
    protected static string? Required(FieldReader fields, string key, string what, string? fallback)
        => fallback is null ? fields.Text(key, required: true, what) : fields.Text(key) ?? fallback;

    protected static MarkdownBody BodyOr(MarkdownBody body, MarkdownBody? fallback)
        => body.IsEmpty && fallback is not null ? fallback : body;

    protected static IReadOnlyList<BundleFile> Photos(FieldReader fields, DocumentSource source)
        => fields.ChildList("photos", "file")
            .Select(photo => photo.Text("file", required: true, "tên tệp ảnh") is { } name
                ? source.ResolveFile(name, photo.At("file"), fields.Diagnostics) is { } file ? file with { Focus = FocalPointReader.Read(photo) } : null
                : null)
            .OfType<BundleFile>()
            .ToList();

    protected static IReadOnlyList<string> PhotoAlts(FieldReader fields, IReadOnlyList<string>? fallback)
    {
        if (fields.Has("photos"))
        {
            return fields.ChildList("photos", "file").Select(photo => photo.Text("alt") ?? "").ToList();
        }

        return fields.TextList("photo_alts") is { Count: > 0 } alts ? alts : fallback ?? [];
    }

    protected static Reference? ReferenceTo(FieldReader fields, string key, bool required = false, string what = "")
        => fields.Text(key, required, what) is { } slug ? new Reference(slug, fields.At(key)) : null;

    /// <summary>A <c>location: {lat, lon}</c> mapping: where a visitor is guided by the directions button.</summary>
    protected static Coordinates? ReadLocation(FieldReader? fields)
    {
        if (fields is null)
        {
            return null;
        }

        fields.RejectUnknown(Keys("lat", "lon"));
        var lat = fields.Decimal("lat", -90, 90, "20.2175");
        var lon = fields.Decimal("lon", -180, 180, "105.4672");
        return lat is null || lon is null ? null : new Coordinates(lat.Value, lon.Value);
    }

}
