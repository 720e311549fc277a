using OcopShowcase.Cli;
using Spectre.Console;
using Spectre.Console.Testing;

namespace OcopShowcase.Tests.Cli;

/// <summary>The command line as staff and CI use it: exit codes, the error format, and a failed build that writes nothing.</summary>
public class CliTests
{
    internal static (int ExitCode, string Output) Run(string workingDirectory, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        var previous = Directory.GetCurrentDirectory();
        lock (typeof(CliTests))
        {
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var code = CliApp.Run(args, console);
                return (code, console.Output);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    private static string[] Args(ContentFixture fixture, params string[] extra)
        => ["--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--output", fixture.OutputDirectory, "--today", "2026-11-29", .. extra];

    [Fact]
    public void Build_writes_the_site_and_exits_zero()
    {
        var fixture = new ContentFixture();
        var (code, _) = Run(fixture.Root, ["build", .. Args(fixture)]);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(fixture.OutputDirectory, "san-pham", "che-lam", "index.html")));
    }

    /// <summary>
    /// <c>--timings</c> gives each stage's start beside its time, so that the stages a build runs one after another
    /// read as a timeline (each starts once the one before it ended) and those run side by side show their overlap.
    /// </summary>
    [Fact]
    public void Timings_show_when_each_stage_started()
    {
        var fixture = new ContentFixture();
        var (code, output) = Run(fixture.Root, ["build", .. Args(fixture, "--timings")]);
        Assert.Equal(0, code);
        var stages = output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^  (\S.*?) +(\d+) ms  \(at +(\d+) ms; CPU"))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups[1].Value, match => (Elapsed: int.Parse(match.Groups[2].Value), Started: int.Parse(match.Groups[3].Value)));
        string[] oneAfterAnother = ["content", "site", "share cards", "compare reads", "pages", "memo writes", "content listing", "publish"];
        foreach (var (before, after) in oneAfterAnother.Zip(oneAfterAnother.Skip(1)))
        {
            // Each figure is rounded to the millisecond on its own.
            Assert.True(stages[after].Started >= stages[before].Started + stages[before].Elapsed - 1, $"{after} starts at {stages[after].Started} ms, before {before} ({stages[before].Started} + {stages[before].Elapsed} ms) ended");
        }

        Assert.True(stages["content"].Started > 0);
    }

    [Fact]
    public void A_broken_file_exits_one_prints_path_line_col_and_leaves_the_previous_site_untouched()
    {
        var fixture = new ContentFixture();
        Assert.Equal(0, Run(fixture.Root, ["build", .. Args(fixture)]).ExitCode);
        var before = Snapshot(fixture.OutputDirectory);

        fixture.Write("san-pham/che-lam/index.md", "---\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tann\nsummary: x\n---\n");
        var (code, output) = Run(fixture.Root, ["build", .. Args(fixture)]);

        Assert.Equal(1, code);
        Assert.Contains("content/san-pham/che-lam/index.md:4:11: error OCOP100: Không tìm thấy chủ thể \"htx-cam-tann\". Có phải \"htx-cam-tan\"?", output);
        Assert.Equal(before, Snapshot(fixture.OutputDirectory));
        Assert.DoesNotContain(Directory.GetDirectories(fixture.Root), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_terminal_shows_the_first_warnings_of_a_code_and_how_many_more()
    {
        var fixture = new ContentFixture();
        var expired = DiagnosticPrinter.WarningsPerCode + 5;
        for (var i = 0; i < expired; i++)
        {
            fixture.Write($"chung-nhan/qd-{i}.md", $"---\ndecision: \"{i}/QĐ-UBND\"\nissued_on: 2020-01-01\nissuing_body: UBND tỉnh\nlevel: tinh\nstars: 3\nscore: 60\nproducts: [sp-{i}]\n---\n");
            fixture.Write($"san-pham/sp-{i}/index.md", Content.ValidationTests.ProductWith($"certificate: qd-{i}\n").Replace("name: Chè lam", $"name: Sản phẩm {i}", StringComparison.Ordinal));
        }

        static int Lines(string output) => output.Split('\n').Count(l => l.Contains("warning OCOP104", StringComparison.Ordinal));

        var (code, output) = Run(fixture.Root, ["check", .. Args(fixture)]);
        Assert.Equal(0, code);
        Assert.Equal(DiagnosticPrinter.WarningsPerCode, Lines(output));
        Assert.Contains("… và 5 cảnh báo OCOP104 khác (--all-warnings để in tất cả).", output);

        var (_, all) = Run(fixture.Root, ["check", "--all-warnings", .. Args(fixture)]);
        Assert.Equal(expired, Lines(all));
        Assert.DoesNotContain("cảnh báo OCOP104 khác", all);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        var fixture = new ContentFixture();
        Assert.Equal(0, Run(fixture.Root, ["check", .. Args(fixture)]).ExitCode);
        Assert.False(Directory.Exists(fixture.OutputDirectory));
    }

    [Theory]
    [InlineData("build", "--today", "2026-13-01")]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--base-url", "javascript:alert(1)")]
    [InlineData("frobnicate")]
    [InlineData("new", "widget", "Tên")]
    public void Usage_errors_exit_two(params string[] args)
    {
        var fixture = new ContentFixture();
        Assert.Equal(2, Run(fixture.Root, [.. args, "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme]).ExitCode);
    }

    [Theory]
    [InlineData("product", "Bánh đa: vừng \"đen\"", "san-pham/banh-da-vung-den/index.md", "san-pham/banh-da-vung-den/index.html")]
    [InlineData("producer", "HTX Mới", "chu-the/htx-moi.md", "chu-the/htx-moi/index.html")]
    [InlineData("tourism", "Hang Dơi", "du-lich/hang-doi/index.md", "du-lich/hang-doi/index.html")]
    [InlineData("news", "Hội chợ xuân 2027", "tin-tuc/hoi-cho-xuan-2027.md", "tin-tuc/hoi-cho-xuan-2027/index.html")]
    public void New_scaffolds_a_draft_that_check_notes_and_build_does_not_publish(string kind, string title, string expectedPath, string page)
    {
        var fixture = new ContentFixture();
        var (code, output) = Run(fixture.Root, ["new", kind, title, "--producer", "htx-cam-tan", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29"]);
        Assert.True(code == 0, output);
        var written = File.ReadAllText(Path.Combine(fixture.ContentDirectory, expectedPath));
        Assert.Contains("# ", written);
        Assert.Contains("\ndraft: true\n", written);

        var (checkCode, checkOutput) = Run(fixture.Root, ["check", .. Args(fixture)]);
        Assert.Equal(0, checkCode);
        Assert.Contains($"content/{expectedPath}:4:1: note OCOP027:", checkOutput);

        var build = fixture.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Files, f => f.Path == page);
        Assert.Contains(build.Files, f => f.Path == "san-pham/che-lam/index.html");
        // Nothing published names the draft: lists, sitemap, feeds, search, open data.
        var slug = page.Split('/')[1];
        Assert.DoesNotContain(build.Files, f => f.Path.Contains(slug, StringComparison.Ordinal)
            || (f.Bytes is { } bytes && System.Text.Encoding.UTF8.GetString(bytes).Contains(slug, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The scaffolds' example fields are commented out; the guide says to delete the "#" to use one. Deleting it from
    /// every example line must give YAML the reader accepts (a "# " left a space that broke the indentation).
    /// </summary>
    [Theory]
    [InlineData("product", "san-pham/banh-da/index.md")]
    [InlineData("producer", "chu-the/banh-da.md")]
    [InlineData("tourism", "du-lich/banh-da/index.md")]
    [InlineData("news", "tin-tuc/banh-da.md")]
    public void Deleting_the_hash_of_every_example_line_gives_valid_yaml(string kind, string path)
    {
        var fixture = new ContentFixture();
        Assert.Equal(0, Run(fixture.Root, ["new", kind, "Bánh đa", "--producer", "htx-cam-tan", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29"]).ExitCode);
        var file = Path.Combine(fixture.ContentDirectory, path);
        var lines = File.ReadAllLines(file);
        var examples = lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^#(?! )|^#  "));
        File.WriteAllLines(file, lines.Select(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^#(?! )|^#  ") ? l[1..] : l));
        var (_, output) = Run(fixture.Root, ["check", .. Args(fixture)]);
        Assert.True(kind == "news" || examples > 0, "no example lines in the scaffold");
        foreach (var yamlMistake in new[] { "OCOP004", "OCOP005", "OCOP006", "OCOP007", "OCOP008", "OCOP009", "OCOP036" })
        {
            Assert.DoesNotContain(yamlMistake, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_scaffold_without_its_draft_line_reports_what_is_missing_where()
    {
        var fixture = new ContentFixture();
        Assert.Equal(0, Run(fixture.Root, ["new", "product", "Bánh đa", "--producer", "htx-cam-tan", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29"]).ExitCode);
        var path = Path.Combine(fixture.ContentDirectory, "san-pham", "banh-da", "index.md");
        var lines = File.ReadAllLines(path).ToList();
        lines.Remove("draft: true");
        File.WriteAllLines(path, lines);
        var summary = lines.FindIndex(l => l.StartsWith("summary:", StringComparison.Ordinal)) + 1;
        var body = lines.FindLastIndex(l => l.StartsWith("[[", StringComparison.Ordinal)) + 1;
        var first = lines.FindIndex(l => l.StartsWith("name:", StringComparison.Ordinal)) + 1;

        var found = fixture.Build().Diagnostics.Where(d => d.At.File == "san-pham/banh-da/index.md").Select(d => (d.Code, d.At.Line, d.At.Column)).ToList();

        Assert.Equal(
            [("OCOP029", first, 1), ("OCOP032", first, 1), ("OCOP033", first, 1), ("OCOP028", summary, 11), ("OCOP028", body, 1)],
            found);
    }

    [Fact]
    public void New_product_without_producer_off_a_terminal_fails_listing_the_producers_and_writes_nothing()
    {
        var fixture = new ContentFixture();
        fixture.Write("chu-the/ho-kinh-doanh-an.md", "---\nname: Hộ An\nsummary: Hộ kinh doanh.\nlegal_form: ho-kinh-doanh\n---\n");
        var (code, output) = Run(fixture.Root, ["new", "product", "Bánh đa", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme]);
        Assert.Equal(2, code);
        Assert.Contains("--producer", output);
        Assert.Contains("ho-kinh-doanh-an, htx-cam-tan", output);
        Assert.False(Directory.Exists(Path.Combine(fixture.ContentDirectory, "san-pham", "banh-da")));
    }

    [Fact]
    public void New_product_with_an_unknown_producer_suggests_the_closest_and_writes_nothing()
    {
        var fixture = new ContentFixture();
        var (code, output) = Run(fixture.Root, ["new", "product", "Bánh đa", "--producer", "htx-cam-tann", "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme]);
        Assert.Equal(2, code);
        Assert.Contains("Có phải \"htx-cam-tan\"?", output);
        Assert.False(Directory.Exists(Path.Combine(fixture.ContentDirectory, "san-pham", "banh-da")));
    }

    private static Dictionary<string, string> Snapshot(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
