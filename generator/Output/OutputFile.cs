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

    /// <summary>
    /// A cache file published under a name that carries the key of everything it is drawn from, the drawing code
    /// included (a share card: <see cref="Assets.DerivedFileKey"/>): a regular file at that path in the site in place is
    /// taken as the one an earlier build linked there from a cache file of that key, and is not compared (one edited by
    /// hand in the output folder stays until a whole build replaces the site). A photo's key leaves out the encoder,
    /// whose output a library update may change: photos are compared.
    /// </summary>
    public static OutputFile CachedByKey(string path, string source) => new(path, null, source, Immutable: true) { NamedByContent = true };

    /// <summary>Whether the file's name carries its content's key (<see cref="CachedByKey"/>).</summary>
    public bool NamedByContent { get; init; }

    public byte[] ReadBytes() => Bytes ?? File.ReadAllBytes(CopyFrom!);
}
