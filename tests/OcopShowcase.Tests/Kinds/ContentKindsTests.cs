using OcopShowcase.Content;
using OcopShowcase.Kinds;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Kinds;

/// <summary>The registry of kinds agrees with itself, the content folder and the theme's scaffolds.</summary>
public sealed class ContentKindsTests
{
    [Fact]
    public void Every_kind_has_its_own_section_and_name()
    {
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(k => k.Section).Distinct().Count());
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(k => k.Name).Distinct().Count());
        Assert.All(ContentKinds.All, kind => Assert.Equal(kind.Section, Slugifier.Slugify(kind.Section)));
        Assert.All(ContentKinds.All, kind => Assert.Same(kind, ContentKinds.BySection(kind.Section)));
    }

    [Fact]
    public void Every_folder_of_the_sample_content_is_a_kind()
    {
        var folders = Directory.EnumerateDirectories(TestPaths.Content).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.NotNull(ContentKinds.BySection(folder!)));
    }

    [Fact]
    public void Scaffolds_are_exactly_those_of_the_kinds_that_have_one()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.Theme, "scaffolds"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var kinds = ContentKinds.All.Where(k => k.Scaffold is not null).Select(k => k.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(kinds, files);
    }

    [Fact]
    public void Page_keys_are_typed_and_print_as_before()
    {
        var list = PageKey.List("product", "products");
        Assert.Equal("products", list.Paged(1).ToString());
        Assert.Equal("products/page/2", list.Paged(2).ToString());
        Assert.Equal("product", list.Paged(2).Kind);
        Assert.Equal("product/che-lam", PageKey.Document("product", "che-lam").ToString());
        Assert.Equal(PageKey.Document("product", "che-lam"), PageKey.Document("product", "che-lam"));
        Assert.NotEqual(PageKey.Site("news"), PageKey.List("news", "news"));
        Assert.Null(PageKey.Site("home").Kind);
    }
}
