using OcopShowcase.Assets.Search;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Search;

/// <summary>
/// The key that lets a build use the previous search index again is made from every field of every document
/// (<see cref="SearchDocument.AddTo"/>): a field left out of it would leave the index stale when only that field changed.
/// </summary>
public class SearchDocumentKeyTests
{
    private static readonly SearchDocument Base = new("Chè lam", "/san-pham/che-lam/", "product", "Thực phẩm", 4, "/anh/che-lam.webp", "Bánh", "Đồng Tâm", "HTX Cẩm Tân", ["quà"], "Làm từ gạo nếp") { Rank = 3 };

    private static string KeyOf(SearchDocument document)
    {
        using var hash = new FingerprintBuilder();
        document.AddTo(hash);
        return hash.Finish();
    }

    [Fact]
    public void Changing_any_field_changes_the_key()
    {
        var constructor = typeof(SearchDocument).GetConstructors().Single(c => c.GetParameters().Length > 1);
        var parameters = constructor.GetParameters();
        var values = parameters.Select(p => typeof(SearchDocument).GetProperty(p.Name!, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)!.GetValue(Base)).ToArray();
        // Every property is a constructor parameter, except Rank, changed below.
        Assert.Equal(parameters.Length + 1, typeof(SearchDocument).GetProperties().Count(p => p.DeclaringType == typeof(SearchDocument) && p.Name != "EqualityContract"));

        var keys = new List<string> { KeyOf(Base) };
        for (var i = 0; i < parameters.Length; i++)
        {
            var nullable = new System.Reflection.NullabilityInfoContext().Create(parameters[i]).WriteState == System.Reflection.NullabilityState.Nullable;
            foreach (var changed in Variants(values[i]).Where(v => v is not null || nullable))
            {
                var arguments = (object?[])values.Clone();
                arguments[i] = changed;
                var variant = (SearchDocument)constructor.Invoke(arguments) with { Rank = Base.Rank };
                keys.Add(KeyOf(variant));
            }
        }

        keys.Add(KeyOf(Base with { Rank = 2 }));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void A_missing_field_differs_from_an_empty_one_and_tags_keep_their_boundaries()
    {
        Assert.NotEqual(KeyOf(Base with { Village = null }), KeyOf(Base with { Village = "" }));
        Assert.NotEqual(KeyOf(Base with { Tags = ["a", "b"] }), KeyOf(Base with { Tags = ["a b"] }));
        Assert.NotEqual(KeyOf(Base with { Tags = [], Body = "x" }), KeyOf(Base with { Tags = ["x"], Body = "" }));
    }

    private static IEnumerable<object?> Variants(object? value) => value switch
    {
        string text => [text + "!", "", null],
        int number => [number + 1, null],
        IReadOnlyList<string> tags => [(string[])[.. tags, "mới"], Array.Empty<string>()],
        // The body's key (its words, or its source's hash), and how it is read: the same text read as Markdown gives other words.
        SearchBody body => [(SearchBody)(body.Key + "!"), (SearchBody)"", new SearchBody(body.Key, "markdown", limit => SearchText.FirstTokens(body.Key, limit))],
        _ => throw new InvalidOperationException($"No variant for {value?.GetType().Name}"),
    };
}
