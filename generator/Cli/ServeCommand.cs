using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

public sealed class ServeCommand(IAnsiConsole console) : Command<ServeCommand.Settings>
{
    public sealed class Settings : BuildSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        console.WriteLine("serve: not yet");
        return CliApp.Ok;
    }
}
