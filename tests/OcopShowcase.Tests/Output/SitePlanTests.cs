using OcopShowcase.Diagnostics;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>
/// The plan is checked by its paths first: only when two are the same is the plan, with where each file comes from,
/// made, and each collision reported as <see cref="SitePlan.Check(IEnumerable{PlannedFile}, DiagnosticBag)"/> reports it.
/// </summary>
public class SitePlanTests
{
    [Fact]
    public void Different_paths_are_clear_without_making_the_plan()
    {
        var bag = new DiagnosticBag();

        var clear = SitePlan.Check(["index.html", "san-pham/x/index.html", "san-pham/x/anh-1.jpg"], () => throw new InvalidOperationException("the plan was made"), bag);

        Assert.True(clear);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_path_planned_twice_makes_the_plan_and_reports_both_sources()
    {
        var bag = new DiagnosticBag();
        PlannedFile[] plan =
        [
            new("san-pham/x/index.html", "san-pham/x/index.md", "san-pham/x/index.md"),
            new("san-pham/x/anh-2.jpg", "san-pham/x/anh-2.jpg", "san-pham/x/anh-2.jpg"),
            new("san-pham/x/anh-2.jpg", "san-pham/x/anh-2.png", "san-pham/x/anh-2.png"),
        ];

        var clear = SitePlan.Check(plan.Select(p => p.Path), () => plan, bag);

        Assert.False(clear);
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal(("OCOP114", "san-pham/x/anh-2.png"), (error.Code, error.At.File));
        Assert.Contains("san-pham/x/anh-2.jpg", error.Message(), StringComparison.Ordinal);
    }
}
