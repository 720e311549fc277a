using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Workflow;

/// <summary>The GitHub Actions workflows, read as data: what triggers them, what they may do, and what they run.</summary>
public class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", name))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path)
        => path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static IEnumerable<string> RunCommands(YamlMappingNode workflow)
        => ((YamlMappingNode)At(workflow, "jobs")).Children.Values
            .SelectMany(job => ((YamlSequenceNode)At(job, "steps")).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey(new YamlScalarNode("run")))
            .Select(step => ((YamlScalarNode)step.Children[new YamlScalarNode("run")]).Value!);

    private static string ReadmeTestCommand()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Repository, "README.md"));
        Assert.Contains("dotnet test ", readme);
        return "dotnet test";
    }

    [Fact]
    public void Pull_requests_are_tested_checked_with_annotations_and_previewed()
    {
        var workflow = Load("pull-request.yml");
        Assert.True(((YamlMappingNode)At(workflow, "on")).Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Equal("read", At(workflow, "permissions", "contents").ToString());
        var runs = RunCommands(workflow).ToList();
        Assert.Contains(runs, r => r.Trim() == ReadmeTestCommand());
        Assert.Contains(runs, r => r.Contains("check --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- build", StringComparison.Ordinal));
        var uploads = File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", "pull-request.yml"));
        Assert.Contains("path: _site", uploads);
        Assert.Contains("path: tests/artifacts", uploads);
    }

    [Fact]
    public void Deploys_run_on_push_nightly_and_on_demand_with_least_privilege_and_never_race()
    {
        var workflow = Load("deploy.yml");
        var on = (YamlMappingNode)At(workflow, "on");
        Assert.Equal("main", ((YamlSequenceNode)At(on, "push", "branches")).Children.Single().ToString());
        Assert.NotEmpty(((YamlSequenceNode)At(on, "schedule")).Children);
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        Assert.Equal("read", At(workflow, "permissions", "contents").ToString());
        Assert.Equal("pages", At(workflow, "concurrency", "group").ToString());
        Assert.Equal("false", At(workflow, "concurrency", "cancel-in-progress").ToString());
        Assert.Equal("write", At(workflow, "jobs", "deploy", "permissions", "pages").ToString());
        Assert.Equal("write", At(workflow, "jobs", "deploy", "permissions", "id-token").ToString());
        Assert.False(((YamlMappingNode)At(workflow, "jobs", "build")).Children.ContainsKey(new YamlScalarNode("permissions")));
        var runs = RunCommands(workflow).ToList();
        Assert.Contains(runs, r => r.Trim() == ReadmeTestCommand());
        Assert.Contains(runs, r => r.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", "deploy.yml"));
        foreach (var action in new[] { "actions/configure-pages@v5", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4" })
        {
            Assert.Contains(action, text);
        }
    }

    [Fact]
    public void Every_action_is_pinned_to_a_major_version()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Repository, ".github", "workflows"), "*.yml"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)))
            {
                Assert.Matches(@"uses: [\w-]+/[\w-]+@v\d+$", line.Trim().TrimStart('-').Trim());
            }
        }
    }
}
