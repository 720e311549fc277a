using System.Diagnostics;
using OcopShowcase.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary><c>build</c>: content → site. Writes nothing when the content has errors; the previous site stays.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        var clock = Stopwatch.StartNew();
        var result = PhotoProgress.Run(console, progress => BuildPipeline.BuildAndWrite(options, progress));
        DiagnosticPrinter.Print(console, result.Diagnostics, settings, options);
        if (!result.Succeeded)
        {
            console.MarkupLineInterpolated($"[red]{ConsoleCatalogue.NothingBuilt.Text(settings.MessageLanguage, options.OutputDirectory)}[/]");
            return CliApp.ContentErrors;
        }

        if (settings.Timings)
        {
            foreach (var timing in result.Timings.Stages)
            {
                var (stage, elapsed, user, kernel, allocated, compiling) = timing;
                console.MarkupLineInterpolated($"  {stage,-26} {elapsed.TotalMilliseconds,8:F0} ms  (at {timing.Started.TotalMilliseconds,5:F0} ms; CPU {user.TotalMilliseconds,6:F0} user, {kernel.TotalMilliseconds,6:F0} kernel, {allocated >> 20,6} MiB allocated, {compiling.TotalMilliseconds,5:F0} ms JIT)");
            }

            console.MarkupLineInterpolated($"  {"GC",-26} {GC.GetTotalPauseDuration().TotalMilliseconds,8:F0} ms paused; {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalAllocatedBytes() >> 20} MiB allocated");
            // As the collector itself reports them: what it read from the project and from the environment (CollectorSettings).
            var collector = GC.GetConfigurationVariables();
            var adaptive = collector.TryGetValue("GCDynamicAdaptationMode", out var mode) && mode is long and not 0;
            var kind = !System.Runtime.GCSettings.IsServerGC ? "workstation" : $"server, heaps: {collector.GetValueOrDefault("HeapCount")}, DATAS {(adaptive ? "on" : "off")}";
            console.MarkupLineInterpolated($"  {"collector",-26} {kind}; objects from {collector.GetValueOrDefault("LOHThreshold")} bytes are large");
            if (HugePages.InUse() is { } huge)
            {
                console.MarkupLineInterpolated($"  {"huge pages",-26} {huge >> 20,8} MiB in use; {HugePages.Marked >> 20} MiB of the heap's reservation marked at start");
            }

            console.MarkupLineInterpolated($"  {"JIT",-26} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:F0} ms compiling {System.Runtime.JitInfo.GetCompiledMethodCount()} methods");
            console.MarkupLineInterpolated($"  {"documents",-26} {result.Documents.Read,8} read, {result.Documents.Taken} taken from the memo");
            console.MarkupLineInterpolated($"  {"content folders",-26} {result.Folders.Read,8} read, {result.Folders.Taken} taken from the memo");
            console.MarkupLineInterpolated($"  {"search bodies",-26} {result.SearchBodies.Read,8} read, {result.SearchBodies.Taken} taken from the memo");
            console.MarkupLineInterpolated($"  {"pages",-26} {result.PagesDrafted.Count,8} drafted, {result.PagesRendered.Count} rendered of {result.PageCount}");
        }

        console.MarkupLineInterpolated($"[green]{ConsoleCatalogue.Built.For(settings.MessageLanguage, result.PageCount, result.PagesReused, result.FileCount, options.OutputDirectory, clock.ElapsedMilliseconds)}[/]");
        return CliApp.Ok;
    }
}
