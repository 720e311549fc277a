using OcopShowcase.Assets.StaffForm;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Assets;

/// <summary>
/// The staff form's schema is taken from the previous build when its key is the same (<see cref="ProductSchemaWriter.Inputs"/>):
/// each edit a staff member makes either changes the schema and its key, or neither. An edited price changes neither;
/// a product added, a producer renamed, a certificate's annex or a village list or a marketplace's domain
/// changed, both.
/// </summary>
public class ProductSchemaKeyTests
{
    [Fact]
    public void The_key_changes_exactly_when_the_schema_does()
    {
        var fixture = new ContentFixture();
        var before = Made(fixture);

        fixture.Write("san-pham/che-lam/index.md", File.ReadAllText(Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/index.md")).Replace("price: 45000", "price: 47000", StringComparison.Ordinal));
        Assert.Equal(before, Made(fixture));

        var site = File.ReadAllText(Path.Combine(fixture.ContentDirectory, "site.yml"));
        (string What, Action Edit)[] edits =
        [
            ("a product added", () => fixture.Write("san-pham/banh-gai/index.md", "---\nname: Bánh gai\ngroup: thuc-pham\nproducer: htx-cam-tan\nprice: 30000\nunit: cái\nsummary: Bánh gai thử.\nbuy:\n  postmart: https://postmart.vn/san-pham/banh-gai\n---\n\nNội dung.\n")),
            ("a producer renamed", () => fixture.Write("chu-the/htx-cam-tan.md", "---\nname: HTX Cẩm Tân mới\nsummary: Hợp tác xã thử.\nlegal_form: hop-tac-xa\n---\n")),
            ("a certificate's annex", () => fixture.CertificateCovers(["che-lam", "banh-gai"])),
            ("the villages", () => fixture.Write("site.yml", site + "villages: [Thôn Một, Thôn Hai]\n")),
            ("a marketplace's domain", () => fixture.Write("site.yml", site + "villages: [Thôn Một, Thôn Hai]\nmarketplaces:\n  voso:\n    domain: voso.com.vn\n")),
        ];
        var last = Made(fixture);
        foreach (var (what, edit) in edits)
        {
            edit();
            var next = Made(fixture);
            Assert.True(next.Json != last.Json, $"{what}: the schema did not change (the test's edit is wrong)");
            Assert.True(next.Key != last.Key, $"{what}: the schema changed but its key did not");
            last = next;
        }
    }

    /// <summary>The schema of the fixture's site as a build makes it, and its key.</summary>
    private static (string Key, string Json) Made(ContentFixture fixture)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(fixture.ContentDirectory, null, diagnostics);
        Assert.True(content is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList().Select(d => d.Format())));
        var inputs = ProductSchemaWriter.Inputs.Of(SiteEnricher.Enrich(content!, ContentFixture.Today, diagnostics));
        using var hash = new FingerprintBuilder();
        inputs.AddTo(hash);
        return (hash.Finish(), ProductSchemaWriter.Json(inputs));
    }
}
