using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests;

/// <summary>
/// A folder of cases under <c>tests/fixtures/</c> (hostile, trust, mistakes): one folder per case, each with a
/// <c>content/</c> overlay and an <c>expect.yml</c> of flat "key: value" lines naming the exact outcome.
/// </summary>
public static class FixtureCases
{
    public static string Folder(string set) => Path.Combine(TestPaths.Repository, "tests", "fixtures", set);

    /// <summary>The case names of <paramref name="set"/>, in a fixed order, for a theory's MemberData.</summary>
    public static TheoryData<string> Of(string set)
        => new(Directory.GetDirectories(Folder(set)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>A case's <c>expect.yml</c> as key → value.</summary>
    public static Dictionary<string, string> Expect(string set, string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Folder(set), name, "expect.yml"))));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children.ToDictionary(k => k.Key.ToString(), v => v.Value.ToString(), StringComparer.Ordinal);
    }
}
