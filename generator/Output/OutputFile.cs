namespace OcopShowcase.Output;

/// <summary>
/// A file of the built site: its path inside the output folder, and either its bytes or a file to copy.
/// <see cref="Immutable"/> sources (content-addressed cache files, pages kept from the previous build) are never
/// modified in place, so the writer may hard-link them instead of copying.
/// </summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom, bool Immutable = false)
{
    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, bytes, null);

    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>A file from <c>.cache/</c>, written once under a name that is the hash of its content.</summary>
    public static OutputFile Cached(string path, string source) => new(path, null, source, Immutable: true);

    public byte[] ReadBytes() => Bytes ?? File.ReadAllBytes(CopyFrom!);
}
