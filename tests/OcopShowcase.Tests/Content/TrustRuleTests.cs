using OcopShowcase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// Runs every case of <c>tests/fixtures/trust/</c> (issue #19, nothing false gets published): certificates and what
/// they list, drafts, placeholder text, price and unit, ways to buy, villages, stars in a product file. Each case
/// names its exact code and place; see the folder's README.
/// </summary>
public class TrustRuleTests
{
    private static readonly string Root = FixtureCases.Folder("trust");

    public static TheoryData<string> Cases() => FixtureCases.Of("trust");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_its_exact_outcome(string name)
    {
        var expect = FixtureCases.Expect("trust", name);
        var fixture = new ContentFixture();
        var overlay = Path.Combine(Root, name, "content");
        if (Directory.Exists(overlay))
        {
            TestPaths.CopyDirectory(overlay, fixture.ContentDirectory, overwrite: true);
        }

        var result = fixture.Build();
        var all = string.Join("\n", result.Diagnostics);
        switch (expect["outcome"])
        {
            case "error":
                Assert.False(result.Succeeded);
                Assert.Empty(result.Files);
                var errors = result.Diagnostics.Where(d => d.IsError).ToList();
                var expected = expect.TryGetValue("also", out var also) ? new[] { expect["code"], also } : [expect["code"]];
                Assert.True(errors.Select(e => e.Code).Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)), $"expected {string.Join(", ", expected)}, got:\n{all}");
                AssertAt(errors.First(e => e.Code == expect["code"]), expect);
                break;
            case "warning" or "note":
                Assert.True(result.Succeeded, all);
                var found = result.Diagnostics.FirstOrDefault(d => d.Code == expect["code"]);
                Assert.True(found is not null, $"expected {expect["code"]}, got:\n{all}");
                Assert.Equal(expect["outcome"] == "note" ? Severity.Note : Severity.Warning, found!.Severity);
                AssertAt(found, expect);
                break;
            case "clean":
                Assert.True(result.Succeeded, all);
                Assert.All(result.Diagnostics, d => Assert.Equal("OCOP033", d.Code));
                break;
            default:
                throw new InvalidOperationException($"Unknown outcome in {name}.");
        }

        if (expect.TryGetValue("absent", out var absent))
        {
            Assert.DoesNotContain(result.Files, f => f.Path.Contains(absent, StringComparison.Ordinal)
                || (f.Bytes is { } bytes && System.Text.Encoding.UTF8.GetString(bytes).Contains(absent, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_draft_is_shown_by_check_and_serve_and_never_by_build()
    {
        // Both are recent, so both would be in the feed if published.
        var fixture = new ContentFixture()
            .Write("san-pham/che-lam/index.md", ValidationTests.ProductWith("added: 2026-11-10\n"))
            .Write("san-pham/banh-gai/index.md",
                "---\ndraft: true\nname: Bánh gai\ngroup: thuc-pham\nproducer: htx-cam-tan\nadded: 2026-11-20\nsummary: \"[[Viết giới thiệu]]\"\n---\n\n[[Giới thiệu chi tiết]]\n");

        var preview = BuildPipeline.Run(fixture.Options() with { WithDrafts = true });
        var published = fixture.Build();

        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics));
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.Contains("class=\"demo-banner draft-banner\"", Text(preview, "san-pham/banh-gai/index.html"));
        Assert.DoesNotContain("draft-banner", Text(preview, "san-pham/che-lam/index.html"));
        Assert.DoesNotContain(published.Files, f => f.Path.Contains("banh-gai", StringComparison.Ordinal));
        foreach (var file in new[] { "sitemap.xml", "feed.xml", "data/products.csv", "data/products.json", "san-pham/index.html", "chu-the/htx-cam-tan/index.html" })
        {
            Assert.DoesNotContain("banh-gai", Text(published, file));
            Assert.Contains("che-lam", Text(published, file));
        }
    }

    [Fact]
    public void A_draft_certificate_and_its_drafts_are_left_out_together()
    {
        var fixture = new ContentFixture()
            .Write("chung-nhan/qd-1114.md", "---\ndraft: true\ndecision: \"1114/QĐ-UBND\"\nissued_on: 2024-06-12\nissuing_body: UBND tỉnh\nlevel: tinh\nstars: 4\nproducts: [che-lam]\n---\n")
            .Write("san-pham/che-lam/index.md", "---\ndraft: true\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tan\ncertificate: qd-1114\nsummary: Chè lam thử.\n---\n");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "OCOP027"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("chung-nhan/qd-1114", StringComparison.Ordinal) || f.Path.StartsWith("san-pham/che-lam", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_draft_is_the_same_error_in_check_as_in_build_and_a_draft_may_link_to_a_draft()
    {
        var fixture = new ContentFixture()
            .Write("san-pham/banh-gai/index.md", "---\ndraft: true\nname: Bánh gai\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: Bánh gai.\n---\n\nXem [tin](/tin-tuc/nhap/).\n")
            .Write("tin-tuc/nhap.md", "---\ndraft: true\ntitle: Nháp\ndate: 2026-11-01\nsummary: Nháp.\n---\n\nSắp có [bánh gai](/en/san-pham/banh-gai/).\n")
            .Write("tin-tuc/tin-thu.md", "---\ntitle: Tin thử\ndate: 2026-11-01\nsummary: Tin thử.\n---\n\nSắp có [bánh gai](/san-pham/banh-gai/) mới.\n");

        static IEnumerable<string> Errors(BuildResult result) => result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.At} {d.Code}");

        Assert.Equal(["tin-tuc/tin-thu.md:7:8 OCOP118"], Errors(fixture.Build()));
        Assert.Equal(["tin-tuc/tin-thu.md:7:8 OCOP118"], Errors(BuildPipeline.Run(fixture.Options() with { WithDrafts = true })));
    }

    private static string Text(BuildResult result, string path)
        => System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);

    private static void AssertAt(Diagnostic diagnostic, Dictionary<string, string> expect)
    {
        Assert.Equal(expect["file"], diagnostic.At.File);
        Assert.Equal(int.Parse(expect["line"], System.Globalization.CultureInfo.InvariantCulture), diagnostic.At.Line);
        Assert.Equal(int.Parse(expect["column"], System.Globalization.CultureInfo.InvariantCulture), diagnostic.At.Column);
        if (expect.TryGetValue("message", out var message))
        {
            Assert.Contains(message, diagnostic.Message());
        }
    }
}
