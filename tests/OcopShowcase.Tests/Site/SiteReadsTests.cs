using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Site;

/// <summary>
/// What the site model writes down when a page reads it (<see cref="SiteReads"/>): a page is taken from the previous
/// build without being drafted when what it read has the same fingerprints, so a read that goes unrecorded leaves a
/// page stale. The whole content, by any way in, is "everything"; a catalogue page reads its slice, not every product.
/// </summary>
public class SiteReadsTests
{
    private static readonly Lazy<SiteModel> Sample = new(() =>
    {
        var bag = new DiagnosticBag();
        return SiteEnricher.Enrich(ContentLoader.Load(TestPaths.Content, null, bag)!, new DateOnly(2026, 11, 29), bag);
    });

    private static SiteReads Reading(Action<SiteModel> read)
    {
        var reads = SiteReads.Begin();
        try
        {
            read(Sample.Value);
        }
        finally
        {
            reads.End();
        }

        return reads;
    }

    [Fact]
    public void The_whole_content_is_everything_whichever_way_a_view_reaches_it()
    {
        Assert.True(Reading(site => _ = site.Content.Products).ReadEverything);
        Assert.True(Reading(site => _ = site.Facts.Content.Products).ReadEverything);
        Assert.True(Reading(site => _ = site.Pages).ReadEverything);
        Assert.True(Reading(site => _ = site.Files).ReadEverything);
    }

    [Fact]
    public void A_catalogue_page_reads_its_slice_and_the_star_filters_read_which_ratings_are_used()
    {
        var language = Sample.Value.DefaultLanguage;
        var reads = Reading(site =>
        {
            _ = site.Facts.Catalogue(language, null, null, new Paging(1, 1));
            _ = site.Facts.StarsInUse;
        });

        Assert.False(reads.ReadEverything);
        Assert.Equal(["q:catalogue:vi/-/-/1", $"q:{ReadFingerprints.StarsInUse}:"], reads.Tokens.Order(StringComparer.Ordinal));
        Assert.NotEmpty(Sample.Value.Facts.Catalogue(language, null, null, new Paging(1, 1)).Products);
    }

    [Fact]
    public void A_certificate_row_reads_its_products_names_and_is_fingerprinted_by_what_it_gets()
    {
        var site = Sample.Value;
        var certificate = site.Facts.CertificatesNewestFirst.First(c => site.ProductsUnder(c).Count > 0);
        IReadOnlyList<ProductName> named = [];
        var reads = Reading(s => named = s.ProductsUnder(certificate));
        Assert.Equal([$"q:{ReadFingerprints.ProductsUnder}:{certificate.Slug}"], reads.Tokens);

        // The fingerprint is made from the products without making their names: it must hash what the row is given.
        using var expected = new OcopShowcase.Output.FingerprintBuilder();
        foreach (var product in named)
        {
            expected.Add(product.Slug);
            foreach (var (language, name) in product.Names)
            {
                expected.Add(language).Add(name);
            }
        }

        Assert.Equal(site.Languages.Select(l => l.Code), named[0].Names.Select(n => n.Language));
        Assert.Equal(expected.Finish(), new ReadFingerprints(site, OcopShowcase.Assets.Images.PhotoSet.Empty).Of(reads.Tokens.Single()));
    }

    [Theory]
    [InlineData("vi/-/-/1")]
    [InlineData("en/thuc-pham/-/3")]
    [InlineData("vi/-/4/2")]
    public void A_slice_reads_back_as_it_was_written(string argument)
        => Assert.Equal(argument, CatalogueSlice.TryParse(argument)!.Argument);

    [Theory]
    [InlineData("vi/-/-")]
    [InlineData("vi/khong-co/-/1")]
    [InlineData("vi/-/-/0")]
    [InlineData("vi/-/x/1")]
    public void A_slice_this_generator_does_not_write_is_none(string argument) => Assert.Null(CatalogueSlice.TryParse(argument));
}
