using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// What an independent validator (schema.org's, Google's Rich Results) would catch in the built pages' JSON-LD and
/// share meta. The outside facts are encoded here, from schema.org's definitions: which types a property is defined
/// on, and the supertypes of the types the site writes.
/// </summary>
public class SchemaDomainTests(RootSite root) : IClassFixture<RootSite>
{
    /// <summary>schema.org/award: "Used on these types": CreativeWork, Organization, Person, Product, Service.</summary>
    private static readonly string[] AwardDomain = ["CreativeWork", "Organization", "Person", "Product", "Service"];

    /// <summary>schema.org/hasCertification: Organization, Person, Place, Product, Service.</summary>
    private static readonly string[] HasCertificationDomain = ["Organization", "Person", "Place", "Product", "Service"];

    /// <summary>schema.org's type hierarchy for the types the site writes (each type's direct supertypes).</summary>
    private static readonly Dictionary<string, string[]> Supertypes = new(StringComparer.Ordinal)
    {
        ["TouristAttraction"] = ["Place"],
        ["LodgingBusiness"] = ["LocalBusiness"],
        ["LocalBusiness"] = ["Organization", "Place"],
        ["GovernmentOrganization"] = ["Organization"],
        ["NewsArticle"] = ["Article"],
        ["Article"] = ["CreativeWork"],
        ["WebSite"] = ["CreativeWork"],
        ["Certification"] = ["CreativeWork"],
    };

    private SampleSite Site => root.Site;

    private static IEnumerable<string> TypeAndSupertypes(string type)
        => [type, .. Supertypes.GetValueOrDefault(type, []).SelectMany(TypeAndSupertypes)];

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var node in Nodes(property.Value))
                {
                    yield return node;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var node in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return node;
            }
        }
    }

    private static List<JsonElement> Typed(IDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return Nodes(json.RootElement).Where(n => n.TryGetProperty("@type", out _)).Select(n => n.Clone()).ToList();
    }

    public static bool IsDefinedOn(string type, IEnumerable<string> domain) => TypeAndSupertypes(type).Intersect(domain).Any();

    [Fact]
    public void The_encoded_domains_say_award_is_not_a_property_of_a_tourist_attraction()
    {
        Assert.False(IsDefinedOn("TouristAttraction", AwardDomain));
        Assert.True(IsDefinedOn("TouristAttraction", HasCertificationDomain));
        Assert.True(IsDefinedOn("LodgingBusiness", AwardDomain));
        Assert.True(IsDefinedOn("Product", AwardDomain));
    }

    [Fact]
    public void Award_and_has_certification_appear_only_on_types_schema_org_defines_them_on()
    {
        var checkedNodes = 0;
        foreach (var path in Site.HtmlFiles.Where(p => p != "404.html"))
        {
            foreach (var node in Typed(Site.Page(path)))
            {
                var type = node.GetProperty("@type").GetString()!;
                if (node.TryGetProperty("award", out _))
                {
                    Assert.True(IsDefinedOn(type, AwardDomain), $"{path}: award on {type}");
                    checkedNodes++;
                }

                if (node.TryGetProperty("hasCertification", out var certification))
                {
                    Assert.True(IsDefinedOn(type, HasCertificationDomain), $"{path}: hasCertification on {type}");
                    Assert.Equal("Certification", certification.GetProperty("@type").GetString());
                    checkedNodes++;
                }
            }
        }

        Assert.True(checkedNodes > 10);
    }

    [Fact]
    public void A_certified_tourist_attraction_states_its_certificate_in_data_and_in_the_page_text()
    {
        var page = Site.Page("du-lich/ban-chieng/index.html");
        var attraction = Assert.Single(Typed(page), n => n.GetProperty("@type").GetString() == "TouristAttraction");
        Assert.False(attraction.TryGetProperty("award", out _));
        var certification = attraction.GetProperty("hasCertification");
        var decision = certification.GetProperty("certificationIdentification").GetString()!;
        Assert.Equal("1507/QĐ-UBND", decision);
        Assert.Equal("UBND tỉnh Thanh Hóa", certification.GetProperty("issuedBy").GetProperty("name").GetString());
        Assert.Contains(decision, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var english = Assert.Single(Typed(Site.Page("en/du-lich/ban-chieng/index.html")), n => n.GetProperty("@type").GetString() == "TouristAttraction");
        Assert.Equal("Thanh Hóa Provincial People's Committee", english.GetProperty("hasCertification").GetProperty("issuedBy").GetProperty("name").GetString());
    }

    [Fact]
    public void Every_page_with_a_share_image_describes_it_and_names_the_other_locale()
    {
        var pages = Site.HtmlFiles.Where(p => p != "404.html").ToList();
        foreach (var path in pages)
        {
            var page = Site.Page(path);
            string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(Meta("og:image")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta("og:image:alt")), path);
            var locale = Meta("og:locale");
            var alternates = page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")).ToList();
            Assert.Equal(path.StartsWith("en/", StringComparison.Ordinal) ? ("en_US", "vi_VN") : ("vi_VN", "en_US"), (locale, Assert.Single(alternates)));
        }

        Assert.Equal("Thẻ chia sẻ: Chè lam Cẩm Tân", Site.Page("san-pham/che-lam-cam-tan/index.html").QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_product_sold_only_by_phone_still_has_an_offer_from_its_producer()
    {
        var fixture = new ContentFixture().Write("san-pham/che-lam/index.md", """
            ---
            name: Chè lam
            group: thuc-pham
            producer: htx-cam-tan
            certificate: qd-1114
            price: 45000
            unit: hộp 300 g
            summary: Chè lam thử.
            buy:
              phone: "0912 345 678"
            ---

            Nội dung.
            """);
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.Format())));
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "san-pham/che-lam/index.html").Bytes!);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var product = Assert.Single(Typed(page), n => n.GetProperty("@type").GetString() == "Product");
        var offer = Assert.Single(product.GetProperty("offers").EnumerateArray());
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal(45000m, decimal.Parse(offer.GetProperty("price").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("VND", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/InStock", offer.GetProperty("availability").GetString());
        Assert.Equal(product.GetProperty("manufacturer").GetProperty("name").GetString(), offer.GetProperty("seller").GetProperty("name").GetString());
        Assert.Equal(product.GetProperty("url").GetString(), offer.GetProperty("url").GetString());
    }
}
