using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OcopShowcase.Output;

namespace OcopShowcase.Cli;

/// <summary>
/// The generator compiled ahead of time (Native AOT), made by <c>dotnet publish generator -p:OcopNative=true</c> into
/// <c>generator/bin/native/&lt;source key&gt;/ocop</c> (see the project file). When the code this process was compiled
/// from has an image, the process becomes that image before doing anything else (<c>execv</c>: same process, same
/// arguments, environment, standard streams, signals and exit code; <c>execve</c> when the run gets the collector's
/// settings of its own, <see cref="CollectorSettings"/>), so <c>dotnet run --project generator -- build</c> pays
/// neither the JIT nor the runtime's start. Without an image, or with <c>OCOP_NATIVE=0</c>, the generator runs as it is.
/// </summary>
public static partial class NativeImage
{
    /// <summary>The hash of the sources this assembly was compiled from; the image's folder name.</summary>
    public static string SourceKey => Fingerprint.Generator;

    /// <summary>Where images are kept: the generator project's <c>bin/native</c> folder, as it was when compiled.</summary>
    public static string Folder { get; } = Metadata("NativeImages");

    /// <summary>The image of this code (it may not exist).</summary>
    public static string PathOfImage => Path.Combine(Folder, SourceKey, "ocop");

    /// <summary>True in the native image itself.</summary>
    public static bool IsRunning => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Replaces this process by the image when there is one for this code; returns only when there is not, or when a
    /// debugger or a diagnostics tool (<c>dotnet-trace</c>, <c>DOTNET_DiagnosticPorts</c>) is attached to this process,
    /// which the image would leave with nothing to see.
    /// </summary>
    public static void Enter(string[] args)
    {
        if (IsRunning || Environment.GetEnvironmentVariable("OCOP_NATIVE") == "0" || !OperatingSystem.IsLinux()
            || RuntimeInformation.ProcessArchitecture != Architecture.X64 || System.Diagnostics.Debugger.IsAttached
            || Environment.GetEnvironmentVariable("DOTNET_DiagnosticPorts") is { Length: > 0 } || !File.Exists(PathOfImage))
        {
            return;
        }

        // Nothing has been written to the standard streams yet, and no file is open but the runtime's own (opened
        // close-on-exec). The runtime's diagnostics socket and debugger pipes are files in the temporary folder that
        // it deletes when it shuts down, which it will not: they are deleted here. On failure (the image removed
        // meanwhile, a folder mounted noexec) execv returns, and this process carries on, without those two.
        var image = PathOfImage;
        var collector = CollectorSettings.ForImage(args, Environment.GetEnvironmentVariable, Environment.ProcessorCount);
        DeleteRuntimeEndpoints();
        if (collector.Count == 0)
        {
            _ = Exec(image, [image, .. args, null]);
        }
        else
        {
            ExecWith(image, args, collector);
        }
    }

    /// <summary>
    /// <c>execve</c>: the image with this process's environment, its entries passed on as the C library holds them
    /// (<c>environ</c>: bytes that are not UTF-8, or a name given twice, reach the image as they are), then the
    /// collector's settings. On failure the settings' copies are freed and this process carries on.
    /// </summary>
    private static unsafe void ExecWith(string image, string[] args, IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var entries = *(byte***)NativeLibrary.GetExport(NativeLibrary.GetMainProgramHandle(), "environ");
        var environment = new List<nint>();
        for (var entry = entries; entry is not null && *entry is not null; entry++)
        {
            environment.Add((nint)(*entry));
        }

        var added = settings.Select(setting => Marshal.StringToCoTaskMemUTF8($"{setting.Key}={setting.Value}")).ToList();
        _ = Exec(image, [image, .. args, null], [.. environment, .. added, 0]);
        added.ForEach(Marshal.FreeCoTaskMem);
    }

    /// <summary>This process's <c>dotnet-diagnostic-PID-…-socket</c> and <c>clr-debug-pipe-PID-…</c> files.</summary>
    private static void DeleteRuntimeEndpoints()
    {
        // Formatted without a culture: a culture (even the invariant one, or its number format) loads ICU, which only
        // the image needs (about 5 ms of every run, BENCHMARKS.md, session 36).
        Span<char> digits = stackalloc char[16];
        _ = Environment.ProcessId.TryFormat(digits, out var length, default, provider: null);
        var pid = new string(digits[..length]);
        try
        {
            foreach (var pattern in new[] { $"dotnet-diagnostic-{pid}-*-socket", $"clr-debug-pipe-{pid}-*" })
            {
                foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), pattern))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind, as a crashed .NET process leaves them.
        }
    }

    private static string Metadata(string key)
        => typeof(NativeImage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? "";

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Exec(string path, string?[] argv);

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Exec(string path, string?[] argv, nint[] envp);
}
