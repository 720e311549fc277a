using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

public sealed class NewCommand(IAnsiConsole console) : Command<NewCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        console.WriteLine("new: not yet");
        return CliApp.Ok;
    }
}
