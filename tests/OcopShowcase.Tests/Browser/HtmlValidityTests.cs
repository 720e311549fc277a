using System.Diagnostics;
using System.Text.Json;

namespace OcopShowcase.Tests.Browser;

/// <summary>Every generated page passes the Nu Html Checker (vnu.jar from the npm package vnu-jar, run by Java).</summary>
[Trait("Category", "Browser")]
public class HtmlValidityTests(Integration.RootSite root) : IClassFixture<Integration.RootSite>
{
    private static readonly string VnuJar = Path.Combine(TestPaths.Repository, "tests", "html-validator", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public void Every_page_is_valid_html()
    {
        TestTools.Require(TestTools.OnPath("java") is not null, "Java (for the Nu Html Checker)", "default-jre-headless");
        TestTools.Require(File.Exists(VnuJar), "The Nu Html Checker (vnu-jar, npm ci in tests/html-validator)", "npm");
        Assert.True(root.Site.Result.Succeeded);

        var start = new ProcessStartInfo(TestTools.OnPath("java")!, ["-jar", VnuJar, "--errors-only", "--skip-non-html", "--format", "json", root.Site.Output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var report = stdout.Length > 0 ? stdout : stderr.Result;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(root.Site.HtmlFiles.Count() > 50);
        Assert.Empty(errors);
    }
}
