using System.Collections.Concurrent;
using System.Collections.Frozen;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OcopShowcase.Rendering;

/// <summary>
/// The partials one build has rendered, by what they were rendered from. A partial that reads nothing but its value
/// (<c>it</c>), the language's site values and the card heading (<see cref="Memoizable"/>) writes the same HTML every
/// time it is called with an equal value: once a value has been rendered twice its HTML is kept, and later calls write
/// it and record the addresses it linked to again, instead of evaluating the partial. A product card is drawn about
/// five times in a build of 1,000 products (the catalogue, its filters, the producer's other products), the stars far
/// more, the footer and menus once per page. Hugo's <c>partialCached</c> does this when the theme asks; here the theme
/// does not have to ask, and cannot get it wrong: a partial that reads the page, or anything its caller set, is always
/// evaluated.
/// <para>Made for one build (its addresses and base path), shared by the threads rendering its pages. A value is
/// remembered only when it compares by what it holds (<see cref="CanKey"/>), and only from its second render (a value
/// met once, a page's own, takes no memory). At most <see cref="Capacity"/> renders are kept.</para>
/// </summary>
public sealed class PartialMemo
{
    /// <summary>About 250 MB of HTML at the most; a national catalogue's cards are about 80,000.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<PartialKey, Rendered> _rendered = new();
    private int _count;

    /// <summary>What a partial's HTML is made from: its name, the page's language, the card heading in force, and its value.</summary>
    public readonly record struct PartialKey(string Partial, string Language, object? Heading, object? Value);

    /// <summary>A partial's HTML, with the site-rooted addresses it wrote and those among them that lead nowhere.</summary>
    public sealed record Rendered(string Html, IReadOnlyList<string> Linked, IReadOnlyList<TemplateLink> Broken);

    /// <summary>
    /// Whether a value can be part of a key: text, a whole number, a flag, or one of the generator's views that holds no
    /// list (a list compares by reference: a page's own list would never be met again). Not a fractional number: 1.0
    /// and 1.00 are equal but print differently.
    /// </summary>
    public static bool CanKey(object? value) => value switch
    {
        null or string or bool or int or long => true,
        System.Collections.IEnumerable or IScriptObject => false,
        _ => Views.GetOrAdd(value.GetType(), static type => type.IsClass && type.Assembly == typeof(PartialMemo).Assembly && ComparesByContent(type)),
    };

    /// <summary>Which types are keys (asking a type for its assembly is not free in the native image).</summary>
    private static readonly ConcurrentDictionary<Type, bool> Views = new();

