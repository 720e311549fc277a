using System.Text;

namespace OcopShowcase.Content;

/// <summary>
/// A content file as the rest of the pipeline sees it: its path relative to the content folder
/// (always with '/' separators, NFC), and its text normalised to NFC with LF line endings and no BOM,
/// so that files saved on macOS (NFD) or Windows (CRLF, BOM) behave exactly like any other.
/// </summary>
public sealed record SourceFile(string RelativePath, string FullPath, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile FromText(string relativePath, string text, string? fullPath = null)
        => new(Normalize(relativePath.Replace('\\', '/')), fullPath ?? relativePath, Normalize(text));

    /// <summary>Reads a file as strict UTF-8; invalid bytes raise <see cref="DecoderFallbackException"/>.</summary>
    public static SourceFile Read(string contentRoot, string fullPath)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var text = StrictUtf8.GetString(bytes);
        return FromText(Path.GetRelativePath(contentRoot, fullPath), text, fullPath);
    }

    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
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
