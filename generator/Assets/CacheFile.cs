namespace OcopShowcase.Assets;

/// <summary>
/// A file in <c>.cache/</c> named by the hash of what it holds. It appears whole or not at all (written beside, then
/// renamed), so a build killed midway, or two builds at once, never leave a half-written file to be reused.
/// </summary>
public static class CacheFile
{
    /// <summary>Returns true when the file was made now, false when it was already cached.</summary>
    public static bool Ensure(string path, Func<byte[]> make)
    {
        if (File.Exists(path))
        {
            return false;
        }

        var bytes = make();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}
