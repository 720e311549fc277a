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
