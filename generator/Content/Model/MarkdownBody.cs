using MemoryPack;

namespace OcopShowcase.Content.Model;

/// <summary>
/// A Markdown body with the file and line it starts at, so that link errors point into the source.
/// <para>A body read from a content file knows where in that file it is (<see cref="Origin"/>). The document memo a
/// <c>build</c> keeps on disk (<see cref="DocumentMemo"/>) stores such a body as that place and the hash of its text,
/// not the text: a national catalogue's bodies are nine tenths of its documents' bytes, and an edit build renders a
/// few pages. Taken from the memo, the body reads its text from the file the first time a page or an index asks for it
/// (<see cref="Markdown"/>).</para>
/// </summary>
[MemoryPackable]
public sealed partial class MarkdownBody
{
    private string? _markdown;
    private string? _hash;
    private OriginText? _fromOrigin;

    public MarkdownBody(string markdown, string file, int firstLine)
    {
        _markdown = markdown;
        File = file;
        FirstLine = firstLine;
        IsEmpty = string.IsNullOrWhiteSpace(markdown);
    }

    /// <summary>As the memo stores it: the text itself only when the body has no <see cref="Origin"/>.</summary>
    [MemoryPackConstructor]
    private MarkdownBody(string file, int firstLine, bool isEmpty, string hash, BodyOrigin? origin, string? storedText)
    {
        _markdown = storedText;
        _hash = hash;
        File = file;
        FirstLine = firstLine;
        IsEmpty = isEmpty;
        Origin = origin;
    }

    /// <summary>The body's Markdown, read from <see cref="Origin"/> if it is not in memory.</summary>
    [MemoryPackIgnore]
    public string Markdown => _markdown ?? ReadFromOrigin().Text;

    public string File { get; }

    public int FirstLine { get; }

    public bool IsEmpty { get; }

    /// <summary>The hash of <see cref="Markdown"/>: what keys (a search index's) are made of instead of the text.</summary>
    public string Hash => _hash ??= Output.Fingerprint.Of(Markdown);

    /// <summary>
    /// Whether <see cref="Hash"/> is the hash of <see cref="Markdown"/>: false only for a body taken from the memo whose
    /// file was saved, with another body, after this build took it (the text is the file's as it is now, the hash the
    /// memo's). Nothing kept beyond this build may be stored under such a body's hash.
    /// </summary>
    [MemoryPackIgnore]
    public bool HashHolds => Volatile.Read(ref _fromOrigin)?.AsHashed ?? true;

    /// <summary>Where the body is in its content file, when it was read from one.</summary>
    public BodyOrigin? Origin { get; init; }

    /// <summary>
    /// The text read from <see cref="Origin"/>, once: two indexes may ask for the same body side by side, and the first
    /// read stands, text and flag together, so that <see cref="HashHolds"/> always describes the text given.
    /// </summary>
    private OriginText ReadFromOrigin()
    {
        if (Volatile.Read(ref _fromOrigin) is { } known)
        {
            return known;
        }

        var read = Origin is null ? new OriginText("", true) : Read(Origin);
        return Interlocked.CompareExchange(ref _fromOrigin, read, null) ?? read;

        OriginText Read(BodyOrigin origin)
        {
            var (text, asHashed) = origin.Read(Hash);
            return new OriginText(text, asHashed);
        }
    }

    private sealed record OriginText(string Text, bool AsHashed);

    [MemoryPackInclude]
    private string? StoredText => Origin is null ? _markdown : null;

    /// <summary>The same place with other text (a prefix of this body, read for its first words).</summary>
    public MarkdownBody WithText(string markdown) => new(markdown, File, FirstLine);
}

/// <summary>
/// Where a body is in its content file: from character <see cref="Start"/> of the file's text as the front matter's
/// reader sees it (<see cref="Parsing.FrontMatterDocument.BodyAt"/>), to the end.
/// </summary>
[MemoryPackable]
public sealed partial record BodyOrigin(string FullPath, int Start)
{
    /// <summary>
    /// The body's text, read again from the file. The memo took the document because the file's stamp had not changed;
    /// a file saved since (during this build) is read as it is now, and the next build, which sees its new stamp,
    /// reads the whole document again.
    /// </summary>
    public (string Text, bool AsHashed) Read(string hash) => Parsing.FrontMatterDocument.BodyAt(FullPath, Start, hash);
}
