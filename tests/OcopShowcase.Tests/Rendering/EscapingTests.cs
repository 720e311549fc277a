using AngleSharp.Html.Parser;

namespace OcopShowcase.Tests.Rendering;

public class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Script_typed_into_any_field_never_becomes_markup()
    {
        var fixture = new ContentFixture()
            .Write("san-pham/che-lam/index.md",
                $"---\nname: \"Chè {Script}\"\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\nunit: \"{Script}\"\nprice: 1000\nvillage: \"{Script}\"\ncertificate: qd-1114\nbuy:\n  shops: [\"{Script}\"]\n---\n\n{Script}\n\n<img src=x onerror=alert(2)>\n")
            .Write("chu-the/htx-cam-tan.md", $"---\nname: \"HTX {Script}\"\nsummary: x\nlegal_form: hop-tac-xa\n---\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes!));
            // Besides the theme's own scripts, the only script elements are JSON-LD data blocks, which browsers never run; their JSON must hold the text as data.
            Assert.All(document.QuerySelectorAll("script:not([src^='/assets/'])"), script =>
            {
                Assert.Equal("application/ld+json", script.GetAttribute("type"));
                System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
                Assert.DoesNotContain("</script", script.TextContent, StringComparison.OrdinalIgnoreCase);
            });
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        var product = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").Bytes!));
        Assert.Equal($"Chè {Script}", product.QuerySelector("h1")!.TextContent);
        // Raw HTML in the body passes the allow-list: the script element and the event handler are gone, and staff are told.
        Assert.Null(product.QuerySelector(".prose img[onerror]"));
        Assert.Contains(result.Diagnostics, d => d.Code == "OCOP025" && d.Message().Contains("<script>", StringComparison.Ordinal) && d.Message().Contains("onerror", StringComparison.Ordinal));
    }
}
