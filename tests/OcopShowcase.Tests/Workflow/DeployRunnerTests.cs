using AngleSharp.Html.Parser;

namespace OcopShowcase.Tests.Workflow;

/// <summary>
/// deploy.yml's build job played as a GitHub-hosted runner runs it (<see cref="SimulatedRunner"/>): on a machine
/// without poppler, Chromium or Java, with CI=true and configure-pages answering a project site's address, every step
/// succeeds and leaves a site whose links carry the project path; a content error stops it before anything is uploaded.
/// </summary>
public class DeployRunnerTests
{
    [SkippableFact]
    public void The_build_job_publishes_a_project_site_from_a_bare_runner_and_a_content_error_stops_it()
    {
        var unavailable = SimulatedRunner.Unavailable();
        if (unavailable is not null && TestTools.InCi)
        {
            Assert.Fail("CI=true but " + unavailable);
        }

        Skip.If(unavailable is not null, unavailable + ".");
        var runner = new SimulatedRunner();
        var workflow = WorkflowFile.Load("deploy.yml");

        var result = runner.Run(workflow, "build");
        Assert.True(result.Succeeded, $"step '{result.FailedStep}' failed on the simulated runner:\n{result.Log}");
        Assert.Empty(runner.AptInstalls);
        Assert.True(new FileInfo(Path.Combine(runner.Temp, "artifact.tar")).Length > 100_000, "the Pages artifact was not made");

        var site = Path.Combine(runner.Workspace, "_site");
        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(SimulatedRunner.PagesBaseUrl + "/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var rooted = home.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.NotEmpty(rooted);
        Assert.All(rooted, href => Assert.StartsWith("/ocop-cam-tan/", href, StringComparison.Ordinal));
        Assert.Contains("Sitemap: " + SimulatedRunner.PagesBaseUrl + "/sitemap.xml", File.ReadAllText(Path.Combine(site, "robots.txt")), StringComparison.Ordinal);

        // A product that names a producer who does not exist: the build step fails and nothing is uploaded.
        var product = Path.Combine(runner.Workspace, "content", "san-pham", "che-lam-cam-tan", "index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("producer: ", "producer: khong-co-", StringComparison.Ordinal));
        File.Delete(Path.Combine(runner.Temp, "artifact.tar"));
        var broken = runner.Run(workflow, "build");
        Assert.Equal("Build with the Pages address", broken.FailedStep);
        Assert.Contains("OCOP", broken.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(runner.Temp, "artifact.tar")));
    }
}
