using OcopShowcase.Assets.Posters;
using UglyToad.PdfPig;

namespace OcopShowcase.Tests.Assets;

public class PosterTests
{
    [Fact]
    public void Posters_are_painted_once_then_taken_from_the_cache_until_their_page_changes()
    {
        var fixture = new ContentFixture();
        var first = fixture.Build();
        Assert.True(first.Succeeded);
        Assert.Equal(2 * 3 + 2 * 2, first.Posters.Painted); // per language: A4, A6, preview; and an A4 and an A6 bundle

        Assert.Equal(0, fixture.Build().Posters.Painted);

        var product = Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md");
        File.WriteAllText(product, File.ReadAllText(product).Replace("name: Chè lam", "name: Chè lam Phố Cát"));
        var edited = fixture.Build();
        Assert.InRange(edited.Posters.Painted, 1, first.Posters.Painted);
        var a4 = edited.Files.Single(f => f.Path == "posters/san-pham/che-lam-a4.pdf");
        using var pdf = PdfDocument.Open(a4.CopyFrom!);
        Assert.Contains("Chè lam Phố Cát", string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Posters_can_be_turned_off_in_site_yml()
    {
        var fixture = new ContentFixture();
        File.AppendAllText(Path.Combine(fixture.ContentDirectory, "site.yml"), "posters: false\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("posters/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_campaign_parameter_name_with_marks_is_reported_at_its_line()
    {
        var fixture = new ContentFixture();
        File.AppendAllText(Path.Combine(fixture.ContentDirectory, "site.yml"), "qr_campaign:\n  utm_source: qr\n  nguồn: áp phích\n");
        var error = fixture.SingleError();
        Assert.Equal("OCOP026", error.Code);
        Assert.Equal("site.yml", error.At.File);
        Assert.Equal(13, error.At.Line);
    }

    [Theory]
    [InlineData("https://cam-tan-ocop.github.io/san-pham/che-lam-cam-tan/?utm_source=qr&utm_medium=poster")]
    [InlineData("https://example.github.io/ocop-cam-tan/en/du-lich/homestay-nha-san-tan-lap/")]
    public void A_qr_symbol_keeps_a_four_module_quiet_zone(string url)
    {
        var symbol = new QrSymbol(url);
        Assert.Equal(0, (symbol.Size - 2 * QrSymbol.QuietZoneModules - 17) % 4); // 17 + 4 × version modules, plus the quiet zone
        for (var i = 0; i < symbol.Size; i++)
        {
            for (var q = 0; q < QrSymbol.QuietZoneModules; q++)
            {
                Assert.False(symbol.IsDark(q, i) || symbol.IsDark(i, q) || symbol.IsDark(symbol.Size - 1 - q, i) || symbol.IsDark(i, symbol.Size - 1 - q));
            }
        }

        Assert.True(symbol.IsDark(QrSymbol.QuietZoneModules, QrSymbol.QuietZoneModules), "the finder pattern starts right after the quiet zone");
    }
}
