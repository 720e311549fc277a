using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using Spectre.Console;

namespace OcopShowcase.Cli;

/// <summary>
/// A command stopped by something outside the content (the output folder, the disk, the port): printed as one catalogue
/// error, Vietnamese then English, never as a stack trace. Exit code 2, like any command that cannot run as written.
/// </summary>
public static class EnvironmentError
{
    /// <summary>The catalogue error behind <paramref name="exception"/>, looking inside parallel work; null for a bug.</summary>
    public static DiagnosticException? Of(Exception exception) => exception switch
    {
        DiagnosticException known => known,
        AggregateException many => many.Flatten().InnerExceptions.Select(Of).FirstOrDefault(e => e is not null),
        _ when FileSystemFailure.IsFileSystem(exception) => new DiagnosticException(DiagnosticCatalogue.FileSystemError, exception.Message),
        _ => null,
    };

    public static void Print(IAnsiConsole console, DiagnosticException error)
    {
        console.MarkupLineInterpolated($"[red]error {error.Descriptor.Code}[/]: {error.MessageIn(MessageLanguage.Vietnamese)}");
        console.MarkupLineInterpolated($"  ({error.MessageIn(MessageLanguage.English)})");
    }
}
