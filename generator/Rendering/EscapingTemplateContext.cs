using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OcopShowcase.Rendering;

/// <summary>
/// A Scriban context that escapes by default: every <c>{{ value }}</c> is HTML-encoded (quotes included, so values are
/// safe in attributes too) unless the value is a <see cref="RawHtml"/>, which only C# code can make.
/// It also carries what the theme's <c>url</c> and <c>picture</c> functions need for the page being rendered.
/// </summary>
public sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>The addresses of the build whose page is being rendered.</summary>
    public SiteLinks Links { get; set; } = null!;

    /// <summary>The page's language.</summary>
    public string PageLanguage { get; set; } = "";

    /// <summary>The partials this build has rendered (null: each is evaluated every time).</summary>
    public PartialMemo? Memo { get; set; }

    /// <summary>Site-rooted addresses written with <c>url</c> that lead to no published file.</summary>
    public List<TemplateLink> BrokenLinks { get; private set; } = [];

    /// <summary>Every site-rooted address written with <c>url</c> (without query or fragment), each once.</summary>
    public HashSet<string> Linked { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Collects the addresses written from here on apart from the page's (a partial being remembered), until
    /// <see cref="EndCapture"/> adds them to the page's and returns them.
    /// </summary>
    public (HashSet<string> Linked, List<TemplateLink> Broken) BeginCapture()
    {
        var page = (Linked, BrokenLinks);
        Linked = new HashSet<string>(StringComparer.Ordinal);
        BrokenLinks = [];
        return page;
    }

    public (IReadOnlyList<string> Linked, IReadOnlyList<TemplateLink> Broken) EndCapture((HashSet<string> Linked, List<TemplateLink> Broken) page)
    {
        var captured = (Linked: Linked.ToArray(), Broken: BrokenLinks.ToArray());
        page.Linked.UnionWith(captured.Linked);
        page.Broken.AddRange(captured.Broken);
        (Linked, BrokenLinks) = page;
        return captured;
    }

    /// <summary>
    /// How to read the members of each type a template meets, found once per build rather than once per page (Scriban
    /// keeps them per context, and a context is reset for every page): <see cref="ViewAccessor"/> for the views,
    /// Scriban's own for lists, dictionaries, script objects and text. Every one of them depends on the type alone.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!Accessors.TryGetValue(type, out var accessor) && (ViewAccessor.For(type) ?? base.GetMemberAccessorImpl(target)) is { } made)
        {
            accessor = Accessors.GetOrAdd(type, made);
        }

        return accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
        => ValueTask.FromResult(Write(span, textAsObject));
}
