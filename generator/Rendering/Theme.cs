using System.Collections.Frozen;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OcopShowcase.Rendering;

/// <summary>
/// The theme's Scriban templates, parsed once and shared by every render (a parsed <see cref="Template"/> is immutable).
/// Layouts in <c>theme/layouts/</c> render a page; partials in <c>theme/partials/</c> are called with
/// <c>{{ partial "name" value }}</c> and return <see cref="RawHtml"/>, so their output is not escaped twice.
/// </summary>
public sealed class Theme
{
    private readonly FrozenDictionary<string, Template> _templates;

    private Theme(string root, FrozenDictionary<string, Template> templates, UiStrings strings)
    {
        Root = root;
        _templates = templates;
        Strings = strings;
    }

    public string Root { get; }

    public UiStrings Strings { get; }

    public static Theme? Load(string themeRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var strings = UiStrings.Load(themeRoot, languages, diagnostics);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var directory = Path.Combine(themeRoot, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(directory, "*.html").Order(StringComparer.Ordinal))
            {
                var name = $"{folder}/{Path.GetFileNameWithoutExtension(path)}";
                var file = $"theme/{folder}/{Path.GetFileName(path)}";
                var template = Template.Parse(SourceFile.Read(themeRoot, path).Text, file);
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                {
                    diagnostics.Add(DiagnosticCatalogue.TemplateError, new SourceSpan(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
                }

                templates[name] = template;
            }
        }

        return strings is null || templates.Values.Any(t => t.HasErrors)
            ? null
            : new Theme(Path.GetFullPath(themeRoot), templates.ToFrozenDictionary(StringComparer.Ordinal), strings);
    }

    public bool HasLayout(string name) => _templates.ContainsKey("layouts/" + name);

    /// <summary>Renders <c>layouts/&lt;layout&gt;</c> with <paramref name="page"/>, then wraps it in <c>layouts/base</c>.</summary>
    public string RenderPage(string layout, object page, object site, string language)
    {
        var context = CreateContext(page, site, language);
        var body = Run(context, "layouts/" + layout);
        context.SetValue(new ScriptVariableGlobal("content"), new RawHtml(body));
        return Run(context, "layouts/base");
    }

    private EscapingTemplateContext CreateContext(object page, object site, string language)
    {
        // LimitToString = 0: Scriban otherwise cuts long output with "..." (a product page with many related cards hit it).
        // AutoIndent = false: Scriban would indent every line of a partial by its call column, compounding in nested partials.
        var context = new EscapingTemplateContext { StrictVariables = true, LoopLimit = 1_000_000, LimitToString = 0, AutoIndent = false };
        var globals = new ScriptObject
        {
            ["page"] = page,
            ["site"] = site,
            ["lang"] = language,
            // Cards title themselves one level below the section they sit in; a list page sets 2.
            ["card_heading"] = 3,
        };
        globals.Import("t", new Func<string, string>(key => Strings.Get(language, key)));
        globals.Import("tf", new Func<string, object?, string>((key, value) => Strings.Get(language, key, value)));
        globals.Import("partial", new Func<TemplateContext, string, object?, RawHtml>(RenderPartial));
        context.PushGlobal(globals);
        return context;
    }

    private RawHtml RenderPartial(TemplateContext context, string name, object? value)
    {
        var locals = new ScriptObject { ["it"] = value };
        context.PushGlobal(locals);
        try
        {
            return new RawHtml(Run(context, "partials/" + name));
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private string Run(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new ThemeException($"The theme has no template {name}.html");
        }

        // Each template renders into an output of its own, so a partial called from inside a layout does not disturb
        // the layout's. (Template.Render(context) did this too, but at a cost growing with the page: a catalogue of
        // 5,000 cards took 10 s a page; evaluating the parsed page directly is linear.)
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            context.Evaluate(template.Page!);
            return output.ToString();
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException($"{ex.Span.FileName}:{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}: {ex.OriginalMessage}", ex);
        }
        finally
        {
            context.PopOutput();
        }
    }
}

/// <summary>A bug in the theme, found while rendering: reported as OCOP302 with the template position.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
