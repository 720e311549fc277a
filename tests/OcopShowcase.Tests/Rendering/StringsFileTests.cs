using System.Text.RegularExpressions;
using OcopShowcase.Diagnostics;
using OcopShowcase.Tests.Content;

namespace OcopShowcase.Tests.Rendering;

/// <summary>
/// The theme's strings files are read as strictly as content: vi.yml is the list of known keys, and every other
/// language is checked against it key by key, each error at its line.
/// </summary>
public class StringsFileTests
{
    private const string En = "theme/i18n/en.yml";

    /// <summary>Builds the minimal content with en.yml's first <paramref name="line"/> replaced; returns the errors and that line's number.</summary>
    private static (IReadOnlyList<Diagnostic> Errors, int Line, int NavLine) BuildWithEnglish(string line, string replacement)
    {
        var fixture = new ContentFixture();
        var theme = Path.Combine(fixture.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var path = Path.Combine(theme, "i18n", "en.yml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.IndexOf(line);
        Assert.True(index >= 0, $"en.yml has no line \"{line}\"");
        lines[index] = replacement;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var result = BuildPipeline.Run(fixture.Options() with { ThemeDirectory = theme });
        return (result.Diagnostics.Where(d => d.IsError).ToList(), index + 1, lines.IndexOf("nav:") + 1);
    }

    [Fact]
    public void A_mistyped_english_key_is_one_error_at_its_line_with_the_key_it_meant()
    {
        var (errors, line, _) = BuildWithEnglish("  tourism: Tourism", "  tourrism: Tourism");
        var error = Assert.Single(errors);
        Assert.Equal("OCOP305", error.Code);
        Assert.Equal(new SourceSpan(En, line, 3), error.At);
        Assert.Equal("The key \"nav.tourrism\" is not in theme/i18n/vi.yml, the main language's file (the list of known keys). Did you mean \"nav.tourism\"?", error.Message(MessageLanguage.English));
        Assert.DoesNotMatch(YamlMistakeTests.VietnameseLetter, error.Message(MessageLanguage.English));
    }

    [Fact]
    public void An_english_key_that_vietnamese_does_not_have_is_an_error()
    {
        var (errors, line, _) = BuildWithEnglish("  tourism: Tourism", "  tourism: Tourism\n  weather: Weather today");
        var error = Assert.Single(errors);
        Assert.Equal("OCOP305", error.Code);
        Assert.Equal(new SourceSpan(En, line + 1, 3), error.At);
        Assert.Null(error.Suggestion);
    }

    [Fact]
    public void A_key_missing_from_english_is_reported_at_its_group()
    {
        var (errors, _, nav) = BuildWithEnglish("  tourism: Tourism", "");
        var error = Assert.Single(errors);
        Assert.Equal("OCOP301", error.Code);
        Assert.Equal(new SourceSpan(En, nav, 1), error.At);
    }

    [Fact]
    public void A_yaml_mistake_in_a_strings_file_is_named_at_its_line()
    {
        var (errors, line, _) = BuildWithEnglish("  tourism: Tourism", "\ttourism: Tourism");
        var error = Assert.Single(errors);
        Assert.Equal("OCOP007", error.Code);
        Assert.Equal(new SourceSpan(En, line, 1), error.At);
    }
}