    /// <summary>
    /// A view without a list. Views are immutable records (templates cannot write to them: <see cref="ViewAccessor"/>);
    /// one that is a plain class compares by reference, which is never wrong, only rarely met again.
    /// </summary>
    private static bool ComparesByContent(Type type)
        => ViewMetadata.Of(type) is { } metadata
            && metadata.Properties.All(p => p.PropertyType == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType));

    public bool TryGet(in PartialKey key, out Rendered rendered) => _rendered.TryGetValue(key, out rendered!);

    /// <summary>
    /// Remembers a render from the second time its key is rendered: a value met once (a page's own directions, a
    /// certificate shown on one page) takes no memory. Keys met are kept as their hash codes only; two keys of one
    /// hash code only have the second remembered a render early.
    /// </summary>
    public void Add(in PartialKey key, Rendered rendered)
    {
        if (_met.TryAdd(key.GetHashCode(), true) || Volatile.Read(ref _count) >= Capacity)
        {
            return;
        }

        if (_rendered.TryAdd(key, rendered))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private readonly ConcurrentDictionary<int, bool> _met = new();

    /// <summary>Renders remembered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The variables a memoized partial may read besides the ones it binds itself (loop variables): its value, the
    /// page's language and the site's values (one per language in a build), the card heading (part of the key), the
    /// theme's functions (each one per language; <c>url</c> and <c>picture</c> depend only on the build's addresses;
    /// <c>partial</c> only called with a literal name) and Scriban's pure built-in objects. Not <c>$</c> locals (the
    /// caller's), not <c>page</c>, not <c>content</c>, not <c>date</c> (now), not <c>object</c> (it can evaluate
    /// text), nor anything a layout assigned.
    /// </summary>
    private static readonly FrozenSet<string> Readable = FrozenSet.Create(
        StringComparer.Ordinal,
        "it", "lang", "site", "card_heading", "t", "tf", "url", "picture", "array", "html", "math", "regex", "string", "timespan", "empty");

    /// <summary>
    /// The partials whose HTML depends only on their value, the language and the card heading: those that read no
    /// other variable, assign none, use no statement that reads or changes the scope (<c>this</c>, <c>with</c>,
    /// <c>import</c>, <c>capture</c>, <c>wrap</c>, a function definition), and call only memoizable partials, each
    /// named by literal text.
    /// </summary>
    /// <param name="partials">The theme's partials, by name.</param>
    /// <param name="others">Its other templates (layouts): if any of them, or any partial, assigns or loops over a name a
    /// memoized partial reads (<c>site</c>, <c>lang</c>, <c>t</c>…), a partial's output could depend on its caller, and
    /// none is memoized.</param>
    public static FrozenSet<string> Memoizable(IReadOnlyDictionary<string, Template> partials, IEnumerable<Template>? others = null)
    {
        var shadowing = partials.Values.Concat(others ?? []).Where(t => t.Page is not null).SelectMany(t => BoundNames(t.Page!)).Where(name => Readable.Contains(name) && name is not ("it" or "card_heading"));
        if (shadowing.Any())
        {
            return FrozenSet<string>.Empty;
        }

        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);

        bool IsPure(string name, HashSet<string> visiting)
        {
            if (verdicts.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!partials.TryGetValue(name, out var template) || template.Page is null || !visiting.Add(name))
            {
                return false; // unknown, or calling itself: evaluated every time
            }

            var calls = new List<string>();
            var pure = ReadsOnlyItsValue(template.Page, FrozenSet<string>.Empty, calls) && calls.All(call => IsPure(call, visiting));
            visiting.Remove(name);
            verdicts[name] = pure;
            return pure;
        }

        return partials.Keys.Where(name => IsPure(name, new HashSet<string>(StringComparer.Ordinal))).ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool ReadsOnlyItsValue(ScriptNode node, IReadOnlySet<string> bound, List<string> calls)
    {
        switch (node)
        {
            case ScriptAssignExpression or ScriptVariableLocal or ScriptThisExpression or ScriptWithStatement or ScriptImportStatement or ScriptCaptureStatement or ScriptWrapStatement or ScriptFunction:
                return false;
            case ScriptVariableGlobal global:
                return Readable.Contains(global.Name) || bound.Contains(global.Name);
            case ScriptMemberExpression member:
                // it.name: the member's name is a name, not a variable read. Built-ins that keep state are not pure.
                return member.Target is not null
                    && !(member.Target is ScriptVariableGlobal { Name: "math" or "array" } && member.Member is ScriptVariable { Name: "random" or "uuid" or "cycle" })
                    && ReadsOnlyItsValue(member.Target, bound, calls);
            case ScriptForStatement loop:
                // The loop's variable, and "for" (for.index, for.first), are the partial's own inside the loop's body
                // only: not in an else block (run when the loop never started), not in limit: or offset:, and a
                // tablerow's object is another.
                var inner = loop.Variable is ScriptVariable variable ? new HashSet<string>(bound, StringComparer.Ordinal) { variable.Name, "for" } : null;
                return inner is not null
                    && loop.GetType() == typeof(ScriptForStatement) && loop.Else is null && loop.NamedArguments is not { Count: > 0 }
                    && loop.Iterator is not null && ReadsOnlyItsValue(loop.Iterator, bound, calls)
                    && loop.Body is not null && ReadsOnlyItsValue(loop.Body, inner, calls);
            case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "partial" } } call:
                // Piped into (value | partial "x"), the value is the partial's name.
                if (call.Parent is ScriptPipeCall || call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string called })
                {
                    return false;
                }

                // Named by literal text, and called with values that are themselves read only from what is allowed.
                calls.Add(called);
                return call.Arguments.Skip(1).All(argument => ReadsOnlyItsValue(argument, bound, calls));
        }

        return ChildrenRead(node, child => ReadsOnlyItsValue(child, bound, calls));
    }

    /// <summary>The names a template assigns or loops over.</summary>
    private static IEnumerable<string> BoundNames(ScriptNode node)
    {
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable assigned }:
                yield return assigned.Name;
                break;
            case ScriptForStatement { Variable: ScriptVariable looped }:
                yield return looped.Name;
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var name in BoundNames(child))
                {
                    yield return name;
                }
            }
        }
    }

    private static bool ChildrenRead(ScriptNode node, Func<ScriptNode, bool> reads)
    {
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && !reads(child))
            {
                return false;
            }
        }

        return true;
    }
}
