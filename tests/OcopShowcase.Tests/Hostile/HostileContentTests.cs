using AngleSharp.Html.Parser;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Runs every case of <c>tests/fixtures/hostile/</c>: the exact error with its location, or a safe site in which
/// nothing from the content became script.
/// </summary>
public class HostileContentTests
{
    private static readonly string Root = FixtureCases.Folder("hostile");

    public static TheoryData<string> Cases() => FixtureCases.Of("hostile");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_its_exact_outcome(string name)
    {
        var expect = FixtureCases.Expect("hostile", name);
        var fixture = new ContentFixture();
        TestPaths.CopyDirectory(Path.Combine(Root, name, "content"), fixture.ContentDirectory, overwrite: true);
        var result = fixture.Build();

        if (expect["outcome"] == "error")
        {
            Assert.False(result.Succeeded);
            Assert.Empty(result.Files);
            var error = result.Diagnostics.FirstOrDefault(d => d.Code == expect["code"]);
            Assert.True(error is not null, $"expected {expect["code"]}, got:\n{string.Join("\n", result.Diagnostics)}");
            Assert.Equal(expect["file"], error!.At.File);
            if (expect.TryGetValue("line", out var line))
            {
                Assert.Equal(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture), error.At.Line);
            }

            if (expect.TryGetValue("column", out var column))
            {
                Assert.Equal(int.Parse(column, System.Globalization.CultureInfo.InvariantCulture), error.At.Column);
            }

            return;
        }

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        if (expect.TryGetValue("warning", out var warning))
        {
            Assert.Contains(result.Diagnostics, d => d.Code == warning);
        }

        AssertNothingExecutable(result);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_content_folder_is_refused()
    {
        var fixture = new ContentFixture();
        var secret = Path.Combine(fixture.Root, "secret.txt");
        File.WriteAllText(secret, "mật khẩu");
        File.CreateSymbolicLink(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "anh.jpg"), secret);
        var error = fixture.SingleError();
        Assert.Equal("OCOP031", error.Code);
        Assert.Equal("san-pham/che-lam/anh.jpg", error.At.File);
    }

    [Fact]
    public void A_link_to_a_folder_out_of_the_content_folder_is_refused_and_never_walked()
    {
        // A folder beside the content holding a photo, linked from inside a bundle and named by the product: the build
        // must neither publish it nor walk into it (a link to / would walk the whole disk).
        var fixture = new ContentFixture();
        var elsewhere = Path.Combine(fixture.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.Copy(Path.Combine(TestPaths.Content, "san-pham", "nem-chua-cam-tan", "anh-1.jpg"), Path.Combine(elsewhere, "anh.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "ngoai"), elsewhere);
        var error = fixture.SingleError();
        Assert.Equal("OCOP031", error.Code);
        Assert.Equal("san-pham/che-lam/ngoai", error.At.File);
    }

    [Fact]
    public void A_section_folder_that_links_out_of_the_content_folder_is_refused()
    {
        var fixture = new ContentFixture();
        var elsewhere = Path.Combine(fixture.Root, "news-elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "tin.md"), "---\ntitle: Tin\ndate: 2026-11-01\nsummary: Tin.\n---\n\nTin.\n");
        Directory.CreateSymbolicLink(Path.Combine(fixture.ContentDirectory, "tin-tuc"), elsewhere);
        var error = fixture.SingleError();
        Assert.Equal("OCOP031", error.Code);
        Assert.Equal("tin-tuc", error.At.File);
    }

    [Fact]
    public void A_nfd_folder_name_is_the_same_page_as_its_nfc_form()
    {
        var fixture = new ContentFixture();
        var nfd = "Chè lam".Normalize(System.Text.NormalizationForm.FormD);
        Directory.Move(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam"), Path.Combine(fixture.ContentDirectory, "san-pham", nfd));
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "san-pham/che-lam/index.html");
    }

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href" };

    /// <summary>"/assets/search.", "/assets/staff."…: where the theme's own scripts are published (with their hash).</summary>
    private static readonly string[] ThemeScripts = [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Theme, "assets"), "*.js").Select(f => $"/assets/{Path.GetFileNameWithoutExtension(f)}.")];

    /// <summary>No script (other than JSON-LD data), no javascript: URL and no event handler anywhere in the output.</summary>
    internal static void AssertNothingExecutable(BuildResult result)
    {
        var parser = new HtmlParser();
        foreach (var file in result.Files.Where(f => f.Bytes is not null && f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes!));
            // The theme's own: JSON-LD data blocks and the scripts of theme/assets/. Nothing else may be a script.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || ThemeScripts.Any(prefix => (s.GetAttribute("src") ?? "").StartsWith(prefix, StringComparison.Ordinal)),
                $"{file.Path}: {s.OuterHtml}"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file.Path}: <{element.LocalName} {attribute.Name}>");
                    if (UrlAttributes.Contains(attribute.Name))
                    {
                        var url = attribute.Value.Trim();
                        Assert.False(url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{file.Path}: {attribute.Name}={url}");
                    }
                }

                Assert.NotEqual("iframe", element.LocalName);
                Assert.True(element.LocalName != "form" || element.ClassList.Any(c => c is "quicksearch" or "searchbox" or "filterbar" or "product-form"), $"{file.Path}: {element.OuterHtml}");
            }
        }
    }
}
