using OcopShowcase.Rendering;
using OcopShowcase.Rendering.Views;
using Scriban;

namespace OcopShowcase.Tests.Rendering;

/// <summary>
/// Templates read views through the getters the compiler made for them (<see cref="ViewMetadata"/>: the shared views and
/// each kind's own), the same metadata a page's key is written from; a type of the generator missing from every list is
/// named at once, never read some other way.
/// </summary>
public class ViewAccessorTests
{
    [Fact]
    public void A_template_reads_a_view_by_its_snake_case_names()
    {
        var view = new LinkView("Chè lam", "/san-pham/che-lam/");
        var accessor = ViewAccessor.For(typeof(LinkView))!;
        var context = new TemplateContext();
        Assert.True(accessor.TryGetValue(context, default, view, "label", out var label));
        Assert.Equal("Chè lam", label);
        Assert.Equal(["current", "label", "url"], accessor.GetMembers(context, default, view).Order(StringComparer.Ordinal));
        Assert.False(accessor.TrySetValue(context, default, view, "label", "x"));
    }

    [Fact]
    public void A_generator_type_the_view_metadata_does_not_list_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ViewAccessor.For(typeof(OcopShowcase.Content.Model.Product)));
        Assert.Contains("OcopShowcase.Content.Model.Product", error.Message);
        Assert.Contains("ViewJson.cs", error.Message);
        Assert.Contains("ViewMetadata", error.Message);
        Assert.Null(ViewAccessor.For(typeof(Uri)));
    }

    /// <summary>
    /// A template sees every public property of a view, by its Scriban name: the names come from the C# properties, so
    /// an attribute that renames or leaves a member out of the page key (JSON) cannot rename or hide it in templates.
    /// </summary>
    [Fact]
    public void A_template_sees_every_property_of_every_view()
    {
        var context = new TemplateContext();
        foreach (var type in ViewTypes())
        {
            var expected = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                .Select(p => Scriban.Runtime.StandardMemberRenamer.Default(p)).Order(StringComparer.Ordinal);
            var accessor = ViewAccessor.For(type)!;
            Assert.Equal(expected, accessor.GetMembers(context, default, null!).Order(StringComparer.Ordinal));
        }
    }

    private static List<Type> ViewTypes()
        => typeof(ViewJson).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && t.Namespace == typeof(PageView).Namespace)
            .Concat(typeof(ViewJson).Assembly.GetTypes().Where(t => t.IsPublic && t.IsClass && t.Namespace?.StartsWith("OcopShowcase.Kinds.", StringComparison.Ordinal) == true && (t.Name.EndsWith("Card", StringComparison.Ordinal) || t.Name.EndsWith("Model", StringComparison.Ordinal) || t.Name.EndsWith("View", StringComparison.Ordinal))))
            .ToList();

    /// <summary>Every public type of the view namespaces is listed (the sample may not show every one of them).</summary>
    [Fact]
    public void Every_view_type_is_listed()
    {
        var views = ViewTypes();
        Assert.True(views.Count > 40, string.Join(", ", views));
        Assert.All(views, type => Assert.True(ViewMetadata.Of(type) is not null, type.FullName));
        // A kind's own page views are listed in its folder, not with the shared ones (which reach its cards: the home
        // page shows the next events).
        Assert.Null(ViewJson.Default.GetTypeInfo(typeof(OcopShowcase.Kinds.Events.EventPageModel)));
    }
}
