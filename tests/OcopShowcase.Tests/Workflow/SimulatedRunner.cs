using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Workflow;

/// <summary>
/// Plays one job of a workflow the way a GitHub-hosted Ubuntu runner runs it, as far as this machine allows:
/// <list type="bullet">
/// <item>a fresh copy of the repository's files (what <c>actions/checkout</c> gives);</item>
/// <item>each <c>run:</c> step in <c>bash --noprofile --norc -eo pipefail</c> with <c>CI=true</c>,
/// <c>GITHUB_ACTIONS=true</c>, <c>GITHUB_ENV</c>, <c>GITHUB_OUTPUT</c> and a runner's PATH, and nothing else of this
/// machine's environment;</item>
/// <item>inside a private mount namespace (<c>unshare -m</c>) whose <c>/usr/bin</c> is a copy, made of links, without
/// poppler, Chromium or Java, and with an <c>apt-get</c> stand-in that puts a program back when the job installs its
/// package: a step that needs a program it did not install fails here as it would on GitHub;</item>
/// <item>the actions it knows played by their effect (configure-pages answers a project site's address;
/// upload-pages-artifact runs the same <c>tar</c> the real composite action runs). An unknown action or expression
/// fails the run, so a new step cannot slip through unplayed.</item>
/// </list>
/// It needs root or passwordless sudo for the mount namespace (<see cref="PrivateMounts"/>).
/// </summary>
public sealed partial class SimulatedRunner
{
    public const string Repository = "example/ocop-cam-tan";
    public const string PagesBaseUrl = "https://example.github.io/ocop-cam-tan";

    /// <summary>Programs a runner without these packages lacks, and the apt package that brings each back.</summary>
    private static readonly (string Package, string[] Programs)[] Hidden =
    [
        ("poppler-utils", ["pdftoppm", "pdftocairo", "pdfinfo", "pdftotext", "pdfimages", "pdffonts", "pdfseparate", "pdfunite", "pdftops", "pdftohtml", "pdfattach", "pdfdetach", "pdfsig"]),
        ("chromium", ["chromium", "chromium-browser", "chromedriver", "google-chrome", "google-chrome-stable"]),
        ("default-jre-headless", ["java", "javac", "jar", "jshell", "keytool", "jrunscript"]),
    ];

    private readonly string _root;
    private readonly string _image;
    private readonly string _realBin;
    private readonly Dictionary<string, Dictionary<string, string>> _outputs = new(StringComparer.Ordinal);

    public SimulatedRunner()
    {
        _root = TestPaths.TempDirectory();
        Workspace = Path.Combine(_root, "work", "ocop-cam-tan");
        Temp = Path.Combine(_root, "runner-temp");
        _image = Path.Combine(_root, "image-usr-bin");
        _realBin = Path.Combine(_root, "real-usr-bin");
        Directory.CreateDirectory(Temp);
        Directory.CreateDirectory(_realBin);
        Checkout();
        if (!OperatingSystem.IsWindows())
        {
            MakeImage();
        }
    }

    public string Workspace { get; }

    public string Temp { get; }

    /// <summary>Packages the job installed through apt-get, in order.</summary>
    public IReadOnlyList<string> AptInstalls => File.Exists(AptLog) ? File.ReadAllLines(AptLog) : [];

    private string AptLog => Path.Combine(_root, "apt-installs.log");

    /// <summary>Why this machine cannot play a runner, or null when it can.</summary>
    public static string? Unavailable()
        => Environment.GetEnvironmentVariable("OCOP_SIMULATED_RUNNER") is not null ? "already inside a simulated runner" : PrivateMounts.Unavailable;

    /// <summary>Runs every step of <paramref name="job"/> in order, stopping at the first that fails, as a runner does.</summary>
    public JobResult Run(WorkflowFile workflow, string job)
    {
        var definition = workflow.Jobs[job];
        var jobEnv = Env(WorkflowFile.Mapping(definition, "env"));
        var index = 0;
        foreach (var step in WorkflowFile.Steps(definition))
        {
            index++;
            var name = WorkflowFile.Scalar(step, "name") ?? WorkflowFile.Scalar(step, "uses") ?? $"step {index}";
            Assert.False(step.Children.ContainsKey("if"), $"{workflow.Name}, {name}: the simulated runner does not evaluate 'if:'; teach it");
            var (exitCode, log) = WorkflowFile.Scalar(step, "uses") is { } uses
                ? Play(uses, WorkflowFile.Mapping(step, "with"), WorkflowFile.Scalar(step, "id"))
                : Shell(Expand(WorkflowFile.Scalar(step, "run")!), jobEnv.Concat(Env(WorkflowFile.Mapping(step, "env"))), WorkflowFile.Scalar(step, "id"));
            if (exitCode != 0)
            {
                return new JobResult { FailedStep = name, Log = log };
            }
        }

        return new JobResult { FailedStep = null, Log = "" };
    }

