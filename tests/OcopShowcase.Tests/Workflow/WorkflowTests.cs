using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Workflow;

/// <summary>
/// The workflows checked against facts from outside this repository: which major of each action runs on a Node
/// that GitHub's runners still have, which permission each action needs, when each Node.js line reaches its end of
/// life. Those facts are written here with where they come from; the workflows must agree with them.
/// </summary>
public partial class WorkflowTests
{
    /// <summary>
    /// The first major of each action whose action.yml says <c>runs.using: node24</c>. GitHub removed Node 20 from its
    /// hosted runners on 2026-09-16 (runner deprecation notice of 2025-09-19), so an older major no longer starts.
    /// From the actions' release notes: checkout v5, setup-dotnet v5, setup-node v5, cache v5, configure-pages v6
    /// ("Update Node version from 20 to 24 in action.yml"), deploy-pages v5; upload-artifact v6 and
    /// download-artifact v7 ("v5/v6 had preliminary support for Node 24, however this action was by default still
    /// running on Node.js 20"); upload-pages-artifact is a composite action whose v5 calls a Node 24 upload-artifact.
    /// An action missing here fails the test until someone looks up its runtime and adds it.
    /// </summary>
    private static readonly Dictionary<string, int> FirstNode24Major = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 5,
        ["actions/setup-dotnet"] = 5,
        ["actions/setup-node"] = 5,
        ["actions/cache"] = 5,
        ["actions/upload-artifact"] = 6,
        ["actions/download-artifact"] = 7,
        ["actions/configure-pages"] = 6,
        ["actions/upload-pages-artifact"] = 5,
        ["actions/deploy-pages"] = 5,
    };

    /// <summary>The permissions each action needs of the job's token (its README; configure-pages reads the Pages site
    /// with GET /repos/{owner}/{repo}/pages, which answers "Resource not accessible by integration" without
    /// <c>pages: read</c>; deploy-pages needs <c>pages: write</c> and <c>id-token: write</c> for its OIDC token).</summary>
    private static readonly Dictionary<string, (string Scope, string Level)[]> NeededPermissions = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = [("contents", "read")],
        ["actions/configure-pages"] = [("pages", "read")],
        ["actions/deploy-pages"] = [("pages", "write"), ("id-token", "write")],
    };

    /// <summary>End of life of each Node.js release line (the Node.js release schedule). Odd lines are never LTS.</summary>
    private static readonly Dictionary<int, DateOnly> NodeEndOfLife = new()
    {
        [18] = new DateOnly(2025, 4, 30),
        [20] = new DateOnly(2026, 4, 30),
        [22] = new DateOnly(2027, 4, 30),
        [24] = new DateOnly(2028, 4, 30),
    };

    private static IEnumerable<(WorkflowFile File, string Job, YamlMappingNode Step)> AllSteps()
        => WorkflowFile.All().SelectMany(file => file.Jobs.SelectMany(job => WorkflowFile.Steps(job.Value).Select(step => (file, job.Key, step))));

    [Fact]
    public void Every_action_is_at_a_major_that_runs_on_node_24()
    {
        var uses = AllSteps().Select(s => (s.File.Name, Uses: WorkflowFile.Scalar(s.Step, "uses"))).Where(s => s.Uses is not null).ToList();
        Assert.NotEmpty(uses);
        foreach (var (file, action) in uses)
        {
            var match = ActionReference().Match(action!);
            Assert.True(match.Success, $"{file}: '{action}' is not pinned to a major version (owner/name@vN)");
            var name = match.Groups["name"].Value;
            Assert.True(FirstNode24Major.TryGetValue(name, out var first), $"{file}: {name} is not in FirstNode24Major: look up which of its majors runs on node24 and add it");
            Assert.True(int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) >= first, $"{file}: {action} runs on Node 20, which GitHub's runners no longer have; use {name}@v{first} or later");
        }
    }

    [Fact]
    public void Every_job_holds_the_permissions_its_actions_need()
    {
        foreach (var file in WorkflowFile.All())
        {
            foreach (var (jobName, job) in file.Jobs)
            {
                var granted = file.PermissionsOf(job);
                foreach (var step in WorkflowFile.Steps(job))
                {
                    var action = WorkflowFile.Scalar(step, "uses")?.Split('@')[0];
                    if (action is null || !NeededPermissions.TryGetValue(action, out var needs))
                    {
                        continue;
                    }

                    foreach (var (scope, level) in needs)
                    {
                        Assert.True(granted is not null && granted.TryGetValue(scope, out var has) && (has == level || has == "write"),
                            $"{file.Name}, job {jobName}: {action} needs '{scope}: {level}'");
                    }
                }
            }
        }
    }

    [Fact]
    public void Only_publishing_and_the_schedule_keeper_may_write_and_the_keeper_runs_only_on_schedule()
    {
        var writers = WorkflowFile.All()
            .SelectMany(file => file.Jobs.Select(job => (Job: $"{file.Name}:{job.Key}", Granted: file.PermissionsOf(job.Value))))
            .SelectMany(job => (job.Granted ?? new Dictionary<string, string>()).Where(p => p.Value == "write").Select(p => $"{job.Job} {p.Key}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["deploy.yml:deploy id-token", "deploy.yml:deploy pages", "deploy.yml:keep-schedule-alive actions"], writers);
        Assert.All(WorkflowFile.All(), file => Assert.NotNull(file.PermissionsOf(file.Jobs.First().Value)));

        var deploy = WorkflowFile.Load("deploy.yml");
        var keeper = deploy.Jobs["keep-schedule-alive"];
        Assert.Equal("github.event_name == 'schedule'", WorkflowFile.Scalar(keeper, "if"));
        var run = WorkflowFile.Steps(keeper).Select(s => WorkflowFile.Scalar(s, "run")).Single(r => r is not null)!;
        Assert.Contains("actions/workflows/deploy.yml/enable", run, StringComparison.Ordinal);
        Assert.Contains("--method PUT", run, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_node_version_is_a_maintained_lts_line()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var versions = AllSteps()
            .Select(s => WorkflowFile.Mapping(s.Step, "with") is { } with ? WorkflowFile.Scalar(with, "node-version") : null)
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(versions);
        foreach (var version in versions)
        {
            var line = int.Parse(Regex.Match(version, @"^\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(NodeEndOfLife.TryGetValue(line, out var endOfLife), $"node-version {version}: not an LTS line in NodeEndOfLife (odd lines never are)");
            Assert.True(endOfLife > today, $"node-version {version}: Node.js {line} reached its end of life on {endOfLife:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void Deploys_run_on_push_nightly_and_on_demand_never_race_and_are_stopped_by_content_errors_not_by_tests()
    {
        var deploy = WorkflowFile.Load("deploy.yml");
        var on = (YamlMappingNode)deploy.Root["on"];
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        Assert.NotEmpty(((YamlSequenceNode)on["schedule"]).Children);
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        Assert.Equal("pages", deploy.Root["concurrency"]["group"].ToString());
        Assert.Equal("false", deploy.Root["concurrency"]["cancel-in-progress"].ToString());
        Assert.Equal("build", WorkflowFile.Scalar(deploy.Jobs["deploy"], "needs"));

        var runs = WorkflowFile.Steps(deploy.Jobs["build"]).Select(s => WorkflowFile.Scalar(s, "run")).OfType<string>().ToList();
        Assert.Contains(runs, r => r.Contains("-- build --base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Contains("dotnet test", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Contains("apt-get", StringComparison.Ordinal) || r.Contains("install-test-tools", StringComparison.Ordinal));
    }

    [Fact]
    public void Tests_run_on_every_push_and_pull_request_with_every_tool_from_the_one_install_script()
    {
        var tests = WorkflowFile.Load("tests.yml");
        var on = (YamlMappingNode)tests.Root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        var runs = WorkflowFile.Steps(tests.Jobs["check"]).Select(s => WorkflowFile.Scalar(s, "run")).OfType<string>().Select(r => r.Trim()).ToList();
        Assert.Contains("dotnet test", runs);
        Assert.Contains(runs, r => r.Contains("check --format github", StringComparison.Ordinal));
        var install = runs.IndexOf("bash " + "scripts/install-test-tools.sh");
        Assert.True(install >= 0 && install < runs.IndexOf("dotnet test"), "tests.yml installs the tools with scripts/install-test-tools.sh before testing");
        Assert.DoesNotContain(runs, r => r.Contains("apt-get", StringComparison.Ordinal));

        // The same script everywhere the full suite runs.
        Assert.Contains(TestTools.InstallCommand, File.ReadAllText(Path.Combine(TestPaths.Repository, ".ci", "run")), StringComparison.Ordinal);
        Assert.Contains(TestTools.InstallCommand, File.ReadAllText(Path.Combine(TestPaths.Repository, "README.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("apt-get", File.ReadAllText(Path.Combine(TestPaths.Repository, ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void Caches_follow_the_code_and_the_package_versions()
    {
        var projects = Directory.GetFiles(TestPaths.Repository, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.All(projects, project => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json")), $"{project} has no packages.lock.json"));

        foreach (var (file, _, step) in AllSteps())
        {
            var uses = WorkflowFile.Scalar(step, "uses") ?? "";
            var with = WorkflowFile.Mapping(step, "with");
            if (uses.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) && with is not null && WorkflowFile.Scalar(with, "cache") == "true")
            {
                Assert.Equal("**/packages.lock.json", WorkflowFile.Scalar(with, "cache-dependency-path"));
            }

            if (uses.StartsWith("actions/cache@", StringComparison.Ordinal) && WorkflowFile.Scalar(with!, "path") == ".cache")
            {
                var key = WorkflowFile.Scalar(with!, "key")!;
                foreach (var input in new[] { "'content/**'", "'theme/**'", "'generator/**'", "'Directory.Packages.props'" })
                {
                    Assert.True(key.Contains(input, StringComparison.Ordinal), $"{file}: the .cache key does not follow {input}");
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[\w.-]+/[\w.-]+)@v(?<major>\d+)$")]
    private static partial Regex ActionReference();
}
