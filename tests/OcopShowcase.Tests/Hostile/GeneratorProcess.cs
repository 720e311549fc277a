using System.Diagnostics;
using System.Security.Cryptography;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// The generator as staff and CI run it: a separate process (<c>dotnet ocop.dll …</c>), so that a crash, an exit code or
/// a stack trace is seen exactly as a terminal would see it.
/// </summary>
public static class GeneratorProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ocop.dll");

    /// <summary>
    /// OCOP_NATIVE for these processes: the generator compiled at run time, whether or not the native image of this code
    /// exists yet (NativeImageTests makes it during the run), so that what a test covers does not depend on the order
    /// the tests ran in. NativeImageTests runs the image itself.
    /// </summary>
    public const string JitOnly = "0";

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;

        /// <summary>A .NET stack trace, or an unhandled exception, anywhere in what the process printed.</summary>
        public bool HasStackTrace => All.Contains("   at ", StringComparison.Ordinal) || All.Contains("Exception:", StringComparison.Ordinal) || All.Contains("Unhandled", StringComparison.Ordinal);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OCOP_CACHE_DIR"] = Path.Combine(workingDirectory, ".cache");
        start.Environment["OCOP_NATIVE"] = JitOnly;
        return start;
    }

    public static Outcome Run(string workingDirectory, params string[] args) => Run(StartInfo(workingDirectory, args));

    public static Outcome Run(ProcessStartInfo start) => Collect(Process.Start(start)!);

    /// <summary>Waits for a started process and what it printed.</summary>
    public static Outcome Collect(Process started)
    {
        using var process = started;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Every file under <paramref name="directory"/> (links not followed) with the hash of its bytes.</summary>
    public static SortedDictionary<string, string> Snapshot(string directory)
        => new(new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                f => Path.GetRelativePath(directory, f.FullName),
                f => f switch
                {
                    { LinkTarget: { } target } => "link:" + target,
                    FileInfo file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName))),
                    _ => "folder",
                }),
            StringComparer.Ordinal);
}
