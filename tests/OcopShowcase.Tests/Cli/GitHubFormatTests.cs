using OcopShowcase.Cli;
using Spectre.Console.Testing;

namespace OcopShowcase.Tests.Cli;

public class GitHubFormatTests
{
    [Fact]
    public void Check_format_github_prints_one_annotation_per_diagnostic()
    {
        var fixture = new ContentFixture()
            .Write("san-pham/che-lam/index.md", "---\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tann\nsummary: \"a, b: c\"\nprice: 80k\nunit: hộp\ncertificate: qd-1114\nbuy:\n  phone: \"0912 345 678\"\n---\n")
            .Write("chung-nhan/qd-1114.md", "---\ndecision: \"1114/QĐ-UBND\"\nissued_on: 2023-06-12\nissuing_body: UBND tỉnh\nlevel: tinh\nstars: 4\nscore: 78\nproducts: [che-lam]\n---\n")
            .Write("tin-tuc/nhap.md", "---\ndraft: true\ntitle: Tin nháp\ndate: 2026-11-01\nsummary: \"[[Viết tóm tắt]]\"\n---\n");
        var console = new TestConsole();
        string output;
        int code;
        lock (typeof(CliTests))
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(fixture.Root);
            try
            {
                code = CliApp.Run(["check", "--format", "github", "--content", "content", "--theme", TestPaths.Theme, "--today", "2026-11-29"], console);
                output = console.Output;
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "::warning file=content/chung-nhan/qd-1114.md,line=1,col=1,title=OCOP104::OCOP104: Giấy chứng nhận 1114/QĐ-UBND đã hết hạn ngày 2026-06-12; sản phẩm không còn hiện sao OCOP.",
                "::warning file=content/san-pham/che-lam/index.md,line=2,col=1,title=OCOP033::OCOP033: Sản phẩm chưa có ảnh (photos): trang và thẻ sản phẩm sẽ hiện ô trống.",
                "::error file=content/san-pham/che-lam/index.md,line=4,col=11,title=OCOP100::OCOP100: Không tìm thấy chủ thể \"htx-cam-tann\". Có phải \"htx-cam-tan\"?",
                "::error file=content/san-pham/che-lam/index.md,line=6,col=8,title=OCOP013::OCOP013: Trường \"price\" phải là một số nguyên, ví dụ 80000; đang là \"80k\".",
                "::notice file=content/tin-tuc/nhap.md,line=2,col=1,title=OCOP027::OCOP027: Đây là bản nháp (draft: true): xem được khi chạy serve và check, nhưng lệnh build không đăng trang này.",
            ],
            lines);
    }
}
