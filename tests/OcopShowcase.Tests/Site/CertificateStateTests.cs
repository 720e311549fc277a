using OcopShowcase.Content.Model;

namespace OcopShowcase.Tests.Site;

public class CertificateStateTests
{
    private static readonly RatingRules Rules = new(
        [new RuleSet("148/QĐ-TTg", new DateOnly(2023, 2, 24), 36, [new(3, 50, 69), new(4, 70, 89), new(5, 90, 100)])],
        ExpiringWarningDays: 90);

    private static Certificate Until(DateOnly validUntil) => new(
        "qd", "chung-nhan/qd.md", "1/QĐ-UBND", validUntil.AddMonths(-36), "UBND", CouncilLevel.Province, new StarRating(4), 75, validUntil, null,
        new Localized<CertificateText>("vi", System.Collections.Immutable.ImmutableSortedDictionary<string, CertificateText>.Empty), []);

    [Theory]
    [InlineData("2027-06-01", CertificateState.Valid)]
    [InlineData("2026-03-01", CertificateState.ExpiringSoon)]
    [InlineData("2025-12-02", CertificateState.ExpiringSoon)]
    [InlineData("2025-12-01", CertificateState.ExpiringSoon)]
    [InlineData("2025-11-30", CertificateState.Expired)]
    public void State_on_the_build_date(string validUntil, CertificateState expected)
        => Assert.Equal(expected, Until(DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture)).StateOn(new DateOnly(2025, 12, 1), Rules));

    [Fact]
    public void Ninety_one_days_ahead_is_still_valid()
        => Assert.Equal(CertificateState.Valid, Until(new DateOnly(2026, 3, 2)).StateOn(new DateOnly(2025, 12, 1), Rules));

    [Theory]
    [InlineData(49, null)]
    [InlineData(50, 3)]
    [InlineData(69, 3)]
    [InlineData(70, 4)]
    [InlineData(89, 4)]
    [InlineData(90, 5)]
    [InlineData(100, 5)]
    public void Score_bands_come_from_the_rule_set(int score, int? stars)
        => Assert.Equal(stars, Rules.RuleSets[0].StarsForScore(score));

    [Fact]
    public void The_rule_set_in_force_is_the_latest_that_took_effect()
    {
        var rules = new RatingRules([new RuleSet("1048", new DateOnly(2019, 8, 21), 36, []), new RuleSet("148", new DateOnly(2023, 2, 24), 36, [])], 90);
        Assert.Equal("1048", rules.InForceOn(new DateOnly(2023, 2, 23))!.Decision);
        Assert.Equal("148", rules.InForceOn(new DateOnly(2023, 2, 24))!.Decision);
        Assert.Null(rules.InForceOn(new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void An_expired_certificate_shows_no_stars_on_its_product()
    {
        var fixture = new ContentFixture().Write("chung-nhan/qd-1114.md",
            "---\ndecision: \"1114/QĐ-UBND\"\nissued_on: 2021-06-12\nissuing_body: UBND tỉnh\nlevel: tinh\nstars: 4\nscore: 78\nproducts: [che-lam]\n---\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "OCOP104");
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").Bytes!);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Null(page.QuerySelector(".stars"));
        Assert.Equal("Đã hết hạn", page.QuerySelector(".cert .state")!.TextContent);
    }
}
