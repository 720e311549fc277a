using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OcopShowcase.Rendering;

/// <summary>
/// How templates read a view record's properties (<c>{{ it.group_name }}</c> is <c>GroupName</c>): the getters the
/// compiler made for the views (<see cref="ViewMetadata"/>), looked up once per type. Scriban's own accessor for a .NET object calls
/// each getter by reflection, on every read of every page. Views are read-only: templates cannot set or index them.
/// </summary>
public sealed class ViewAccessor : IObjectAccessor
{
    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    /// <summary>
    /// Named as Scriban names the C# property, not as the JSON names it: an attribute that renames or leaves out a
    /// member of the key must not rename or hide it in templates (a test holds every view to its properties).
    /// </summary>
    private ViewAccessor(JsonTypeInfo type)
        => _getters = type.Properties.Where(p => p.Get is not null).ToFrozenDictionary(
            p => p.AttributeProvider is PropertyInfo property ? StandardMemberRenamer.Default(property) : StandardMemberRenamer.Rename(p.Name), p => p.Get!, StringComparer.Ordinal);

    /// <summary>
    /// The accessor for the generator's own view types; null for anything else (Scriban's accessors read those). A
    /// type of the generator that no view metadata lists is a mistake in the generator, named at once
    /// rather than read some slower way.
    /// </summary>
    public static ViewAccessor? For(Type type)
        => type.Assembly == typeof(ViewAccessor).Assembly && type.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type)
            ? new ViewAccessor(ViewMetadata.Of(type) ?? throw new InvalidOperationException($"A template read a {type.FullName}, which no view metadata lists (Rendering/ViewJson.cs for a shared view, its kind's ViewMetadata for a kind's own)."))
            : null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type IndexType => typeof(object);
}
