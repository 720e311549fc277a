using System.Globalization;
using OcopShowcase.Tests.Cli;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// Runs every case of <c>tests/fixtures/mistakes/</c> through <c>check</c> as staff run it: the exact code at the
/// exact line and column, in Vietnamese, and with <c>--messages en</c> nothing Vietnamese at all.
/// </summary>
public class YamlMistakeTests
{
    private static readonly string Root = Path.Combine(TestPaths.Repository, "tests", "fixtures", "mistakes");

    public static TheoryData<string> Cases() => new(Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_reported_at_its_place_in_both_languages(string name)
    {
        var expect = ReadExpect(Path.Combine(Root, name, "expect.yml"));
        var fixture = new ContentFixture();
        TestPaths.CopyDirectory(Path.Combine(Root, name, "content"), fixture.ContentDirectory, overwrite: true);
        string[] args = ["check", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29"];
        var place = $"{expect["file"]}:{expect["line"]}:{expect["column"]}: error {expect["code"]}: ";
        var errorCount = int.Parse(expect.GetValueOrDefault("errors", "1"), CultureInfo.InvariantCulture);

        var (code, vietnamese) = CliTests.Run(fixture.Root, args);
        Assert.Equal(1, code);
        var errors = ErrorLines(vietnamese);
        Assert.True(errors.Count == errorCount, vietnamese);
        var line = Assert.Single(errors, l => l.StartsWith(place, StringComparison.Ordinal));
        Assert.Matches(VietnameseLetter, line[place.Length..]);

        var (_, english) = CliTests.Run(fixture.Root, [.. args, "--messages", "en"]);
        Assert.Contains(ErrorLines(english), l => l.StartsWith(place, StringComparison.Ordinal));
        Assert.DoesNotMatch(VietnameseLetter, english);
    }

    /// <summary>A letter only Vietnamese writes (with its tone or vowel marks, or đ).</summary>
    internal const string VietnameseLetter = "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]";

    private static List<string> ErrorLines(string output)
        => output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(": error OCOP", StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> ReadExpect(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children.ToDictionary(k => k.Key.ToString(), v => v.Value.ToString(), StringComparer.Ordinal);
    }
}
