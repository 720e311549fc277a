using System.Net;
using System.Text;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>One error as the preview shows it: the file as staff find it in the repository, where in it, and what.</summary>
public sealed record PreviewError
{
    /// <summary>"content/san-pham/che-lam/index.md"; null for a failure that belongs to no file.</summary>
    public required string? File { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }
}

/// <summary>
/// The box the preview server puts at the top of every page while the last save did not build: which file, which
/// line, what went wrong, in the editor's language, over the last good version of the page. Sized in the page's own
/// units so it reads on a phone (390 px) as on a desktop; long paths wrap. Preview only; never published.
/// </summary>
public static class PreviewOverlay
{
    public const string ElementId = "ocop-preview-error";

    public static string Html(IReadOnlyList<PreviewError> errors, MessageLanguage language)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"alert\" lang=\"{LanguageTag(language)}\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;box-sizing:border-box;margin:0;padding:12px 16px;background:#fff4f4;color:#5c0000;border-bottom:4px solid #c00;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;text-align:left;overflow-wrap:anywhere\">");
        html.Append("<p style=\"margin:0 0 8px;font-weight:700\">").Append(Encode(ConsoleCatalogue.PreviewFailed.Text(language))).Append("</p>");
        html.Append("<ul style=\"margin:0;padding:0;list-style:none\">");
        foreach (var error in errors)
        {
            html.Append("<li style=\"margin:0 0 8px;padding:8px 0 0;border-top:1px solid #e8b4b4\">");
            if (error.File is not null)
            {
                html.Append("<code class=\"file\" style=\"font:600 15px/1.4 ui-monospace,Menlo,Consolas,monospace\">").Append(Encode(error.File)).Append("</code><br>");
                html.Append("<span class=\"place\">").Append(Encode(ConsoleCatalogue.PreviewPlace.Text(language, error.Line, error.Column))).Append("</span> · ");
            }

            html.Append("<span class=\"code\">").Append(Encode(error.Code)).Append("</span><br>");
            html.Append("<span class=\"message\">").Append(Encode(error.Message)).Append("</span></li>");
        }

        return html.Append("</ul></div>").ToString();
    }

    /// <summary>The page served when no build has succeeded yet: only the errors.</summary>
    public static string Page(IReadOnlyList<PreviewError> errors, MessageLanguage language)
        => $"<!doctype html><html lang=\"{LanguageTag(language)}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{Encode(ConsoleCatalogue.PreviewFailedTitle.Text(language))}</title></head><body>{Html(errors, language)}</body></html>";

    private static string LanguageTag(MessageLanguage language) => language == MessageLanguage.English ? "en" : "vi";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
