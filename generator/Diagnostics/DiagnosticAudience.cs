namespace OcopShowcase.Diagnostics;

/// <summary>Who can meet a diagnostic, and so which table of the editors' guide lists it.</summary>
public enum DiagnosticAudience
{
    /// <summary>Staff editing content: anything a content file, site.yml or a photo can cause.</summary>
    Editors,

    /// <summary>Whoever maintains the theme or runs the generator: template, UI-string and invocation mistakes.</summary>
    Maintainers,
}
