using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OcopShowcase.Rendering;

/// <summary>
/// The theme's Scriban templates, parsed once and shared by every render (a parsed <see cref="Template"/> is immutable).
/// Layouts in <c>theme/layouts/</c> render a page; partials in <c>theme/partials/</c> are called with
/// <c>{{ partial "name" value }}</c> and write into the page (inside an expression they return <see cref="RawHtml"/>,
/// so their output is not escaped twice).
/// </summary>
public sealed partial class Theme
{
    private readonly FrozenDictionary<string, Template> _templates;

    private readonly FrozenDictionary<string, ScriptObject> _functions;

    /// <summary>The partials whose HTML depends only on their value (<see cref="PartialMemo.Memoizable"/>).</summary>
    private readonly FrozenSet<string> _memoizable;

    private Theme(string root, FrozenDictionary<string, Template> templates, UiStrings strings, IReadOnlyList<string> languages)
    {
        Root = root;
        _templates = templates;
        _memoizable = PartialMemo.Memoizable(
            templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).ToDictionary(t => t.Key["partials/".Length..], t => t.Value, StringComparer.Ordinal),
            templates.Where(t => !t.Key.StartsWith("partials/", StringComparison.Ordinal)).Select(t => t.Value));
        Strings = strings;
        _functions = languages.ToFrozenDictionary(l => l, FunctionsFor, StringComparer.Ordinal);
    }

    public string Root { get; }

    /// <summary>The partials a build remembers once rendered, by name.</summary>
    public IReadOnlySet<string> MemoizablePartials => _memoizable;

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
                var text = SourceFile.Read(themeRoot, path).Text;
                var template = Template.Parse(text, file);
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                {
                    diagnostics.Add(DiagnosticCatalogue.TemplateError, new SourceSpan(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
                }

                // Addresses get the base path from the url function; one typed as "/…" would break on a project site.
                foreach (Match address in RootedAddress().Matches(text))
                {
                    diagnostics.Add(DiagnosticCatalogue.RootedThemeAddress, At(file, text, address.Groups["url"].Index), address.Groups["url"].Value);
                }

                templates[name] = template;
            }
        }

        return strings is null || templates.Values.Any(t => t.HasErrors)
            ? null
            : new Theme(Path.GetFullPath(themeRoot), templates.ToFrozenDictionary(StringComparer.Ordinal), strings, languages);
    }

    private static SourceSpan At(string file, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        return new SourceSpan(file, line, index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1);
    }

    [GeneratedRegex(@"\b(?:href|src|srcset|action|poster|data-index)\s*=\s*[""']?(?<url>/(?!/)[^""'\s>]*)")]
    private static partial Regex RootedAddress();

    /// <summary>
    /// Renders <c>layouts/&lt;layout&gt;</c> with <paramref name="page"/>, then wraps it in <c>layouts/base</c>. The
    /// theme writes addresses with <c>{{ url … }}</c> and photos with <c>{{ picture … }}</c>, both through
    /// <paramref name="links"/>; a site-rooted address that leads nowhere is returned with the template position that wrote it.
    /// Partials that depend only on their value are taken from <paramref name="memo"/> once rendered (the build's own).
    /// </summary>
    public RenderedTemplate RenderPage(string layout, object page, object site, string language, SiteLinks links, PartialMemo? memo = null, ArrayBufferWriter<byte>? into = null)
    {
        var context = CreateContext(page, site, language, links);
        context.Memo = memo;
        // base.html writes the layout where it says {{ content }}: straight into the page, not copied from a string.
        context.SetValue(new ScriptVariableGlobal("content"), new ThemeFunction("content", 0, 0, (_, call, _) =>
        {
            if (call?.Parent is ScriptExpressionStatement)
            {
                Evaluate(context, "layouts/" + layout);
                return null;
            }

            return new RawHtml(Run(context, "layouts/" + layout));
        }));
        var output = Rent();
        context.PushOutput(new StringBuilderOutput(output));
        try
        {
            Evaluate(context, "layouts/base");
            return new RenderedTemplate(Utf8(output, into), [.. context.BrokenLinks], [.. context.Linked]);
        }
        finally
        {
            context.PopOutput();
            Return(output);
        }
    }

    /// <summary>
    /// The page's bytes, encoded from the output's chunks (no intermediate string the size of the page): into
    /// <paramref name="into"/>, emptied first, when given (the bytes are then its own, until it is used again), else
    /// into an array of their own. Counting chunk by chunk can only overcount (a surrogate pair split between chunks),
    /// never undercount.
    /// </summary>
    private static ReadOnlyMemory<byte> Utf8(StringBuilder output, ArrayBufferWriter<byte>? into)
    {
        var length = 0;
        foreach (var chunk in output.GetChunks())
        {
            length += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        if (into is null)
        {
            var bytes = GC.AllocateUninitializedArray<byte>(length);
            var written = Encode(output, bytes);
            return written == length ? bytes : bytes[..written];
        }

        into.ResetWrittenCount();
        into.Advance(Encode(output, into.GetSpan(length)));
        return into.WrittenMemory;
    }

    private static int Encode(StringBuilder output, Span<byte> bytes)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        foreach (var chunk in output.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes[written..], flush: false);
        }

        return written + encoder.GetBytes([], bytes[written..], flush: true);
    }

    // Outputs are reused by each thread: a page's text grows them once, not on every page.
    [ThreadStatic]
    private static Stack<StringBuilder>? _outputs;

    private static StringBuilder Rent() => _outputs is { Count: > 0 } outputs ? outputs.Pop() : new StringBuilder(16 * 1024);

    private static void Return(StringBuilder output)
    {
        if (output.Capacity <= 1024 * 1024)
        {
            (_outputs ??= new Stack<StringBuilder>()).Push(output.Clear());
        }
    }

    private EscapingTemplateContext CreateContext(object page, object site, string language, SiteLinks links)
    {
        // LimitToString = 0: Scriban otherwise cuts long output with "..." (a product page with many related cards hit it).
        // AutoIndent = false: Scriban would indent every line of a partial by its call column, compounding in nested partials.
        // Scriban's built-in functions and the theme's functions are made once and shared: read-only, so thread-safe.
        // A context is made once per thread and reset for each page (Scriban's contexts are costly to make).
        var context = _context ??= new EscapingTemplateContext(Builtins) { StrictVariables = true, LoopLimit = 1_000_000, LimitToString = 0, AutoIndent = false };
        context.Reset();
        context.Links = links;
        context.PageLanguage = language;
        context.BrokenLinks.Clear();
        context.Linked.Clear();
        context.PushGlobal(_functions[language]);
        context.PushGlobal(new ScriptObject
        {
            ["page"] = page,
            ["site"] = site,
            ["lang"] = language,
            // Cards title themselves one level below the section they sit in; a list page sets 2.
            ["card_heading"] = 3,
        });
        return context;
    }

    private static readonly ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();

    [ThreadStatic]
    private static EscapingTemplateContext? _context;

    private ScriptObject FunctionsFor(string language)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new ThemeFunction("t", 1, 1, (_, _, a) => Strings.Get(language, Text(a[0]))), readOnly: true);
        functions.SetValue("tf", new ThemeFunction("tf", 2, 2, (_, _, a) => Strings.Get(language, Text(a[0]), a[1])), readOnly: true);
        functions.SetValue("url", new ThemeFunction("url", 1, 1, (context, call, a) => Url((EscapingTemplateContext)context, call?.Span ?? default, Text(a[0]))), readOnly: true);
        functions.SetValue("picture", new ThemeFunction("picture", 3, 3, (context, call, a) => Picture((EscapingTemplateContext)context, call?.Span ?? default, a[0], Text(a[1]), a[2] is true)), readOnly: true);
        functions.SetValue("partial", new ThemeFunction("partial", 1, 2, (context, call, a) => RenderPartial(context, call, Text(a[0]), a.Count > 1 ? a[1] : null)), readOnly: true);
        return functions;
    }

    /// <summary><c>{{ url page.url }}</c>: the address a browser follows (base path applied), checked when site-rooted.</summary>
    private static string Url(EscapingTemplateContext context, Scriban.Parsing.SourceSpan at, string url)
    {
        var (resolved, broken) = context.Links.Resolve(url);
        if (SiteLinks.IsRooted(url))
        {
            context.Linked.Add(SiteLinks.AddressOf(url));
        }

        if (broken)
        {
            context.BrokenLinks.Add(new TemplateLink(url, at));
        }

        return resolved;
    }

    /// <summary>
    /// <c>{{ picture photo "sizes" first }}</c>: a photo view (<c>src</c>, <c>alt</c>) as a responsive &lt;picture&gt;;
    /// <c>first</c> is true for the photo a visitor sees first on the page (fetched early rather than lazily).
    /// </summary>
    private static RawHtml Picture(EscapingTemplateContext context, Scriban.Parsing.SourceSpan at, object? photo, string sizes, bool first)
    {
        if (photo is not Views.PhotoView view)
        {
            throw new ThemeException($"picture expects a photo, got {photo ?? "null"}");
        }

        return context.Links.Picture(view.Src, view.Alt, sizes, first, view.Position)
            ?? new RawHtml($"<img src=\"{HtmlText.Escape(Url(context, at, view.Src))}\" alt=\"{HtmlText.Escape(view.Alt)}\"{(first ? "" : " loading=\"lazy\"")}>");
    }

    private static string Text(object? value) => value as string ?? throw new ThemeException($"expected a text, got {value ?? "null"}");

    /// <summary>
    /// <c>{{ partial "name" value }}</c>. Called as a statement (every use in the theme), the partial writes straight
    /// into the page being rendered; inside an expression it returns its HTML.
    /// </summary>
    private RawHtml? RenderPartial(TemplateContext context, ScriptNode? call, string name, object? value)
    {
        if (context is EscapingTemplateContext { Memo: { } memo } page && _memoizable.Contains(name) && PartialMemo.CanKey(value))
        {
            return Remembered(page, memo, call, name, value);
        }

        return Evaluated(context, call, name, value);
    }

    private static readonly ScriptVariableGlobal CardHeading = new("card_heading");

    /// <summary>A memoizable partial: its HTML from the memo, or evaluated once and remembered; its addresses recorded either way.</summary>
    private RawHtml? Remembered(EscapingTemplateContext context, PartialMemo memo, ScriptNode? call, string name, object? value)
    {
        var key = new PartialMemo.PartialKey(name, context.PageLanguage, context.GetValue(CardHeading), value);
        if (!memo.TryGet(key, out var rendered))
        {
            // Its addresses are collected apart while it renders, and go to the page's too.
            var page = context.BeginCapture();
            string html;
            (IReadOnlyList<string> Linked, IReadOnlyList<TemplateLink> Broken) captured;
            try
            {
                html = Evaluated(context, null, name, value)!.Html;
            }
            finally
            {
                captured = context.EndCapture(page);
            }

            rendered = new PartialMemo.Rendered(html, captured.Linked, captured.Broken);
            memo.Add(key, rendered);
        }
        else
        {
            context.Linked.UnionWith(rendered.Linked);
            context.BrokenLinks.AddRange(rendered.Broken);
        }

        if (call?.Parent is ScriptExpressionStatement)
        {
            context.Write(rendered.Html);
            return null;
        }

        return new RawHtml(rendered.Html);
    }

    private RawHtml? Evaluated(TemplateContext context, ScriptNode? call, string name, object? value)
    {
        var locals = new ScriptObject { ["it"] = value };
        context.PushGlobal(locals);
        try
        {
            if (call?.Parent is ScriptExpressionStatement)
            {
                Evaluate(context, "partials/" + name);
                return null;
            }

            return new RawHtml(Run(context, "partials/" + name));
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>Renders a template into an output of its own and returns it.</summary>
    private string Run(TemplateContext context, string name)
    {
        // (Template.Render(context) did this too, but at a cost growing with the page: a catalogue of 5,000 cards
        // took 10 s a page; evaluating the parsed page directly is linear.)
        var output = Rent();
        context.PushOutput(new StringBuilderOutput(output));
        try
        {
            Evaluate(context, name);
            return output.ToString();
        }
        finally
        {
            context.PopOutput();
            Return(output);
        }
    }

    /// <summary>Renders a template into the context's current output.</summary>
    private void Evaluate(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new ThemeException($"The theme has no template {name}.html");
        }

        try
        {
            context.Evaluate(template.Page!);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException($"{ex.Span.FileName}:{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}: {ex.OriginalMessage}", ex);
        }
    }
}

/// <summary>
/// A page's HTML (UTF-8), the site-rooted addresses its templates wrote that lead to no published file, and every
/// site-rooted address they wrote (without query or fragment): what the page depends on beyond its values.
/// </summary>
public sealed record RenderedTemplate(ReadOnlyMemory<byte> Html, IReadOnlyList<TemplateLink> BrokenLinks, IReadOnlyList<string> Linked);

/// <summary>An address written by a template, and where (file, line, column) in the theme it was written.</summary>
public sealed record TemplateLink(string Url, Scriban.Parsing.SourceSpan At);

/// <summary>A bug in the theme, found while rendering: reported as OCOP302 with the template position.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
