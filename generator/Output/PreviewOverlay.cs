using System.Net;
using System.Text;

namespace OcopShowcase.Output;

/// <summary>
/// The box the preview server puts at the top of every page while the last save did not build: what went wrong, in
/// the editor's words, over the last good version of the page. Preview only; never published.
/// </summary>
public static class PreviewOverlay
{
    public const string ElementId = "ocop-preview-error";

    public static string Html(IReadOnlyList<string> lines)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#7a0000;border-bottom:4px solid #c00;font:14px/1.5 monospace;white-space:pre-wrap\">");
        html.Append("<strong>Bản lưu mới nhất chưa dựng được; đang hiện bản tốt gần nhất (the last save did not build; showing the last good version).</strong>\n");
        foreach (var line in lines)
        {
            html.Append(WebUtility.HtmlEncode(line)).Append('\n');
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The page served when no build has succeeded yet: only the errors.</summary>
    public static string Page(IReadOnlyList<string> lines)
        => $"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi dựng website</title></head><body>{Html(lines)}</body></html>";
}
