using MemoryPack;
namespace OcopShowcase.Diagnostics;

/// <summary>A position in a content or theme file, 1-based, as editors show it.</summary>
[MemoryPackable]
public readonly partial record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    // A file name from the content may carry control characters: printed, it must not act on the terminal.
    public override string ToString() => $"{EchoedText.OfPath(File)}:{Line}:{Column}";
}
