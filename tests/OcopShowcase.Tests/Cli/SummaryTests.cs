using OcopShowcase.Tests.Content;

namespace OcopShowcase.Tests.Cli;

/// <summary>The line that counts a run's errors and warnings, in the language of <c>--messages</c>, with English plurals.</summary>
public class SummaryTests
{
    private const string WithoutPhoto = "---\nname: Khong anh {0}\ngroup: thuc-pham\nproducer: htx-cam-tan\nprice: 1000\nunit: goi\nsummary: Khong anh.\nbuy:\n  phone: \"0912 345 678\"\n---\n";

    /// <summary>
    /// The minimal content, its product given a photo so that it raises nothing, with <paramref name="errors"/> broken
    /// products and <paramref name="warnings"/> products without a photo (each one warning).
    /// </summary>
    private static string[] Check(int errors, int warnings, string language)
    {
        var fixture = new ContentFixture();
        File.Copy(Path.Combine(TestPaths.Content, "san-pham", "che-lam-cam-tan", "anh-1.jpg"), Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "anh-1.jpg"));
        var product = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("summary:", "photos:\n  - file: anh-1.jpg\n    alt: Che lam\nsummary:", StringComparison.Ordinal));
        for (var i = 0; i < errors; i++)
        {
            fixture.Write($"san-pham/hong-{i}/index.md", "---\nname: Hong\nprice 1\n---\n");
        }

        for (var i = 0; i < warnings; i++)
        {
            fixture.Write($"san-pham/khong-anh-{i}/index.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, WithoutPhoto, i));
        }

        var (_, output) = CliTests.Run(fixture.Root, "check", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29", "--messages", language);
        return output.Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    [Theory]
    [InlineData(1, 0, "1 error, 0 warnings.")]
    [InlineData(2, 1, "2 errors, 1 warning.")]
    [InlineData(0, 1, "1 warning.")]
    [InlineData(0, 2, "2 warnings.")]
    public void English_counts_are_singular_for_one_and_plural_otherwise(int errors, int warnings, string summary)
    {
        var output = Check(errors, warnings, "en");
        Assert.Contains(summary, output);
        Assert.DoesNotMatch(YamlMistakeTests.VietnameseLetter, string.Join('\n', output));
    }

    [Theory]
    [InlineData(1, 0, "1 lỗi, 0 cảnh báo.")]
    [InlineData(3, 2, "3 lỗi, 2 cảnh báo.")]
    [InlineData(0, 1, "1 cảnh báo.")]
    public void Vietnamese_counts_have_one_form(int errors, int warnings, string summary)
        => Assert.Contains(summary, Check(errors, warnings, "vi"));

    [Fact]
    public void Valid_content_is_announced_in_the_chosen_language()
    {
        Assert.Contains(Check(0, 0, "en"), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^The content is valid: [0-9]+ pages\.$"));
        Assert.Contains(Check(0, 0, "vi"), l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Nội dung hợp lệ: [0-9]+ trang\\.$"));
    }
}
