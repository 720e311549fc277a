using System.ComponentModel;
using System.Globalization;
using OcopShowcase.Content;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;
using OcopShowcase.Kinds.Producers;
using OcopShowcase.Kinds.Products;
using OcopShowcase.Rendering;
using Scriban;
using Scriban.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary>
/// <c>new &lt;product|producer|tourism|news|event&gt; "title"</c>: writes a draft (<c>draft: true</c>) from <c>theme/scaffolds/</c>,
/// with a Vietnamese comment on every field and <see cref="Placeholder"/> text where the real text goes. The draft passes
/// <c>check</c> with a note, and <c>build</c> does not publish it until the draft line is removed. What it can infer
/// (slug, date) it does not ask; a product's producer it never guesses: <c>--producer</c>, or a choice on a terminal.
/// </summary>
public sealed class NewCommand(IAnsiConsole console) : Command<NewCommand.Settings>
{
    /// <summary>The kinds staff start from a scaffold, by name (<see cref="ContentKind.Scaffold"/>).</summary>
    private static readonly IReadOnlyDictionary<string, (string Section, bool Bundle)> Kinds = ContentKinds.All
        .Where(kind => kind.Scaffold is not null)
        .ToDictionary(kind => kind.Name, kind => (kind.Section, kind.Scaffold!.Bundle), StringComparer.Ordinal);

    public sealed class Settings : BuildSettings
    {
        [CommandArgument(0, "<KIND>")]
        [Description("product, producer, tourism, news or event")]
        public string Kind { get; init; } = "";

        [CommandArgument(1, "<TITLE>")]
        [Description("The name or title, in Vietnamese")]
        public string Title { get; init; } = "";

        [CommandOption("--producer <SLUG>")]
        [Description("Producer of a new product (asked on a terminal; required otherwise)")]
        public string? Producer { get; init; }

        [CommandOption("--group <GROUP>")]
        [Description("OCOP group of a new product (default: thuc-pham)")]
        public string Group { get; init; } = "thuc-pham";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(settings.Kind, out var kind))
        {
            throw new UsageException($"Loại bài phải là một trong: {string.Join(", ", Kinds.Keys)} (got \"{settings.Kind}\").");
        }

        var options = settings.ToOptions();
        var title = ScaffoldText.OneLine(settings.Title);
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"Tên \"{settings.Title}\" không tạo được đường dẫn; hãy dùng chữ cái hoặc chữ số.");
        }

        var path = kind.Bundle
            ? Path.Combine(options.ContentDirectory, kind.Section, slug, "index.md")
            : Path.Combine(options.ContentDirectory, kind.Section, slug + ".md");
        if (File.Exists(path) || Directory.Exists(Path.Combine(options.ContentDirectory, kind.Section, slug)))
        {
            throw new UsageException($"Đã có bài \"{slug}\" ({path}).");
        }

        var producer = settings.Kind == ContentKinds.Get<ProductKind>().Name ? ProducerOf(settings, options.ContentDirectory) : null;

        var scaffold = Template.Parse(File.ReadAllText(Path.Combine(options.ThemeDirectory, "scaffolds", settings.Kind + ".md")));
        var values = new ScriptObject
        {
            ["title"] = ScaffoldText.Quoted(title),
            ["title_in_quotes"] = ScaffoldText.InsideQuotes(title),
            ["group"] = settings.Group,
            ["producer"] = producer ?? "",
            ["today"] = options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        values.SetValue("placeholder", new ThemeFunction("placeholder", 1, 1, (context, _, a) => Placeholder.Wrap(context.ObjectToString(a[0]) ?? "")), readOnly: true);
        var scaffoldContext = new TemplateContext();
        scaffoldContext.PushGlobal(values);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, scaffold.Render(scaffoldContext));
        console.MarkupLineInterpolated($"[green]Đã tạo[/] {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");

        // Checked as check does: the draft is shown with its note, and any error of the content.
        var result = BuildPipeline.Run(options with { WithDrafts = true });
        var written = Path.GetRelativePath(options.ContentDirectory, path).Replace('\\', '/');
        var own = result.Diagnostics.Where(d => d.IsError || d.At.File == written).ToList();
        DiagnosticPrinter.Print(console, own, settings, options);
        return result.Succeeded ? CliApp.Ok : CliApp.ContentErrors;
    }

    /// <summary>
    /// The producer of a new product: the one given (which must exist), else the one chosen on a terminal. Never the
    /// first of the list: a product filed under the wrong producer would be published under its name.
    /// </summary>
    private string ProducerOf(Settings settings, string contentDirectory)
    {
        var producers = Producers(contentDirectory);
        if (producers.Count == 0)
        {
            throw new UsageException("Chưa có chủ thể nào: tạo chủ thể trước bằng lệnh new producer \"Tên chủ thể\" (no producer yet: create one first).");
        }

        if (settings.Producer is { } given)
        {
            if (producers.Contains(given, StringComparer.Ordinal))
            {
                return given;
            }

            var hint = ClosestMatch.Find(given, producers) is { } close ? $" Có phải \"{close}\"?" : "";
            throw new UsageException($"Không có chủ thể \"{given}\".{hint} Các chủ thể: {string.Join(", ", producers)} (no such producer).");
        }

        if (!Console.IsInputRedirected && console.Profile.Capabilities.Interactive)
        {
            return console.Prompt(new SelectionPrompt<string>()
                .Title("Chủ thể sản xuất (producer)?")
                .PageSize(15)
                .AddChoices(producers));
        }

        throw new UsageException(
            $"Hãy ghi chủ thể sản xuất bằng --producer <tên>; các chủ thể: {string.Join(", ", producers)} (a new product needs --producer <slug>; valid slugs: {string.Join(", ", producers)}).");
    }

    private static List<string> Producers(string contentDirectory)
    {
        var folder = Path.Combine(contentDirectory, ContentKinds.Get<ProducerKind>().Section);
        return Directory.Exists(folder)
            ? Directory.EnumerateFileSystemEntries(folder)
                .Select(p => Path.GetFileName(p))
                .Where(n => !n.Contains('.') || (n.EndsWith(".md", StringComparison.Ordinal) && n.Count(c => c == '.') == 1))
                .Select(n => Slugifier.Slugify(n.EndsWith(".md", StringComparison.Ordinal) ? n[..^3] : n))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }
}
