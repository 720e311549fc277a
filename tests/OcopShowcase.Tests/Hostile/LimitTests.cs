using OcopShowcase.Content;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Every limit of <c>ContentLimits</c>, passed by generated content: the build reports the limit's code at the file that
/// broke it and writes nothing; it never crashes, hangs or overflows the stack.
/// </summary>
public class LimitTests
{
    [Theory]
    [MemberData(nameof(LimitCases.Names), MemberType = typeof(LimitCases))]
    public void Content_past_a_limit_is_a_located_error(string name)
    {
        var limit = LimitCases.Named(name);
        var fixture = new ContentFixture();
        limit.Apply(fixture);

        var result = fixture.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.True(
            result.Diagnostics.Any(d => d.Code == limit.Code && d.At.File == limit.File),
            $"expected {limit.Code} at {limit.File}, got:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Fact]
    public void The_editors_guide_states_every_limit_with_its_code()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "HUONG-DAN-BIEN-TAP.md"));
        var section = guide[guide.IndexOf("### Giới hạn của nội dung", StringComparison.Ordinal)..guide.IndexOf("### Bảng mã lỗi", StringComparison.Ordinal)];
        static string N(int value) => value.ToString("N0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = " " });
        Assert.All(
            [
                $"{ContentLimits.MaxFileBytes / 1024} KB", $"{N(ContentLimits.MaxNameLength)} ký tự", $"(`summary`) {N(ContentLimits.MaxSummaryLength)}",
                $"khác {N(ContentLimits.MaxFieldLength)}", $"{ContentLimits.MaxMarkdownNesting} tầng", $"tối đa {ContentLimits.MaxYamlNesting} tầng",
                $"{N(ContentLimits.MaxYamlExpandedValues)} giá trị", $"{ContentLimits.MaxFileNameBytes} byte", $"{ContentLimits.MinYear}–{ContentLimits.MaxYear}",
                $"sau {ContentLimits.MaxEchoedLength}",
            ],
            limit => Assert.Contains(limit, section, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(50, 10), code => Assert.Contains($"OCOP0{code}", section, StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_never_repeats_a_huge_value_whole()
    {
        var fixture = new ContentFixture();
        LimitCases.Named("phone-400-kb").Apply(fixture);
        var result = fixture.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "OCOP052");
        Assert.All(result.Diagnostics, d => Assert.True(d.Format().Length < 1_000, d.Format()[..Math.Min(1_000, d.Format().Length)]));
    }

    [Fact]
    public void A_control_character_is_reported_at_its_line_and_column_and_never_reaches_the_message()
    {
        var fixture = new ContentFixture();
        fixture.Write("san-pham/che-lam/index.md", LimitCases.ProductText(name: "Chè lam \u001B]0;pwned\u0007"));
        var errors = fixture.Errors();
        Assert.Equal(2, errors.Count(e => e.Code == "OCOP050"));
        var first = errors.First(e => e.Code == "OCOP050");
        Assert.Equal((2, 15), (first.At.Line, first.At.Column));
        Assert.All(errors, e => Assert.DoesNotContain(e.Format(), c => c is '\u001B' or '\u0007'));
    }

    [Fact]
    public void A_symbolic_link_to_a_sibling_folder_is_still_followed_once()
    {
        var fixture = new ContentFixture();
        var bundle = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam");
        Directory.CreateDirectory(Path.Combine(fixture.ContentDirectory, "chung"));
        File.WriteAllText(Path.Combine(fixture.ContentDirectory, "chung", "bang-gia.txt"), "Giá.");
        Directory.CreateSymbolicLink(Path.Combine(bundle, "chung"), Path.Combine(fixture.ContentDirectory, "chung"));

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
