namespace OcopShowcase.Cli;

/// <summary>
/// The garbage collector's settings that the launcher (<see cref="NativeImage.Enter"/>) starts the native image with,
/// by what the run is about to do: the runtime reads them only when a process starts, from its environment.
/// <para>A <c>build</c> into a folder that already holds a site (a staff member's second build, an edit, a product
/// added) runs without DATAS (<c>DOTNET_GCDynamicAdaptationMode=0</c>) and with large objects from the largest size
/// the collector allows (<c>DOTNET_GCLOHThreshold</c>, hexadecimal; it caps the value at its 4 MiB region). Such a build
/// takes every unchanged document from the memo and keeps them all, so its heap grows to hundreds of megabytes in
/// its first second. DATAS sizes its budgets from the heap it has, so it started small and collected everything again
/// each time the heap grew (an edit build at 20,000 products: 7–8 full collections, 0.9 s of pauses); and each large
/// array (a list of 85,000 pages, the open data's buffers) that overran its small large-object budget set off one
/// more. Without it: 2 full collections, half the pauses, and edit builds 9 % faster at 20,000 products (18 % less
/// CPU) and 20 % faster at 1,000, for a peak 5–23 % higher (BENCHMARKS.md, session 42).</para>
/// <para>Without DATAS, the server collector the project chooses keeps one heap, with its own budget, per core: on a
/// machine with more than two cores the image keeps two (<c>DOTNET_GCHeapCount</c>), as measured, and does not pin the
/// collector's threads to the first two cores (<c>DOTNET_GCNoAffinitize</c>), so that a staff member's laptop of 8 or
/// 16 cores does not multiply the peak.</para>
/// <para>Every other run keeps DATAS (the runtime's default for the server collector): a build into a new folder
/// renders every page, and DATAS keeps its peak low (1,000 products: 135 MiB, against 330 MiB without it). Whether the
/// folder holds a site is guessed from its <c>index.html</c>, with one look at the disk before the image starts; the
/// build itself decides what it reuses (<see cref="Output.PreviousPages"/>). A wrong guess costs time or memory, never
/// a different site. A setting already in the environment is left as it is.</para>
/// </summary>
public static class CollectorSettings
{
    /// <summary>DATAS (dynamic adaptation to the application's size), on by default with server collection.</summary>
    public const string DynamicAdaptation = "DOTNET_GCDynamicAdaptationMode";

    /// <summary>The size from which an object is large (kept apart, and collected only with generation 2), in hexadecimal.</summary>
    public const string LargeObjectThreshold = "DOTNET_GCLOHThreshold";

    /// <summary>How many heaps the server collector keeps (one per core by default), in hexadecimal.</summary>
    public const string HeapCount = "DOTNET_GCHeapCount";

    /// <summary>Whether the server collector's threads are left unpinned (1) instead of each pinned to a core.</summary>
    public const string NoAffinitize = "DOTNET_GCNoAffinitize";

    /// <summary>The heaps the settings were measured with (BENCHMARKS.md, session 42: a two-core machine).</summary>
    private const int MeasuredHeaps = 2;

    /// <summary>The option that names the output folder, as <see cref="BuildSettings.Output"/> declares it.</summary>
    internal const string OutputOption = "--output";

    /// <summary>
    /// The settings to add to the image's environment for the command line <paramref name="args"/>, where
    /// <paramref name="environment"/> reads the launcher's own environment, on a machine of <paramref name="cores"/> cores.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForImage(IReadOnlyList<string> args, Func<string, string?> environment, int cores)
    {
        if (args is not ["build", ..] || !File.Exists(Path.Combine(OutputOf(args), "index.html")))
        {
            return [];
        }

        List<KeyValuePair<string, string>> settings = [new(DynamicAdaptation, "0"), new(LargeObjectThreshold, "400000")];
        if (cores > MeasuredHeaps)
        {
            settings.AddRange([new(HeapCount, MeasuredHeaps.ToString("x", System.Globalization.CultureInfo.InvariantCulture)), new(NoAffinitize, "1")]);
        }

        return [.. settings.Where(setting => environment(setting.Key) is null)];
    }

    /// <summary>The output folder the command line names (<c>--output DIR</c>, <c>--output=DIR</c> or <c>--output:DIR</c>), else the default.</summary>
    private static string OutputOf(IReadOnlyList<string> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == OutputOption && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].Length > OutputOption.Length && args[i].StartsWith(OutputOption, StringComparison.Ordinal) && args[i][OutputOption.Length] is '=' or ':')
            {
                return args[i][(OutputOption.Length + 1)..];
            }
        }

        return new BuildSettings().Output;
    }
}
