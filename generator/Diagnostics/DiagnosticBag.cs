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

    /// <summary>All diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            // The same body rendered for two languages finds the same problem twice: report it once.
            return _items
                .DistinctBy(d => d.Format())
                .OrderBy(d => d.At.File, StringComparer.Ordinal)
                .ThenBy(d => d.At.Line)
                .ThenBy(d => d.At.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Format(), StringComparer.Ordinal)
                .ToList();
        }
    }
}
