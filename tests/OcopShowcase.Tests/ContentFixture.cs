using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests;

/// <summary>
/// A copy of <c>tests/fixtures/minimal</c> (one producer, one certificate, one product) in a temp folder, which a
/// test changes file by file and then builds with the real pipeline and the real theme.
/// </summary>
public sealed class ContentFixture
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public ContentFixture(string fixture = "minimal")
    {
        Root = TestPaths.TempDirectory();
        ContentDirectory = Path.Combine(Root, "content");
        OutputDirectory = Path.Combine(Root, "_site");
        TestPaths.CopyDirectory(TestPaths.Fixture(fixture), ContentDirectory);
    }

    public string Root { get; }

    public string ContentDirectory { get; }

    public string OutputDirectory { get; }

    public ContentFixture Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Makes the fixture's certificate (qd-1114) list <paramref name="slugs"/> as the products it recognises.</summary>
    public ContentFixture CertificateCovers(IEnumerable<string> slugs)
        => Write("chung-nhan/qd-1114.md",
            $"---\ndecision: \"1114/QĐ-UBND\"\nissued_on: 2024-06-12\nissuing_body: UBND tỉnh Thanh Hóa\nlevel: tinh\nstars: 4\nscore: 78\nproducts: [{string.Join(", ", slugs)}]\n---\n");

    public BuildOptions Options(Uri? baseUrl = null) => new(ContentDirectory, TestPaths.Theme, OutputDirectory, baseUrl, Today);

    public BuildResult Build(Uri? baseUrl = null) => BuildPipeline.Run(Options(baseUrl));

    public IReadOnlyList<Diagnostic> Errors() => Build().Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>The only error of the build; fails the test when there is not exactly one.</summary>
    public Diagnostic SingleError()
    {
        var errors = Errors();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors.Select(e => e.Format())));
        return errors[0];
    }
}
