using OcopShowcase.Diagnostics;
using Spectre.Console;

namespace OcopShowcase.Cli;

/// <summary>Prints diagnostics in the compiler format editors and CI understand, coloured on a terminal.</summary>
public static class DiagnosticPrinter
{
    /// <summary>
    /// Prints every diagnostic with its path as seen from the working directory ("content/san-pham/x/index.md"),
    /// so a terminal, an editor or a CI annotation can open the file.
    /// </summary>
    public static void Print(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, MessageLanguage language, BuildOptions options)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.IsError ? "red" : "yellow";
            var at = diagnostic.At with { File = DisplayPath(diagnostic.At.File, options) };
            console.MarkupLineInterpolated($"{at}: [{colour}]{(diagnostic.IsError ? "error" : "warning")} {diagnostic.Code}[/]: {diagnostic.Message(language)}");
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > 0)
        {
            console.MarkupLineInterpolated($"[red]{errors} lỗi[/], {warnings} cảnh báo ({errors} errors, {warnings} warnings).");
        }
        else if (warnings > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{warnings} cảnh báo[/] ({warnings} warnings).");
        }
    }

    public static string DisplayPath(string file, BuildOptions options)
    {
        const string themePrefix = "theme/";
        var (root, relative) = file.StartsWith(themePrefix, StringComparison.Ordinal)
            ? (options.ThemeDirectory, file[themePrefix.Length..])
            : (options.ContentDirectory, file);
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, relative)).Replace('\\', '/');
    }
}
