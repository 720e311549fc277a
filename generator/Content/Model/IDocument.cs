namespace OcopShowcase.Content.Model;

/// <summary>A document of a content kind: its slug (its address within the kind's section) and its original file.</summary>
public interface IDocument
{
    string Slug { get; }

    string SourcePath { get; }
}
