using System.Text;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>
/// A content file as the rest of the pipeline sees it: its path relative to the content folder
/// (always with '/' separators, NFC), and its text normalised to NFC with LF line endings and no BOM,
/// so that files saved on macOS (NFD) or Windows (CRLF, BOM) behave exactly like any other.
/// <para>A file a previous build read, whose stamp vouches that it did not change since (<see cref="DocumentMemo"/>),
/// is known by the hash of its text alone (<see cref="Vouched"/>): its document is taken from that build, and the
/// text is read only if the document must be read again (<see cref="TryReadText"/>).</para>
/// </summary>
public sealed class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string? _text;
    private string? _textHash;

    public SourceFile(string relativePath, string fullPath, string text)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        _text = text;
    }

    private SourceFile(string relativePath, string fullPath, string? text, string textHash)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        _text = text;
        _textHash = textHash;
    }

    public string RelativePath { get; }

    public string FullPath { get; }

    /// <summary>The text; a vouched file's must have been read first (<see cref="TryReadText"/>).</summary>
    public string Text => _text ?? throw new InvalidOperationException($"{RelativePath} was vouched for by its stamp and not read.");

    /// <summary>Whether the text is in memory (a vouched file's is not, until read).</summary>
    public bool HasText => _text is not null;

    /// <summary>The hash of the text, which a document's fingerprint is made of.</summary>
    public string TextHash => _textHash ??= Output.Fingerprint.Of(Text);

    /// <summary>A file known by its text's hash, its stamp having vouched for it: the text is read only when asked for.</summary>
    public static SourceFile Vouched(string relativePath, string fullPath, string textHash) => new(relativePath, fullPath, null, textHash);

    /// <summary>Reads a vouched file's text, reporting at the file if it cannot be read (as the scan does); false then.</summary>
    public bool TryReadText(DiagnosticBag diagnostics)
    {
        if (_text is not null)
        {
            return true;
        }

        // The folder's scan read this file's kind moments ago; its stamp vouched for a regular file.
        var read = TryRead(Path.GetDirectoryName(FullPath) ?? "", FullPath, RelativePath, diagnostics, FileKind.Regular);
        if (read is null)
        {
            return false;
        }

        _text = read.Text;
        return true;
    }

    public static SourceFile FromText(string relativePath, string text, string? fullPath = null)
        => new(Normalize(relativePath.Replace('\\', '/')), fullPath ?? relativePath, Normalize(text));

    /// <summary>Reads a file as strict UTF-8; invalid bytes raise <see cref="DecoderFallbackException"/>.</summary>
    public static SourceFile Read(string contentRoot, string fullPath) => FromBytes(contentRoot, fullPath, File.ReadAllBytes(fullPath));

    private static SourceFile FromBytes(string contentRoot, string fullPath, byte[] bytes)
        => FromText(Path.GetRelativePath(contentRoot, fullPath), StrictUtf8.GetString(bytes), fullPath);

    /// <summary>
    /// Reads a content file, refusing by type before opening it (a FIFO would wait forever, a link loop never
    /// resolves) and by size before reading it; each refusal, and any read failure, is reported at the file.
    /// <paramref name="kind"/> is what the caller found the path to be while scanning its folder, moments before (a
    /// file swapped for a FIFO in between would still be opened, as it would between any check and any open); else it
    /// is looked at here.
    /// </summary>
    public static SourceFile? TryRead(string contentRoot, string fullPath, string relativePath, DiagnosticBag diagnostics, FileKind? kind = null)
    {
        var at = SourceSpan.StartOf(relativePath);
        switch (kind ?? FileKinds.Of(fullPath))
        {
            case FileKind.Special or FileKind.Directory:
                diagnostics.Add(DiagnosticCatalogue.NotARegularFile, at, relativePath);
                return null;
            case FileKind.LinkLoop:
                diagnostics.Add(DiagnosticCatalogue.LinkLoop, at, relativePath);
                return null;
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var length = stream.Length;
            if (length > ContentLimits.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticCatalogue.FileTooLarge, at, (length / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return FromBytes(contentRoot, fullPath, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticCatalogue.FileUnreadable, at, ex.Message);
            return null;
        }
    }

    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return Parsing.TextHygiene.Normalize(text, NormalizationForm.FormC);
    }

    /// <summary>The folder of this file, relative to the content root ("" at the root).</summary>
    public string Folder
    {
        get
        {
            var slash = RelativePath.LastIndexOf('/');
            return slash < 0 ? "" : RelativePath[..slash];
        }
    }
}
