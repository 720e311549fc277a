using OcopShowcase.Diagnostics;
using Spectre.Console;

namespace OcopShowcase.Cli;

/// <summary>Prints diagnostics in the compiler format editors and CI understand, coloured on a terminal.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, MessageLanguage language)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.IsError ? "red" : "yellow";
            console.MarkupLineInterpolated($"{diagnostic.At}: [{colour}]{(diagnostic.IsError ? "error" : "warning")} {diagnostic.Code}[/]: {diagnostic.Message(language)}");
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
}
