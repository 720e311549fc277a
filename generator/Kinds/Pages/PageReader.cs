using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.Pages;

/// <summary>Reads <c>content/trang/&lt;slug&gt;.md</c>: plain pages published at the site root.</summary>
public sealed class PageReader : DocumentKind<StaticPage, PageText>
{
    public override string Section => SiteUrls.Pages;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("title", "summary");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("menu_order", "in_menu");

    protected override PageText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, PageText? original)
    {
        var title = Required(fields, "title", "tiêu đề trang", original?.Title);
        var summary = Required(fields, "summary", "mô tả ngắn", original?.Summary);
        return title is null || summary is null ? null : new PageText(title, summary, BodyOr(body, original?.Body), sourcePath);
    }

    protected override StaticPage? Read(FieldReader fields, DocumentSource source, Localized<PageText> text)
        => new(source.Slug, source.Original.RelativePath, fields.Integer("menu_order", 0, 1000, "10") ?? 100, fields.Boolean("in_menu") ?? false, text);
}
