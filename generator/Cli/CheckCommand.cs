using OcopShowcase.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary><c>check</c>: everything <c>build</c> checks, drafts included (each with a note), without writing the site.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions() with { WithDrafts = true };
        var result = BuildPipeline.Run(options);
        DiagnosticPrinter.Print(console, result.Diagnostics, settings, options);
        if (result.Succeeded)
        {
            console.MarkupLineInterpolated($"[green]{ConsoleCatalogue.ContentValid.For(settings.MessageLanguage, result.PageCount)}[/]");
        }

        return result.Succeeded ? CliApp.Ok : CliApp.ContentErrors;
    }
}
