namespace OcopShowcase.Output;

/// <summary>A file of the built site: its path inside the output folder, and either its bytes or a file to copy.</summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, bytes, null);

    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);
}
