using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OcopShowcase.Tests.Integration;

/// <summary>The real sample content built into a temp folder, read back from disk the way a visitor's browser would.</summary>
public sealed class SampleSite
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public SampleSite(Uri? baseUrl)
    {
        Output = Path.Combine(TestPaths.TempDirectory(), "_site");
        Options = new BuildOptions(TestPaths.Content, TestPaths.Theme, Output, baseUrl, Today);
        Result = BuildPipeline.BuildAndWrite(Options);
    }

    public string Output { get; }

    public BuildOptions Options { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));
}

public sealed class RootSite
{
    public SampleSite Site { get; } = new(null);
}

public sealed class ProjectSite
{
    public static readonly Uri BaseUrl = new("https://example.github.io/ocop-cam-tan/");

    public SampleSite Site { get; } = new(BaseUrl);
}
