using OcopShowcase.Cli;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Kinds.Events;
using Scriban;
using Scriban.Runtime;

namespace OcopShowcase.Tests.Kinds.Events;

/// <summary>
/// <c>theme/scaffolds/event.md</c>, filled as <c>new</c> fills every scaffold (the registry of kinds makes <c>new event</c>
/// call it), reads as a draft with its note and nothing else; without its draft line, its placeholders are refused.
/// </summary>
public sealed class EventScaffoldTests
{
    private static string Scaffold(string title)
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(TestPaths.Theme, "scaffolds", "event.md")));
        var values = new ScriptObject
        {
            ["title"] = ScaffoldText.Quoted(title),
            ["title_in_quotes"] = ScaffoldText.InsideQuotes(title),
            ["today"] = "2026-11-29",
        };
        values.Import("placeholder", new Func<string, string>(Placeholder.Wrap));
        var context = new TemplateContext();
        context.PushGlobal(values);
        return template.Render(context);
    }

    [Fact]
    public void The_scaffold_is_a_draft_whose_only_diagnostic_is_the_draft_note()
    {
        var (read, diagnostics) = EventReading.Read(Scaffold("Phiên chợ \"quê\": cuối năm"));

        Assert.Equal(["OCOP027"], diagnostics.Select(d => d.Code));
        Assert.Equal("Phiên chợ \"quê\": cuối năm", read!.Text.Default.Name);
        Assert.Equal(new EventSchedule.AllDay(new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 29)), read.When);
    }

    [Fact]
    public void Without_its_draft_line_the_placeholders_are_refused()
    {
        var published = string.Join("\n", Scaffold("Phiên chợ quê").Split('\n').Where(line => !line.StartsWith("draft:", StringComparison.Ordinal)));

        var (_, diagnostics) = EventReading.Read(published);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("OCOP028", d.Code));
    }

    [Fact]
    public void Every_commented_example_field_is_a_field_the_reader_accepts()
    {
        var uncommented = string.Join("\n", Scaffold("Phiên chợ quê").Split('\n')
            .Select(line => line.StartsWith("#end:", StringComparison.Ordinal) || line.StartsWith("#organiser", StringComparison.Ordinal)
                || line.StartsWith("#products", StringComparison.Ordinal) || line.StartsWith("#listings", StringComparison.Ordinal)
                || line.StartsWith("#  location", StringComparison.Ordinal) || line.StartsWith("#    l", StringComparison.Ordinal) ? line[1..] : line));

        var (read, diagnostics) = EventReading.Read(uncommented);

        Assert.Equal(["OCOP027"], diagnostics.Select(d => d.Code));
        Assert.Equal(new DateOnly(2027, 1, 31), read!.When.LastDay);
        Assert.NotNull(read.Place.Location);
        Assert.Equal(["ban-chieng"], read.Listings.Select(l => l.Slug));
    }
}
