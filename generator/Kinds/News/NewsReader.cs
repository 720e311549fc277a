using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Site;

namespace OcopShowcase.Kinds.News;

/// <summary>Reads <c>content/tin-tuc/&lt;slug&gt;.md</c> or a bundle with its photo.</summary>
public sealed class NewsReader : DocumentKind<NewsPost, NewsText>
{
    public override string Section => SiteUrls.News;

    public override IReadOnlySet<string> TextKeys { get; } = Keys("title", "summary", "photo_alt");

    public override IReadOnlySet<string> SharedKeys { get; } = Keys("date", "photo");

    protected override NewsText? ReadText(FieldReader fields, MarkdownBody body, string sourcePath, NewsText? original)
    {
        var title = Required(fields, "title", "tiêu đề", original?.Title);
        var summary = Required(fields, "summary", "tóm tắt một hai câu", original?.Summary);
        return title is null || summary is null ? null : new NewsText(title, summary, fields.Text("photo_alt") ?? original?.PhotoAlt, BodyOr(body, original?.Body), sourcePath);
    }

    protected override NewsPost? Read(FieldReader fields, DocumentSource source, Localized<NewsText> text)
    {
        var date = fields.Date("date", required: true, "ngày đăng");
        var photo = fields.Text("photo") is { } name ? source.ResolveFile(name, fields.At("photo"), fields.Diagnostics) : null;
        return date is null ? null : new NewsPost(source.Slug, source.Original.RelativePath, date.Value, photo, text);
    }
}
