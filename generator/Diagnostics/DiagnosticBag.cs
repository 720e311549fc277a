namespace OcopShowcase.Diagnostics;

/// <summary>Collects diagnostics so that a build reports every problem at once instead of stopping at the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(DiagnosticDescriptor descriptor, SourceSpan at, params string[] arguments)
        => Add(new Diagnostic(descriptor, at, arguments));

    public void AddWithSuggestion(DiagnosticDescriptor descriptor, SourceSpan at, string? suggestion, params string[] arguments)
        => Add(new Diagnostic(descriptor, at, arguments, suggestion));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.IsError);
            }
        }
    }

    /// <summary>
    /// All diagnostics in a stable order: by file, line, column, code, then text; the same text at the same place is
    /// reported once (the same body rendered for two languages finds the same problem twice). Only diagnostics that
    /// share a place and a code are formatted to compare their texts: a national list's build has 28,000 warnings,
    /// nearly all at places of their own. (Two files whose names print alike, a control character in one shown escaped,
    /// are two places: their messages are both reported.)
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        List<Diagnostic> sorted;
        lock (_gate)
        {
            sorted = [.. _items.OrderBy(d => d.At.File, StringComparer.Ordinal)
                .ThenBy(d => d.At.Line)
                .ThenBy(d => d.At.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)];
        }

        var result = new List<Diagnostic>(sorted.Count);
        for (var start = 0; start < sorted.Count;)
        {
            var end = start + 1;
            while (end < sorted.Count && SamePlaceAndCode(sorted[start], sorted[end]))
            {
                end++;
            }

            if (end - start == 1)
            {
                result.Add(sorted[start]);
            }
            else
            {
                // Stable: of equal texts, the first added is kept.
                result.AddRange(sorted[start..end].Select(d => (Diagnostic: d, Text: d.Format()))
                    .OrderBy(d => d.Text, StringComparer.Ordinal)
                    .DistinctBy(d => d.Text)
                    .Select(d => d.Diagnostic));
            }

            start = end;
        }

        return result;
    }

    private static bool SamePlaceAndCode(Diagnostic a, Diagnostic b)
        => a.At.Line == b.At.Line && a.At.Column == b.At.Column && string.Equals(a.At.File, b.At.File, StringComparison.Ordinal) && string.Equals(a.Code, b.Code, StringComparison.Ordinal);
}
