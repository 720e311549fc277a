namespace OcopShowcase.Tests.Site;

/// <summary>What a product or listing names: an unknown slug (OCOP100/101), a draft named by a published document (OCOP118), a draft naming a draft (fine).</summary>
public sealed class ReferenceCheckTests
{
    private const string DraftProducer = "---\ndraft: true\nname: HTX Nháp\nlegal_form: hop-tac-xa\nsummary: Chưa công bố.\n---\n";

    [Fact]
    public void A_published_product_naming_a_draft_producer_is_OCOP118_at_the_reference()
    {
        var error = new ContentFixture()
            .Write("chu-the/htx-nhap.md", DraftProducer)
            .Write("san-pham/che-lam/index.md", Content.ValidationTests.ProductWith("").Replace("producer: htx-cam-tan", "producer: htx-nhap"))
            .SingleError();

        Assert.Equal("OCOP118", error.Code);
        Assert.Equal("san-pham/che-lam/index.md", error.At.File);
        Assert.Equal(4, error.At.Line);
    }

    [Fact]
    public void A_draft_product_may_name_a_draft_producer()
        => Assert.Empty(new ContentFixture()
            .Write("chu-the/htx-nhap.md", DraftProducer)
            .Write("san-pham/che-lam/index.md", Content.ValidationTests.ProductWith("draft: true\n").Replace("producer: htx-cam-tan", "producer: htx-nhap"))
            .Errors());

    [Fact]
    public void An_unknown_producer_is_OCOP100_with_the_closest_slug()
    {
        var error = new ContentFixture()
            .Write("san-pham/che-lam/index.md", Content.ValidationTests.ProductWith("").Replace("producer: htx-cam-tan", "producer: htx-cam-tann"))
            .SingleError();

        Assert.Equal("OCOP100", error.Code);
        Assert.Contains("\"htx-cam-tan\"", error.Message());
    }
}
