using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OcopShowcase.Assets.Images;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Tests.Assets;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Active content must not reach a visitor: a bundle publishes only the photos and documents its page uses, a file
/// name reaches a page only escaped (and only when it is safe), the open-data CSV opens in Excel without running a
/// formula, and two sources of one published file are an error before anything is written.
/// </summary>
public class ActiveContentTests
{
    private const string Product = "san-pham/che-lam/index.md";

    /// <summary>A publishable product; a unit and a way to buy follow <paramref name="fields"/> unless they set them.</summary>
    private static string ProductWith(string fields, string body = "Nội dung.")
    {
        var defaults = (fields.Contains("unit:", StringComparison.Ordinal) ? "" : "unit: hộp 300 g\n") + (fields.Contains("buy:", StringComparison.Ordinal) ? "" : "buy:\n  phone: \"0912 345 678\"\n");
        return $"---\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tan\ncertificate: qd-1114\nprice: 45000\nsummary: Chè lam thử.\n{fields}{defaults}---\n\n{body}\n";
    }

    [Fact]
    public void A_bundle_full_of_unlisted_files_publishes_none_of_them()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("photos:\n  - anh-1.jpg\n"));
        var bundle = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam");
        File.WriteAllBytes(Path.Combine(bundle, "anh-1.jpg"), JpegFixtures.LeftRedRightBlue());
        File.WriteAllBytes(Path.Combine(bundle, "anh-2.jpg"), JpegFixtures.LeftRedRightBlue());
        File.WriteAllText(Path.Combine(bundle, "khuyen-mai.html"), "<!doctype html><script src=\"x.js\"></script>");
        File.WriteAllText(Path.Combine(bundle, "x.js"), "alert(document.cookie)");
        File.WriteAllText(Path.Combine(bundle, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        File.WriteAllText(Path.Combine(bundle, "ghi-chu.txt"), "mật khẩu wifi");
        Directory.CreateDirectory(Path.Combine(bundle, "goc"));
        File.WriteAllText(Path.Combine(bundle, "goc", "index.html"), "<script>alert(1)</script>");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var published = result.Files.Where(f => f.Path.StartsWith("san-pham/che-lam/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Contains("san-pham/che-lam/anh-1.jpg", published);
        Assert.DoesNotContain(published, p => p.Contains("khuyen-mai", StringComparison.Ordinal) || p.Contains("x.js", StringComparison.Ordinal)
            || p.Contains("logo", StringComparison.Ordinal) || p.Contains("ghi-chu", StringComparison.Ordinal) || p.Contains("goc/", StringComparison.Ordinal)
            || p.Contains("anh-2", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".svg", StringComparison.Ordinal) && !f.Path.StartsWith("assets/", StringComparison.Ordinal));
        // The only scripts are the theme's and the service worker the generator writes itself, never a bundle's.
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".js", StringComparison.Ordinal) && !f.Path.StartsWith("assets/", StringComparison.Ordinal)
            && "/" + f.Path != OcopShowcase.Site.SiteUrls.ServiceWorker);
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".txt", StringComparison.Ordinal) && f.Path != "robots.txt");
        HostileContentTests.AssertNothingExecutable(result);
    }

    [Fact]
    public void A_jpeg_with_gps_named_jfif_is_published_without_metadata()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("photos:\n  - file: anh-1.jfif\n    alt: Hộp chè lam\n"));
        var original = JpegFixtures.WithExifAndXmp(JpegFixtures.LeftRedRightBlue(), orientation: 1);
        Assert.True(JpegFixtures.HasMetadata(original));
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "anh-1.jfif"), original);

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var photos = result.Files.Where(f => f.Path.StartsWith("san-pham/che-lam/anh-1", StringComparison.Ordinal)).ToList();
        Assert.Contains(photos, f => f.Path == "san-pham/che-lam/anh-1.jpg");
        Assert.DoesNotContain(photos, f => f.Path.EndsWith(".jfif", StringComparison.Ordinal));
        Assert.True(photos.Count >= 3);
        Assert.All(photos, f => Assert.False(JpegFixtures.HasMetadata(f.ReadBytes()), f.Path));
        Assert.All(photos, f => Assert.NotEqual(original, f.ReadBytes()));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").ReadBytes());
        Assert.DoesNotContain(".jfif", page, StringComparison.Ordinal);
        Assert.Contains("/san-pham/che-lam/anh-1.jpg\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x\"><svg onload=alert(1)>'.jpg")]
    [InlineData("<meta http-equiv=refresh content=\"0;url=https:evil.example\">.jpg")]
    [InlineData("anh 1.jpg")]
    public void A_photo_whose_name_is_markup_is_refused_naming_the_file(string name)
    {
        var quoted = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var fixture = new ContentFixture().Write(Product, ProductWith($"photos:\n  - file: \"{quoted}\"\n"));
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", name), JpegFixtures.LeftRedRightBlue());

        var result = fixture.Build();

        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("OCOP045", error.Code);
        Assert.Equal((Product, 9, 11), (error.At.File, error.At.Line, error.At.Column));
        Assert.Contains(name, error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_escapes_every_path_it_writes()
    {
        const string stem = "san-pham/x/a\"><svg onload=alert(1)>' b,c";
        var photo = new ProcessedPhoto("/san-pham/x/a.jpg", 800, 600, "#aabbcc",
            [new PhotoVariant(360, 270, stem + "-360.h.webp", stem + "-360.h.jpg"), new PhotoVariant(720, 540, stem + "-720.h.webp", stem + "-720.h.jpg")], stem + ".jpg");
        var photos = new PhotoSet(new Dictionary<string, ProcessedPhoto> { [photo.SourceUrl] = photo }.ToFrozenDictionary(StringComparer.Ordinal), [], 0, 0);
        var links = new OcopShowcase.Rendering.SiteLinks("/ocop/", [], photos);

        var html = links.Picture(photo.SourceUrl, "\"><script>x</script>", "100vw", first: false)!.Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("svg, script, meta"));
        var image = Assert.Single(document.QuerySelectorAll("img"));
        Assert.Equal(stem + "-720.h.jpg", Uri.UnescapeDataString(image.GetAttribute("src")!["/ocop/".Length..]));
        // Each srcset candidate is one address and one width: no comma or space of the name splits it.
        Assert.All(image.GetAttribute("srcset")!.Split(", "), candidate => Assert.Equal(2, candidate.Split(' ').Length));
        Assert.Equal("\"><script>x</script>", image.GetAttribute("alt"));
    }

    [Fact]
    public void Csv_text_cells_that_excel_would_run_are_neutralised_and_json_keeps_the_value()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("village: \"-1+1\"\nunit: \"@SUM(A1)\"\n").Replace("name: Chè lam", "name: \"=HYPERLINK(\\\"https://evil.example\\\",\\\"Chè lam\\\")\"", StringComparison.Ordinal));
        fixture.Write("chu-the/htx-cam-tan.md", "---\nname: \"+HTX Cẩm Tân\"\nsummary: Hợp tác xã thử.\nlegal_form: hop-tac-xa\n---\n");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var csv = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "data/products.csv").ReadBytes());
        var row = csv.Split("\r\n")[1];
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Chè lam\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains(",'+HTX Cẩm Tân,", row, StringComparison.Ordinal);
        Assert.Contains(",'-1+1,", row, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", row, StringComparison.Ordinal);
        // Numbers stay numbers, and every column stays in its place (empty ones included).
        using var reader = new CsvHelper.CsvReader(new StringReader(csv.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        var cells = (IDictionary<string, object>)reader.GetRecords<dynamic>().Single();
        Assert.Equal(("'-1+1", "'@SUM(A1)", "45000", "4", "", "valid"), ((string)cells["village"], (string)cells["unit"], (string)cells["price_vnd"], (string)cells["stars"], (string)cells["name_en"], (string)cells["certificate_state"]));

        using var json = JsonDocument.Parse(result.Files.Single(f => f.Path == "data/products.json").ReadBytes());
        var product = json.RootElement.GetProperty("products")[0];
        Assert.Equal("=HYPERLINK(\"https://evil.example\",\"Chè lam\")", product.GetProperty("name").GetString());
        Assert.Equal("-1+1", product.GetProperty("village").GetString());
        Assert.Equal("+HTX Cẩm Tân", product.GetProperty("producer").GetString());
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Chè lam", "Chè lam")]
    [InlineData("", "")]
    public void A_formula_cell_gets_a_leading_quote(string cell, string written)
        => Assert.Equal(written, OcopShowcase.Assets.Discovery.OpenDataWriter.NeutraliseFormula(cell));

    [Fact]
    public void A_certificate_publishes_its_listed_pdf_scan_and_nothing_else()
    {
        var fixture = new ContentFixture();
        var certificate = File.ReadAllText(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        File.Delete(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        fixture.Write("chung-nhan/qd-1114/index.md", certificate.Replace("\n---\n", "\nscan: quyet-dinh.pdf\n---\n", StringComparison.Ordinal));
        fixture.Write("chung-nhan/qd-1114/quyet-dinh.pdf", "%PDF-1.4\n%%EOF\n");
        fixture.Write("chung-nhan/qd-1114/quyet-dinh.html", "<script>alert(1)</script>");

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "chung-nhan/qd-1114/quyet-dinh.pdf");
        Assert.DoesNotContain(result.Files, f => f.Path == "chung-nhan/qd-1114/quyet-dinh.html");
    }

    [Fact]
    public void A_certificate_scan_that_is_a_web_page_is_refused()
    {
        var fixture = new ContentFixture();
        var certificate = File.ReadAllText(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        File.Delete(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        fixture.Write("chung-nhan/qd-1114/index.md", certificate.Replace("\n---\n", "\nscan: quyet-dinh.html\n---\n", StringComparison.Ordinal));
        fixture.Write("chung-nhan/qd-1114/quyet-dinh.html", "<script>alert(1)</script>");

        var error = fixture.SingleError();

        Assert.Equal("OCOP047", error.Code);
        Assert.Equal("chung-nhan/qd-1114/index.md", error.At.File);
    }

    [Fact]
    public void A_web_page_renamed_pdf_is_refused_as_a_scan()
    {
        var fixture = new ContentFixture();
        var certificate = File.ReadAllText(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        File.Delete(Path.Combine(fixture.ContentDirectory, "chung-nhan", "qd-1114.md"));
        fixture.Write("chung-nhan/qd-1114/index.md", certificate.Replace("\n---\n", "\nscan: quyet-dinh.pdf\n---\n", StringComparison.Ordinal));
        fixture.Write("chung-nhan/qd-1114/quyet-dinh.pdf", "<!doctype html><script>alert(1)</script>%PDF-1.4");

        var error = fixture.SingleError();

        Assert.Equal(("OCOP048", "chung-nhan/qd-1114/index.md", 9, 7), (error.Code, error.At.File, error.At.Line, error.At.Column));
    }

    [Fact]
    public void A_photo_the_body_shows_is_published_and_an_unlisted_one_is_not()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("", "Lò sấy:\n\n![Lò sấy chè lam](anh-lo-say.jpg)\n"));
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "anh-lo-say.jpg"), JpegFixtures.LeftRedRightBlue());
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", "anh-khac.jpg"), JpegFixtures.LeftRedRightBlue());

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "san-pham/che-lam/anh-lo-say.jpg");
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("san-pham/che-lam/anh-khac", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").ReadBytes()));
        Assert.NotNull(page.QuerySelector("picture img[alt='Lò sấy chè lam']"));
    }

    [Fact]
    public void Two_sources_of_one_published_file_are_one_error_naming_both()
    {
        var bag = new DiagnosticBag();
        var clear = SitePlan.Check(
        [
            new PlannedFile("san-pham/x/anh-2.jpg", "san-pham/x/anh-2.jpg", "san-pham/x/anh-2.jpg"),
            new PlannedFile("san-pham/x/index.html", "san-pham/x/index.md", "san-pham/x/index.md"),
            new PlannedFile("san-pham/x/anh-2.jpg", "san-pham/x/anh-2.png", "san-pham/x/anh-2.png"),
            new PlannedFile("san-pham/nhom/thuc-pham/index.html", "/san-pham/nhom/thuc-pham/"),
            new PlannedFile("san-pham/nhom/thuc-pham/index.html", "san-pham/nhom/index.md", "san-pham/nhom/index.md"),
        ], bag);

        Assert.False(clear);
        var errors = bag.ToSortedList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("OCOP114", e.Code));
        Assert.Equal(["san-pham/nhom/index.md", "san-pham/x/anh-2.png"], errors.Select(e => e.At.File));
        Assert.Contains("san-pham/x/anh-2.jpg", errors[1].Message(), StringComparison.Ordinal);
        Assert.Contains("san-pham/x/anh-2.png", errors[1].Message(), StringComparison.Ordinal);
        Assert.Contains("/san-pham/nhom/thuc-pham/", errors[0].Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_beside_a_jpeg_of_the_same_name_is_a_collision_and_nothing_is_written()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("photos:\n  - anh-2.jpg\n  - anh-2.png\n"));
        var bundle = Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam");
        File.WriteAllBytes(Path.Combine(bundle, "anh-2.jpg"), JpegFixtures.LeftRedRightBlue());
        File.Copy(Path.Combine(TestPaths.Fixture("photos"), "rgb16.png"), Path.Combine(bundle, "anh-2.png"));

        var result = BuildPipeline.BuildAndWrite(fixture.Options());

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("OCOP114", error.Code);
        Assert.Contains("anh-2.jpg", error.Message(), StringComparison.Ordinal);
        Assert.Contains("anh-2.png", error.Message(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.OutputDirectory) && Directory.EnumerateFileSystemEntries(fixture.OutputDirectory).Any());
    }
}
