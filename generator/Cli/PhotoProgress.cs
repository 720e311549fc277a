using System.Diagnostics;
using Spectre.Console;

namespace OcopShowcase.Cli;

/// <summary>
/// Runs a build with a progress bar for photo work on an interactive terminal; the bar appears only once the work has
/// taken more than a moment (a build whose photos are all cached shows none), and nothing is drawn when output is redirected.
/// </summary>
public static class PhotoProgress
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(400);

    public static BuildResult Run(IAnsiConsole console, Func<IProgress<(int Done, int Total)>?, BuildResult> build)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return build(null);
        }

        return console.Progress().AutoClear(true).HideCompleted(true).Start(context =>
        {
            var clock = Stopwatch.StartNew();
            ProgressTask? task = null;
            var gate = new Lock();
            return build(new Reporter(report =>
            {
                lock (gate)
                {
                    if (task is null && clock.Elapsed > Moment && report.Done < report.Total)
                    {
                        task = context.AddTask("Ảnh (photos)", maxValue: report.Total);
                    }

                    task?.Value(report.Done);
                }
            }));
        });
    }

    private sealed class Reporter(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
