using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary>Options shared by <c>build</c>, <c>check</c> and <c>serve</c>.</summary>
public class BuildSettings : CommandSettings
{
    [CommandOption("--content <DIR>")]
    [Description("Content folder (default: content)")]
    public string Content { get; init; } = "content";

    [CommandOption("--theme <DIR>")]
    [Description("Theme folder (default: theme)")]
    public string Theme { get; init; } = "theme";

    [CommandOption("--output <DIR>")]
    [Description("Output folder (default: _site)")]
    public string Output { get; init; } = "_site";

    [CommandOption("--base-url <URL>")]
    [Description("Public address of the site, e.g. https://user.github.io/repo/ (default: base_url in site.yml)")]
    public string? BaseUrl { get; init; }

    [CommandOption("--today <YYYY-MM-DD>")]
    [Description("The date certificate states and events are computed for (default: today in Vietnam, UTC+7)")]
    public string? Today { get; init; }

    [CommandOption("--timings")]
    [Description("Print how long each stage took")]
    public bool Timings { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Diagnostic format: text (default) or github (workflow annotations)")]
    public string Format { get; init; } = "text";

    [CommandOption("--all-warnings")]
    [Description("Print every warning (default: the first 20 of each code, then how many more)")]
    public bool AllWarnings { get; init; }

    [CommandOption("--messages <LANG>")]
    [Description("Language of error messages: vi (default) or en")]
    public string Messages { get; init; } = "vi";

    public BuildOptions ToOptions()
    {
        if (!Directory.Exists(Content))
        {
            throw new UsageException($"Không có thư mục nội dung \"{Content}\" (content folder not found).");
        }

        if (!Directory.Exists(Theme))
        {
            throw new UsageException($"Không có thư mục giao diện \"{Theme}\" (theme folder not found).");
        }

        Uri? baseUrl = null;
        if (BaseUrl is not null && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("https" or "http")))
        {
            throw new UsageException($"--base-url phải là địa chỉ đầy đủ như https://ten.github.io/kho/ (got \"{BaseUrl}\").");
        }

        var today = TodayInVietnam(DateTimeOffset.UtcNow);
        if (Today is not null && !DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            throw new UsageException($"--today phải có dạng YYYY-MM-DD (got \"{Today}\").");
        }

        if (Format is not ("text" or "github"))
        {
            throw new UsageException("--format phải là text hoặc github.");
        }

        if (Messages is not ("vi" or "en"))
        {
            throw new UsageException("--messages phải là vi hoặc en.");
        }

        // OCOP_CACHE_DIR moves the photo and card cache (CI jobs sharing one, tests wanting an empty one).
        return new BuildOptions(Content, Theme, Output, baseUrl, today, Environment.GetEnvironmentVariable("OCOP_CACHE_DIR") is { Length: > 0 } cache ? cache : null);
    }

    /// <summary>
    /// The build's date where the commune is (Asia/Ho_Chi_Minh, UTC+7 all year), not the runner's: the nightly deploy
    /// runs at 20:17 UTC, already the next day in Vietnam.
    /// </summary>
    public static DateOnly TodayInVietnam(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Kinds.Events.EventSchedule.UtcOffset).DateTime);

    public bool GitHubFormat => Format == "github";

    public Diagnostics.MessageLanguage MessageLanguage => Messages == "en" ? Diagnostics.MessageLanguage.English : Diagnostics.MessageLanguage.Vietnamese;
}
