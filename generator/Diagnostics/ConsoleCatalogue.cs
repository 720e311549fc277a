using System.Globalization;

namespace OcopShowcase.Diagnostics;

/// <summary>
/// A sentence the command line or the preview prints around the diagnostics, in the language of <c>--messages</c>.
/// Vietnamese has one form for every count ("1 lỗi", "3 lỗi"); English has a singular and a plural.
/// </summary>
public sealed record ConsoleMessage(string Vi, string EnOne, string EnMany)
{
    public ConsoleMessage(string vi, string en)
        : this(vi, en, en)
    {
    }

    /// <summary>The sentence with its placeholders filled; <paramref name="count"/> (the first one) picks the English form.</summary>
    public string For(MessageLanguage language, long count, params object[] more)
    {
        var template = language == MessageLanguage.Vietnamese ? Vi : count == 1 ? EnOne : EnMany;
        return string.Format(CultureInfo.InvariantCulture, template, [count, .. more]);
    }

    public string Text(MessageLanguage language, params object[] values)
        => string.Format(CultureInfo.InvariantCulture, language == MessageLanguage.Vietnamese ? Vi : EnMany, values);
}

/// <summary>
/// The command line's own sentences, beside <see cref="DiagnosticCatalogue"/>: counts, outcomes, the preview's
/// error box. Kept here so the wording and its plurals live in one place, not in each command.
/// </summary>
public static class ConsoleCatalogue
{
    public static readonly ConsoleMessage Errors = new("{0} lỗi", "{0} error", "{0} errors");

    public static readonly ConsoleMessage Warnings = new("{0} cảnh báo", "{0} warning", "{0} warnings");

    public static readonly ConsoleMessage MoreWarnings = new(
        "… và {0} cảnh báo {1} khác (--all-warnings để in tất cả).",
        "… and {0} more {1} warning (--all-warnings prints them all).",
        "… and {0} more {1} warnings (--all-warnings prints them all).");

    public static readonly ConsoleMessage ContentValid = new("Nội dung hợp lệ: {0} trang.", "The content is valid: {0} page.", "The content is valid: {0} pages.");

    public static readonly ConsoleMessage NothingBuilt = new(
        "Chưa dựng website: sửa các lỗi trên rồi chạy lại; thư mục {0} giữ nguyên.",
        "The site was not built: fix the errors above and run again; {0} is unchanged.");

    public static readonly ConsoleMessage Built = new(
        "Đã dựng {0} trang ({1} giữ nguyên), {2} tệp → {3} ({4} ms).",
        "Built {0} page ({1} reused), {2} files → {3} ({4} ms).",
        "Built {0} pages ({1} reused), {2} files → {3} ({4} ms).");

    public static readonly ConsoleMessage Rebuilt = new(
        "Đã dựng lại {0} trang, {1} trang vẽ lại ({2} ms).",
        "Rebuilt {0} page, {1} rendered again ({2} ms).",
        "Rebuilt {0} pages, {1} rendered again ({2} ms).");

    public static readonly ConsoleMessage PreviewAt = new("Xem trước tại {0} (Ctrl+C để dừng).", "Preview at {0} (Ctrl+C to stop).");

    public static readonly ConsoleMessage PreviewFailed = new(
        "Lần lưu mới nhất chưa dựng được. Trang đang hiện bản tốt gần nhất; sửa lỗi dưới đây rồi lưu lại, trang sẽ tự tải lại.",
        "The last save did not build. The page shows the last good version; fix the error below and save again, and the page reloads itself.");

    public static readonly ConsoleMessage PreviewPlace = new("dòng {0}, cột {1}", "line {0}, column {1}");

    public static readonly ConsoleMessage PreviewFailedTitle = new("Lỗi dựng website", "Site build error");
}
