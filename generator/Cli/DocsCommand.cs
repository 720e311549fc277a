using System.ComponentModel;
using OcopShowcase.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary><c>docs</c>: rewrites the error-code table of the editor's guide from the error catalogue.</summary>
public sealed class DocsCommand(IAnsiConsole console) : Command<DocsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--guide <FILE>")]
        [Description("The editor's guide to update (default: docs/HUONG-DAN-BIEN-TAP.md)")]
        public string Guide { get; init; } = "docs/HUONG-DAN-BIEN-TAP.md";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Guide))
        {
            throw new UsageException($"Không có tệp hướng dẫn \"{settings.Guide}\".");
        }

        File.WriteAllText(settings.Guide, ErrorTable.ReplaceIn(File.ReadAllText(settings.Guide)));
        console.MarkupLineInterpolated($"[green]Đã cập nhật[/] bảng mã lỗi trong {settings.Guide} ({DiagnosticCatalogue.All.Count} mã).");
        return CliApp.Ok;
    }
}
