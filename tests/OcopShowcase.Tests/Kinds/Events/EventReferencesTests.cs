using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

public sealed class EventReferencesTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Published = new Dictionary<string, IReadOnlySet<string>>
    {
        ["chu-the"] = new HashSet<string> { "htx-nong-nghiep-cam-tan" },
        ["san-pham"] = new HashSet<string> { "che-lam-cam-tan", "banh-gai-cam-tan" },
        ["du-lich"] = new HashSet<string> { "ban-chieng" },
    };

    private static IReadOnlyList<Diagnostic> Check(IReadOnlySet<string>? drafts, params string[] lines) => Check(drafts, new HashSet<string>(), lines);

    private static IReadOnlyList<Diagnostic> Check(IReadOnlySet<string>? drafts, IReadOnlySet<string> unreadable, params string[] lines)
    {
        var diagnostics = new DiagnosticBag();
        EventReferences.Check(EventReading.Read(EventReading.File(lines)).Event!, Published, drafts ?? new HashSet<string>(), unreadable, diagnostics);
        return diagnostics.ToSortedList();
    }

    [Fact]
    public void Names_of_published_pages_are_fine()
        => Assert.Empty(Check(null, "listings: [ban-chieng]"));

    [Fact]
    public void An_unknown_product_is_OCOP126_at_its_item_with_the_closest_slug()
    {
        var error = Assert.Single(Check(null, "products: [che-lam-cam-tan, banh-gai-cam-tann]"));

        Assert.Equal("OCOP126", error.Code);
        Assert.Equal("banh-gai-cam-tan", error.Suggestion);
        Assert.Equal(new SourceSpan(EventReading.Path, 13, 29), error.At);
    }

    [Fact]
    public void An_unknown_listing_is_OCOP129()
    {
        var error = Assert.Single(Check(null, "listings: [ban-chien]"));

        Assert.Equal("OCOP129", error.Code);
        Assert.Equal("ban-chieng", error.Suggestion);
    }

    [Fact]
    public void An_organiser_slug_that_is_no_producer_is_OCOP127_and_a_name_is_never_checked()
    {
        Assert.Equal("OCOP127", Assert.Single(Check(null, "organiser: htx-nong-nghiep-cam-tann")).Code);
        Assert.Empty(Check(null, "organiser: Đoàn Thanh niên xã Cẩm Tân"));
    }

    [Fact]
    public void Naming_a_draft_is_OCOP118()
        => Assert.Equal("OCOP118", Assert.Single(Check(new HashSet<string> { "san-pham/banh-gai-cam-tan" })).Code);

    [Fact]
    public void A_page_whose_own_errors_kept_it_out_is_not_reported_again()
        => Assert.Empty(Check(null, new HashSet<string> { "san-pham/nem-chua-cam-tan" }, "products: [nem-chua-cam-tan]"));
}
