namespace OcopShowcase.Diagnostics;

/// <summary>A position in a content or theme file, 1-based, as editors show it.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
