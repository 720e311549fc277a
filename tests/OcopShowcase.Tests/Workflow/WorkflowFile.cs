using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Workflow;

/// <summary>The repository's GitHub Actions workflows, read as YAML.</summary>
public sealed record WorkflowFile(string Name, YamlMappingNode Root)
{
    public static IReadOnlyList<WorkflowFile> All() =>
        Directory.GetFiles(Path.Combine(TestPaths.Repository, ".github", "workflows"), "*.y*ml")
            .Order(StringComparer.Ordinal)
            .Select(path => Load(Path.GetFileName(path)))
            .ToList();

    public static WorkflowFile Load(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", name))));
        return new WorkflowFile(name, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        ((YamlMappingNode)Root["jobs"]).Children.ToDictionary(j => j.Key.ToString(), j => (YamlMappingNode)j.Value);

    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>();

    /// <summary>A job's permissions: its own block, which replaces the workflow's entirely, or the workflow's.
    /// Null means GitHub's default token permissions (repository settings), which a workflow here never relies on.</summary>
    public IReadOnlyDictionary<string, string>? PermissionsOf(YamlMappingNode job)
    {
        var block = job.Children.TryGetValue("permissions", out var own) ? own
            : Root.Children.TryGetValue("permissions", out var top) ? top : null;
        return block switch
        {
            YamlMappingNode map => map.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()),
            null => null,
            _ => throw new InvalidOperationException($"{Name}: permissions as a single word ({block}) are not used here"),
        };
    }

    public static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlMappingNode? Mapping(YamlMappingNode node, string key)
        => node.Children.TryGetValue(key, out var value) ? value as YamlMappingNode : null;
}
