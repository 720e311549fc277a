using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary>The command line: <c>build</c>, <c>check</c>, <c>serve</c>, <c>new</c>. Exit codes: 0 ok, 1 content errors, 2 usage errors.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    // Spectre.Console.Cli binds commands and their settings by reflection. The native image keeps every member of
    // this assembly and of Spectre.Console.Cli (TrimmerRootAssembly in the project), and NativeImageTests runs each
    // command in it.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Both assemblies are rooted in the native image; NativeImageTests runs its commands.")]
    public static int Run(string[] args, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        // A diagnostic is one line that editors and CI parse: never wrap it at the terminal width.
        var output = console ?? AnsiConsole.Console;
        output.Profile.Width = Math.Max(output.Profile.Width, 4096);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("ocop");
            config.Settings.StrictParsing = true;
            config.ConfigureConsole(output);

            config.AddCommand<BuildCommand>("build").WithDescription("Build the site from the content folder (dựng website).");
            config.AddCommand<CheckCommand>("check").WithDescription("Validate the content without writing anything (kiểm tra nội dung).");
            config.AddCommand<ServeCommand>("serve").WithDescription("Preview on 127.0.0.1 with rebuild and live reload (xem trước).");
            config.AddCommand<NewCommand>("new").WithDescription("Scaffold a valid content file (tạo bài mới).");
            config.AddCommand<DocsCommand>("docs").WithDescription("Regenerate the error table of the editor's guide (cập nhật hướng dẫn).");
            config.SetExceptionHandler((exception, _) =>
            {
                var target = output;
                switch (exception)
                {
                    case CommandParseException or CommandConfigurationException or CommandRuntimeException or UsageException:
                        target.MarkupLineInterpolated($"[red]Lỗi câu lệnh (usage error):[/] {exception.Message}");
                        return UsageError;
                    case var _ when EnvironmentError.Of(exception) is { } known:
                        EnvironmentError.Print(target, known);
                        return UsageError;
                    default:
                        // Spectre's exception layout reads the stack by reflection, which the native image cannot.
                        if (RuntimeFeature.IsDynamicCodeSupported)
                        {
                            target.WriteException(exception);
                        }
                        else
                        {
                            target.WriteLine(exception.ToString());
                        }

                        return 3;
                }
            });
        });
        return app.Run(args, cancellationToken);
    }
}

/// <summary>A command line that cannot be carried out as written (bad date, missing folder).</summary>
public sealed class UsageException(string message) : Exception(message);
