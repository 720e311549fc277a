using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// The generator's own build output, as <c>dotnet run --project generator</c> and the workflows run it: on linux-x64
/// ocop.dll and every library beside it are ReadyToRun images (precompiled, so a build does not start by compiling
/// them), and the folder is still the portable framework-dependent app it was (no runtime identifier in its deps.json,
/// native libraries under runtimes/), which a runtime on another platform runs by compiling the IL as before.
/// </summary>
public class ReadyToRunTests
{
    /// <summary>generator/bin/&lt;the configuration these tests were built in&gt;/net10.0/.</summary>
    private static string GeneratorOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(TestPaths.Repository, "generator", "bin", configuration, framework);
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        // A ReadyToRun image carries its native code's header in the CLI header; an IL-only assembly has none.
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [SkippableFact]
    public void On_linux_x64_the_generator_and_its_libraries_are_precompiled_in_a_portable_output()
    {
        Skip.IfNot(
            OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64,
            "ReadyToRun images are made only where the .NET SDK runs on linux-x64; elsewhere the generator is compiled at run time.");
        var output = GeneratorOutput();
        var assemblies = Directory.GetFiles(output, "*.dll");
        Assert.Contains(Path.Combine(output, "ocop.dll"), assemblies);
        Assert.Contains(Path.Combine(output, "Scriban.Signed.dll"), assemblies);
        Assert.All(assemblies, assembly => Assert.True(IsReadyToRun(assembly), $"{Path.GetFileName(assembly)} is not a ReadyToRun image"));

        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "ocop.deps.json")));
        Assert.Equal(".NETCoreApp,Version=v10.0", deps.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString());
        Assert.True(File.Exists(Path.Combine(output, "runtimes", "linux-x64", "native", "libSkiaSharp.so")), "native libraries are no longer under runtimes/");
    }

    [Fact]
    public void An_il_only_assembly_is_told_apart()
    {
        // The test project's own assembly is never precompiled: the check above can say no.
        Assert.False(IsReadyToRun(typeof(ReadyToRunTests).Assembly.Location));
    }
}
