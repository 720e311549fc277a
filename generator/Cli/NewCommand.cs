using System.ComponentModel;
using System.Globalization;
using OcopShowcase.Content;
using Scriban;
using Scriban.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OcopShowcase.Cli;

/// <summary>
/// <c>new &lt;product|producer|tourism|news&gt; "title"</c>: writes a content file from <c>theme/scaffolds/</c> that passes
/// <c>check</c> as it is, with a Vietnamese comment on every field. What it can infer (slug, date, producer) it does not ask.
/// </summary>
public sealed class NewCommand(IAnsiConsole console) : Command<NewCommand.Settings>
{
    private static readonly IReadOnlyDictionary<string, (string Section, bool Bundle)> Kinds = new Dictionary<string, (string, bool)>
    {
        ["product"] = ("san-pham", true),
        ["producer"] = ("chu-the", false),
        ["tourism"] = ("du-lich", true),
        ["news"] = ("tin-tuc", false),
    };

    public sealed class Settings : BuildSettings
    {
        [CommandArgument(0, "<KIND>")]
        [Description("product, producer, tourism or news")]
        public string Kind { get; init; } = "";

        [CommandArgument(1, "<TITLE>")]
        [Description("The name or title, in Vietnamese")]
        public string Title { get; init; } = "";

        [CommandOption("--producer <SLUG>")]
        [Description("Producer of a new product (default: the first producer)")]
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

        var producer = settings.Producer ?? FirstProducer(options.ContentDirectory);
        if (settings.Kind == "product" && producer is null)
        {
            throw new UsageException("Chưa có chủ thể nào: tạo chủ thể trước bằng lệnh new producer \"Tên chủ thể\".");
        }

        var scaffold = Template.Parse(File.ReadAllText(Path.Combine(options.ThemeDirectory, "scaffolds", settings.Kind + ".md")));
        var values = new ScriptObject
        {
            ["title"] = ScaffoldText.Quoted(title),
            ["title_in_quotes"] = ScaffoldText.InsideQuotes(title),
            ["group"] = settings.Group,
            ["producer"] = producer ?? "",
            ["today"] = options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var scaffoldContext = new TemplateContext();
        scaffoldContext.PushGlobal(values);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, scaffold.Render(scaffoldContext));
        console.MarkupLineInterpolated($"[green]Đã tạo[/] {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");

        var result = BuildPipeline.Run(options);
        var own = result.Diagnostics.Where(d => d.IsError).ToList();
        DiagnosticPrinter.Print(console, own, settings, options);
        return result.Succeeded ? CliApp.Ok : CliApp.ContentErrors;
    }

    private static string? FirstProducer(string contentDirectory)
    {
        var folder = Path.Combine(contentDirectory, "chu-the");
        return Directory.Exists(folder)
            ? Directory.EnumerateFileSystemEntries(folder)
                .Select(p => Path.GetFileName(p))
                .Where(n => !n.Contains('.') || (n.EndsWith(".md", StringComparison.Ordinal) && n.Count(c => c == '.') == 1))
                .Select(n => Slugifier.Slugify(n.EndsWith(".md", StringComparison.Ordinal) ? n[..^3] : n))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }
}
