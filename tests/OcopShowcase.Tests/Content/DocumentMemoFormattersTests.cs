using System.Reflection;
using MemoryPack;
using OcopShowcase.Content;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// <see cref="DocumentMemo.StoredTypes"/> registers every type a stored document can hold with MemoryPack before the
/// memo reads or writes in parallel (Cysharp/MemoryPack#458). The types are found here from the stored types
/// themselves: a field of a new type, or a new kind's document, that is not registered fails this case.
/// </summary>
public class DocumentMemoFormattersTests
{
    [Fact]
    public void Every_type_a_stored_document_can_hold_is_registered_before_the_memo_is_used()
    {
        var generator = typeof(DocumentMemo).Assembly;
        var roots = generator.GetTypes().Where(t => !t.ContainsGenericParameters && t.IsDefined(typeof(MemoryPackableAttribute), inherit: false));
        var needed = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (type.Assembly != generator || !type.IsDefined(typeof(MemoryPackableAttribute), inherit: false) || !needed.Add(type))
            {
                foreach (var argument in type.IsGenericType && type.Assembly != generator ? type.GetGenericArguments() : [])
                {
                    pending.Push(argument);
                }

                continue;
            }

            var members = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(p => p.PropertyType)
                .Concat(type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType))
                .Concat(type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
            foreach (var member in members)
            {
                pending.Push(Nullable.GetUnderlyingType(member) ?? (member.IsArray ? member.GetElementType()! : member));
            }
        }

        var missing = needed.Except(DocumentMemo.StoredTypes).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not registered: " + string.Join(", ", missing));
        Assert.Contains(typeof(OcopShowcase.Content.Model.Localized<OcopShowcase.Content.Model.ProductText>), needed);
    }

    [Fact]
    public void Each_registered_type_has_its_formatter_once_the_memo_type_is_touched()
    {
        _ = new DocumentMemo();
        var isRegistered = typeof(MemoryPackFormatterProvider).GetMethod(nameof(MemoryPackFormatterProvider.IsRegistered))!;
        Assert.All(DocumentMemo.StoredTypes, type => Assert.True((bool)isRegistered.MakeGenericMethod(type).Invoke(null, null)!, type.FullName));
    }
}
