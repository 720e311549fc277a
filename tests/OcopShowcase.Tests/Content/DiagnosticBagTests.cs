using CsCheck;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// What a build reports, in order (<see cref="DiagnosticBag.ToSortedList"/>): by file, line, column, code, then text,
/// and the same text at the same place once (a body rendered for two languages finds its problems twice).
/// </summary>
public class DiagnosticBagTests
{
    [Fact]
    public void The_same_message_at_the_same_place_is_reported_once_and_in_order_of_place_code_and_text()
    {
        var bag = new DiagnosticBag();
        var at = new SourceSpan("san-pham/a/index.md", 4, 1);
        bag.Add(DiagnosticCatalogue.FileNotFound, at, "anh-2.jpg");
        bag.Add(DiagnosticCatalogue.FileNotFound, at, "anh-1.jpg");
        bag.Add(DiagnosticCatalogue.FileNotFound, at, "anh-2.jpg");
        bag.Add(DiagnosticCatalogue.DraftNotPublished, new SourceSpan("san-pham/a/index.md", 2, 1));
        bag.Add(DiagnosticCatalogue.FileNotFound, new SourceSpan("chu-the/b/index.md", 9, 3), "logo.png");

        Assert.Equal(
            [
                "chu-the/b/index.md:9:3 FileNotFound logo.png",
                "san-pham/a/index.md:2:1 DraftNotPublished ",
                "san-pham/a/index.md:4:1 FileNotFound anh-1.jpg",
                "san-pham/a/index.md:4:1 FileNotFound anh-2.jpg",
            ],
            bag.ToSortedList().Select(d => $"{d.At} {Name(d.Descriptor)} {string.Join(',', d.Arguments)}"));
    }

    [Fact]
    public void Sorting_by_place_first_gives_what_sorting_every_formatted_text_gave()
    {
        // Few files, places, codes and arguments, so that places, codes and whole texts often collide.
        var descriptors = new[] { DiagnosticCatalogue.FileNotFound, DiagnosticCatalogue.DraftNotPublished, DiagnosticCatalogue.UnknownField };
        var diagnostic =
            from file in Gen.OneOf("san-pham/a/index.md", "san-pham/b/index.md", "site.yml")
            from line in Gen.Int[1, 3]
            from column in Gen.Int[1, 2]
            from descriptor in Gen.OneOf(descriptors)
            from argument in Gen.OneOf("anh-1.jpg", "anh-2.jpg", "gia")
            select new Diagnostic(descriptor, new SourceSpan(file, line, column), [argument]);
        Check.Sample(diagnostic.Array[0, 40], items =>
        {
            var bag = new DiagnosticBag();
            bag.AddRange(items);
            // The order every build reported in before only colliding texts were formatted.
            var expected = items
                .DistinctBy(d => d.Format())
                .OrderBy(d => d.At.File, StringComparer.Ordinal)
                .ThenBy(d => d.At.Line)
                .ThenBy(d => d.At.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Format(), StringComparer.Ordinal);
            Assert.Equal(expected, bag.ToSortedList());
        });
    }

    private static string Name(DiagnosticDescriptor descriptor)
        => typeof(DiagnosticCatalogue).GetFields().Single(f => ReferenceEquals(f.GetValue(null), descriptor)).Name;
}
