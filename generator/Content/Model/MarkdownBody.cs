namespace OcopShowcase.Content.Model;

/// <summary>A Markdown body with the file and line it starts at, so that link errors point into the source.</summary>
public sealed record MarkdownBody(string Markdown, string File, int FirstLine)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}
