using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Workflow;

public class EditorGuideTests
{
    private static readonly string Guide = Path.Combine(TestPaths.Repository, "docs", "HUONG-DAN-BIEN-TAP.md");

    [Fact]
    public void The_error_table_of_the_guide_is_the_generator_catalogue()
        => Assert.Equal(ErrorTable.Render(), ErrorTable.ExtractFrom(File.ReadAllText(Guide)));

    [Fact]
    public void Every_code_appears_once_in_the_guide()
    {
        var guide = File.ReadAllText(Guide);
        Assert.All(DiagnosticCatalogue.All, d => Assert.Contains($"| {d.Code} |", guide));
        Assert.Equal(DiagnosticCatalogue.All.Count, DiagnosticCatalogue.All.Select(d => d.Code).Distinct().Count());
    }

    /// <summary>
    /// A staff member reads the first table; it must hold every code a content file can cause and none that only a
    /// template or a wrong command can (those come after, under their own heading). Every code raised from a content
    /// fixture in this suite is an editor's code, so a code a staff member can meet is never filed away.
    /// </summary>
    [Fact]
    public void Staff_read_their_codes_first_and_the_maintainers_codes_apart()
    {
        var table = ErrorTable.ExtractFrom(File.ReadAllText(Guide));
        var apart = table.IndexOf("#### ", StringComparison.Ordinal);
        Assert.True(apart > 0);
        var (staff, maintainers) = (table[..apart], table[apart..]);
        Assert.All(DiagnosticCatalogue.All, d =>
        {
            var (own, other) = d.Audience == DiagnosticAudience.Editors ? (staff, maintainers) : (maintainers, staff);
            Assert.Contains($"| {d.Code} |", own);
            Assert.DoesNotContain($"| {d.Code} |", other);
        });
        var fromContent = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "tests", "fixtures"), "expect.yml", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "OCOP[0-9]{3}").Select(m => m.Value))
            .ToHashSet();
        Assert.NotEmpty(fromContent);
        Assert.All(DiagnosticCatalogue.All.Where(d => fromContent.Contains(d.Code)), d => Assert.Equal(DiagnosticAudience.Editors, d.Audience));
    }

    [Fact]
    public void The_guide_covers_the_staff_tasks()
    {
        var guide = File.ReadAllText(Guide);
        foreach (var heading in new[] { "## Thêm một sản phẩm có ảnh", "## Cập nhật giấy chứng nhận OCOP", "## Thêm điểm du lịch", "## Dịch một trang sang tiếng Anh", "## In áp phích và nhãn" })
        {
            Assert.Contains(heading, guide);
        }
    }
}
