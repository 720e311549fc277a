namespace OcopShowcase.Diagnostics;

/// <summary>
/// One entry of the error catalogue: a stable code and its message templates.
/// Templates use {0}, {1}… placeholders, filled with values from the content.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    Severity Severity,
    string MessageVi,
    string MessageEn,
    string ExampleVi,
    string FixVi)
{
    /// <summary>Who can meet it; the editors' guide lists the maintainers' codes apart.</summary>
    public DiagnosticAudience Audience { get; init; } = DiagnosticAudience.Editors;
}