    private (int ExitCode, string Log) Play(string uses, YamlMappingNode? with, string? id)
    {
        var action = uses.Split('@')[0];
        switch (action)
        {
            case "actions/checkout":
            case "actions/setup-dotnet": // the runner's .NET SDK; global.json decides the version either way
            case "actions/cache":        // a cold cache: the build must work without one
                return (0, "");
            case "actions/configure-pages":
                if (id is not null)
                {
                    _outputs[id] = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["base_url"] = PagesBaseUrl,
                        ["base_path"] = new Uri(PagesBaseUrl).AbsolutePath,
                        ["origin"] = "https://example.github.io",
                        ["host"] = "example.github.io",
                    };
                }

                return (0, "");
            case "actions/upload-pages-artifact":
                // The composite action's own step, as it runs on Linux.
                var path = Expand(with is null ? "_site/" : WorkflowFile.Scalar(with, "path") ?? "_site/");
                return Shell(
                    "tar --dereference --hard-dereference --directory \"$INPUT_PATH\" -cvf \"$RUNNER_TEMP/artifact.tar\" --exclude=.git --exclude=.github . > /dev/null",
                    [new("INPUT_PATH", path)],
                    id);
            default:
                Assert.Fail($"the simulated runner does not know {uses}: play its effect in SimulatedRunner.Play");
                return (1, "");
        }
    }

    private (int ExitCode, string Log) Shell(string script, IEnumerable<KeyValuePair<string, string>> env, string? id)
    {
        var stepFile = Path.Combine(Temp, $"step-{Guid.NewGuid():N}.sh");
        File.WriteAllText(stepFile, script);
        var envFile = Path.Combine(Temp, "github-env");
        var outputFile = Path.Combine(Temp, $"output-{Guid.NewGuid():N}");
        File.AppendAllText(envFile, "");
        File.WriteAllText(outputFile, "");
        var logFile = Path.Combine(Temp, $"log-{Guid.NewGuid():N}.txt");

        // Inside the namespace: the real /usr/bin stays reachable under _realBin, the image takes its place; then the
        // step runs as the user who runs the tests (root under .ci/run, the runner's user on GitHub).
        var step = $"/usr/bin/bash --noprofile --norc -eo pipefail '{stepFile}' > '{logFile}' 2>&1";
        var inner = $"mount --bind /usr/bin '{_realBin}' && mount --bind '{_image}' /usr/bin && cd \"$GITHUB_WORKSPACE\" && "
            + (PrivateMounts.InvokingUser is { } user
                ? $"exec setpriv --reuid={user.Split(':')[0]} --regid={user.Split(':')[1]} --clear-groups {step}"
                : $"exec {step}");
        var start = new ProcessStartInfo("/bin/bash", ["-c", inner]) { UseShellExecute = false };
        start.Environment.Clear();
        foreach (var (key, value) in RunnerEnvironment(envFile, outputFile).Concat(ReadKeyValues(envFile)).Concat(env))
        {
            start.Environment[key] = value;
        }

        PrivateMounts.Wrap(start);

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (id is not null)
        {
            _outputs[id] = ReadKeyValues(outputFile).ToDictionary(StringComparer.Ordinal);
        }

        return (process.ExitCode, File.Exists(logFile) ? File.ReadAllText(logFile) : "(the step did not start)");
    }

    private IEnumerable<KeyValuePair<string, string>> RunnerEnvironment(string envFile, string outputFile) =>
    [
        new("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        new("HOME", Environment.GetEnvironmentVariable("HOME") ?? "/root"), // NuGet's package cache, as setup-dotnet's cache restores it
        new("LANG", "C.UTF-8"),
        new("CI", "true"),
        new("GITHUB_ACTIONS", "true"),
        new("GITHUB_REPOSITORY", Repository),
        new("GITHUB_WORKSPACE", Workspace),
        new("GITHUB_ENV", envFile),
        new("GITHUB_OUTPUT", outputFile),
        new("RUNNER_OS", "Linux"),
        new("RUNNER_TEMP", Temp),
        new("OCOP_SIMULATED_RUNNER", "1"),
        // Not a runner's setting: MSBuild must not leave build nodes running in the namespace after the step.
        new("MSBUILDDISABLENODEREUSE", "1"),
    ];

    private string Expand(string text) => Expression().Replace(text, match =>
    {
        var expression = match.Groups[1].Value;
        var parts = expression.Split('.');
        return parts switch
        {
            ["steps", var id, "outputs", var name] when _outputs.TryGetValue(id, out var outputs) && outputs.TryGetValue(name, out var value) => value,
            ["github", "workspace"] => Workspace,
            ["github", "repository"] => Repository,
            ["runner", "temp"] => Temp,
            _ => throw new InvalidOperationException($"the simulated runner cannot evaluate ${{{{ {expression} }}}}"),
        };
    });

    private Dictionary<string, string> Env(YamlMappingNode? env)
        => env?.Children.ToDictionary(p => p.Key.ToString(), p => Expand(p.Value.ToString()), StringComparer.Ordinal) ?? [];

    private static IEnumerable<KeyValuePair<string, string>> ReadKeyValues(string file)
        => File.ReadAllLines(file).Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf('=', StringComparison.Ordinal)], l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]));

    /// <summary>The repository's files as a fresh checkout has them (tracked and not ignored), from the working tree.</summary>
    private void Checkout()
    {
        var git = new ProcessStartInfo("git", ["-C", TestPaths.Repository, "ls-files", "-z", "--cached", "--others", "--exclude-standard"]) { RedirectStandardOutput = true };
        using var process = Process.Start(git)!;
        var files = process.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && files.Length > 0, "git ls-files failed: the simulated checkout needs the repository's git metadata");
        foreach (var file in files)
        {
            var source = Path.Combine(TestPaths.Repository, file);
            if (File.Exists(source))
            {
                var target = Path.Combine(Workspace, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }
    }

    /// <summary>The runner's /usr/bin: a link to every program of this machine but the hidden ones, and the stand-ins.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void MakeImage()
    {
        Directory.CreateDirectory(_image);
        var hidden = Hidden.SelectMany(h => h.Programs).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries("/usr/bin"))
        {
            var name = Path.GetFileName(entry);
            if (!hidden.Contains(name) && name is not ("apt-get" or "apt" or "sudo"))
            {
                File.CreateSymbolicLink(Path.Combine(_image, name), Path.Combine(_realBin, name));
            }
        }

        var restore = new StringBuilder();
        foreach (var (package, programs) in Hidden)
        {
            restore.Append(FormattableString.Invariant($"    {package}) for p in {string.Join(' ', programs)}; do [ -e '{_realBin}'/\"$p\" ] && ln -sf '{_realBin}'/\"$p\" '{_image}'/\"$p\"; done ;;\n"));
        }

        // apt-get: 'update' does nothing; 'install' puts back the programs of the packages this image hides and logs
        // every package asked for. A package this image does not know is refused, so a new dependency is noticed.
        WriteScript("apt-get", $$"""
            #!/bin/bash
            set -u
            command=""
            for arg in "$@"; do
              case "$arg" in
                update) exit 0 ;;
                install) command=install ;;
                -*) ;;
                *=*) ;;
                *) if [ "$command" = install ]; then
                     echo "$arg" >> '{{AptLog}}'
                     case "$arg" in
            {{restore}}        *) echo "apt-get stand-in: the simulated runner cannot install '$arg'" >&2; exit 100 ;;
                     esac
                   fi ;;
              esac
            done
            """);
        WriteScript("apt", "#!/bin/bash\nexec apt-get \"$@\"\n");
        // The runner's user may use sudo without a password; here everything already runs as root.
        WriteScript("sudo", "#!/bin/bash\nwhile [ \"${1:-}\" != \"${1#-}\" ]; do shift; done\nexec \"$@\"\n");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void WriteScript(string name, string text)
    {
        var path = Path.Combine(_image, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex Expression();
}

/// <summary>How a simulated job ended: the first step that failed (null when every step succeeded) and its output.</summary>
public sealed record JobResult
{
    public required string? FailedStep { get; init; }

    public required string Log { get; init; }

    public bool Succeeded => FailedStep is null;
}
