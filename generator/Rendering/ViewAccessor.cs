using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OcopShowcase.Rendering;

/// <summary>
/// How templates read a view record's properties (<c>{{ it.group_name }}</c> is <c>GroupName</c>): a compiled getter per
/// property, made once per type. Scriban's own accessor for a .NET object calls each getter by reflection, on every
/// read of every page. Views are read-only: templates cannot set or index them.
/// </summary>
public sealed class ViewAccessor : IObjectAccessor
{
    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    private ViewAccessor(Type type)
    {
        _getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .ToFrozenDictionary(p => StandardMemberRenamer.Default(p), Getter, StringComparer.Ordinal);
    }

    /// <summary>The accessor for the generator's own view types; null for anything else (Scriban's accessors read those).</summary>
    public static ViewAccessor? For(Type type)
        => type.Assembly == typeof(ViewAccessor).Assembly && type.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type)
            ? new ViewAccessor(type)
            : null;

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(target, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }

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
