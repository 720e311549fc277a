using System.Globalization;
using CsCheck;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Tests.Cli;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// Runs every case of <c>tests/fixtures/mistakes/</c> through <c>check</c> as staff run it: the exact code at the
/// exact line and column, in Vietnamese, and with <c>--messages en</c> nothing Vietnamese at all.
/// </summary>
public class YamlMistakeTests
{
    private static readonly string Root = FixtureCases.Folder("mistakes");

    public static TheoryData<string> Cases() => FixtureCases.Of("mistakes");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_reported_at_its_place_in_both_languages(string name)
    {
        var expect = FixtureCases.Expect("mistakes", name);
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

    private static readonly Gen<string> Indent = Gen.OneOf<string>("", "", "  ", "    ", " ", "\t", "  \t");

    private static readonly Gen<string> Key = Gen.OneOf<string>("name", "price", "buy", "postmart", "tags", "summary");

    private static readonly Gen<string> Value = Gen.OneOf<string>("", " 45000", " Che lam", " \"Che lam", " 'Che lam", " \"a\" b", " Gia: 45000", " *ngon*", " @x", " [a, b", " - a", " |", " {a: 1");

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Select(Indent, Key, Value).Select((indent, key, value) => $"{indent}{key}:{value}"),
        Gen.Select(Indent, Key, Value).Select((indent, key, value) => $"{indent}{key}{value}"),
        Gen.Select(Indent, Value).Select((indent, value) => $"{indent}-{value}"));

    /// <summary>
    /// Any front matter made of the lines editors write, right or wrong, loads or gives exactly one of the YAML codes, on
    /// one of its own lines, at a column of that line.
    /// </summary>
    [Fact]
    public void Any_yaml_mistake_is_one_error_on_one_of_its_lines()
    {
        string[] codes = ["OCOP004", "OCOP005", "OCOP006", "OCOP007", "OCOP008", "OCOP009", "OCOP036"];
        Line.List[1, 8].Sample(lines =>
        {
            var bag = new DiagnosticBag();
            var fields = YamlFields.ParseMapping(string.Join('\n', lines), "x.md", lineOffset: 1, bag);
            var diagnostics = bag.ToSortedList();
            if (fields is not null)
            {
                Assert.Empty(diagnostics);
                return;
            }

            var error = Assert.Single(diagnostics);
            Assert.Contains(error.Code, codes);
            Assert.InRange(error.At.Line, 2, lines.Count + 1);
            Assert.InRange(error.At.Column, 1, lines[error.At.Line - 2].Length + 1);
        }, iter: 2000);
    }

    /// <summary>A letter only Vietnamese writes (with its tone or vowel marks, or đ).</summary>
    internal const string VietnameseLetter = "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]";

    private static List<string> ErrorLines(string output)
        => output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(": error OCOP", StringComparison.Ordinal)).ToList();
}
