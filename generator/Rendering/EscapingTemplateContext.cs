using System.Net;
using Scriban;
using Scriban.Parsing;

namespace OcopShowcase.Rendering;

/// <summary>
/// A Scriban context that escapes by default: every <c>{{ value }}</c> is HTML-encoded (quotes included, so values are
/// safe in attributes too) unless the value is a <see cref="RawHtml"/>, which only C# code can make.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
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
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
        => ValueTask.FromResult(Write(span, textAsObject));
}
