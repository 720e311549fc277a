using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Site;

/// <summary>
/// The catalogue's order as a Vietnamese reader expects it: by group, stars (highest first), then name in the
/// alphabet of the reader's language (A Ă Â B C D Đ, with capitals and small letters together), which code point
/// order would break; and every list (a group's, a rating's) keeps that order.
/// </summary>
public class CatalogueOrderTests
{
    private static readonly (string Slug, string Name, bool Starred)[] Products =
    [
        ("duong-phen", "Đường phèn", true),
        ("dua-sap", "Dừa sáp", true),
        ("zo-ruou", "Zô rượu", false),
        ("an-than-tra", "An thần trà", true),
        ("am-duong-tra", "Âm dương trà", true),
        ("banh-da", "bánh đa", true),
        ("an-lien-chao", "Ăn liền cháo", true),
    ];

    private static SiteModel Site()
    {
        var fixture = new ContentFixture().CertificateCovers(Products.Where(p => p.Starred).Select(p => p.Slug).Append("che-lam"));
        foreach (var (slug, name, starred) in Products)
        {
            fixture.Write($"san-pham/{slug}/index.md",
                $"---\nname: {name}\ngroup: thuc-pham\nproducer: htx-cam-tan\nprice: 45000\nunit: hộp\n{(starred ? "certificate: qd-1114\n" : "")}summary: Thử.\nbuy:\n  postmart: https://postmart.vn/san-pham/{slug}\n---\n\nNội dung.\n");
        }

        var bag = new DiagnosticBag();
        var site = SiteEnricher.Enrich(ContentLoader.Load(fixture.ContentDirectory, null, bag)!, ContentFixture.Today, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedList().Where(d => d.IsError).Select(d => d.ToString())));
        return site;
    }

    [Fact]
    public void Names_follow_the_Vietnamese_alphabet_after_stars_and_every_list_keeps_the_order()
    {
        var site = Site();
        var vi = site.Languages.Single(l => l.Code == "vi");
        string[] Names(ProductGroup? group, int? stars) => [.. site.Facts.Catalogue(vi, group, stars, Paging.Single).Products.Select(p => p.Text.In("vi").Name)];

        string[] starred = ["An thần trà", "Ăn liền cháo", "Âm dương trà", "bánh đa", "Chè lam", "Dừa sáp", "Đường phèn"];
        Assert.Equal([.. starred, "Zô rượu"], Names(null, null));
        Assert.Equal([.. starred, "Zô rượu"], Names(ProductGroup.Food, null));
        Assert.Equal(starred, Names(null, 4));
        Assert.Equal(starred, Names(ProductGroup.Food, 4));
        Assert.Empty(Names(ProductGroup.Beverage, null));
        Assert.Empty(Names(null, 5));
        Assert.Equal(8, site.Facts.Catalogue(vi, null, null, Paging.Single).Total);
    }
}
