using OcopShowcase.Diagnostics;
using Spectre.Console;

namespace OcopShowcase.Cli;

/// <summary>
/// Prints diagnostics in the compiler format editors understand, coloured on a terminal, or as GitHub Actions
/// workflow commands (<c>::error file=…,line=…,col=…::…</c>) so that each one becomes an annotation on the pull request.
/// On a terminal every error is printed, but only the first <see cref="WarningsPerCode"/> warnings of each code, then
/// how many more: a national list can raise thousands of the same warning (every expired certificate), which would
/// bury the errors and cost seconds to print.
/// </summary>
public static class DiagnosticPrinter
{
    public const int WarningsPerCode = 20;

    public static void Print(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, BuildSettings settings, BuildOptions options)
    {
        if (settings.GitHubFormat)
        {
            foreach (var diagnostic in diagnostics)
            {
                console.Profile.Out.Writer.WriteLine(GitHubAnnotation(diagnostic, settings.MessageLanguage, options));
            }

            return;
        }

        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsWarning && !settings.AllWarnings)
            {
                var seen = shown[diagnostic.Code] = shown.GetValueOrDefault(diagnostic.Code) + 1;
                if (seen > WarningsPerCode)
                {
                    continue;
                }
            }

            var colour = diagnostic.IsError ? "red" : diagnostic.IsWarning ? "yellow" : "blue";
            // SourceSpan prints its file escaped: a file name may carry control characters.
            var at = diagnostic.At with { File = DisplayPath(diagnostic.At.File, options) };
            console.MarkupLineInterpolated($"{at}: [{colour}]{diagnostic.Level} {diagnostic.Code}[/]: {diagnostic.Message(settings.MessageLanguage)}");
        }

        foreach (var (code, count) in shown.Where(s => s.Value > WarningsPerCode).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            console.MarkupLineInterpolated($"[yellow]{ConsoleCatalogue.MoreWarnings.For(settings.MessageLanguage, count - WarningsPerCode, code)}[/]");
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.IsWarning);
        var language = settings.MessageLanguage;
        if (errors > 0)
        {
            console.MarkupLineInterpolated($"[red]{ConsoleCatalogue.Errors.For(language, errors)}[/], {ConsoleCatalogue.Warnings.For(language, warnings)}.");
        }
        else if (warnings > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{ConsoleCatalogue.Warnings.For(language, warnings)}[/].");
        }
    }

    /// <summary>One workflow command; values are escaped as the Actions runner expects.</summary>
    public static string GitHubAnnotation(Diagnostic diagnostic, MessageLanguage language, BuildOptions options)
    {
        // A note becomes a GitHub "notice" annotation.
        var kind = diagnostic.IsError ? "error" : diagnostic.IsWarning ? "warning" : "notice";
        var file = EscapeProperty(EchoedText.OfPath(DisplayPath(diagnostic.At.File, options)));
        var title = EscapeProperty(diagnostic.Code);
        return $"::{kind} file={file},line={diagnostic.At.Line},col={diagnostic.At.Column},title={title}::{EscapeData($"{diagnostic.Code}: {diagnostic.Message(language)}")}";
    }

    /// <summary>
    /// A diagnostic's path as seen from the working directory ("content/san-pham/x/index.md"), so a terminal, an
    /// editor or a CI annotation can open the file.
    /// </summary>
    public static string DisplayPath(string file, BuildOptions options)
    {
        const string themePrefix = "theme/";
        var (root, relative) = file.StartsWith(themePrefix, StringComparison.Ordinal)
            ? (options.ThemeDirectory, file[themePrefix.Length..])
            : (options.ContentDirectory, file);
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, relative)).Replace('\\', '/');
    }

    private static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
