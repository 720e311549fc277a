using System.Collections.Frozen;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;

namespace OcopShowcase.Assets.Images;

/// <summary>Every processed photo by its site-rooted source URL (as templates and Markdown refer to it), and the files to publish.</summary>
public sealed record PhotoSet(FrozenDictionary<string, ProcessedPhoto> ByUrl, IReadOnlyList<OutputFile> Files, int Encoded, int FromCache)
{
    public static PhotoSet Empty { get; } = new(FrozenDictionary<string, ProcessedPhoto>.Empty, [], 0, 0);

    private FrozenDictionary<string, string>? _sourceByOutputPath;

    public ProcessedPhoto? Find(string url) => ByUrl.GetValueOrDefault(url);

    public ProcessedPhoto? Find(ReadOnlySpan<char> url) => ByUrl.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(url, out var photo) ? photo : null;

    /// <summary>
    /// The cached file a published derivative is copied from (share cards draw from it). Two photos whose derivatives
    /// share a name are reported before anything is written (<see cref="Output.SitePlan"/>); until then the first wins.
    /// </summary>
    public string? CachedFileOf(string outputPath)
        => (_sourceByOutputPath ??= Files.DistinctBy(f => f.Path, StringComparer.Ordinal).ToFrozenDictionary(f => f.Path, f => f.CopyFrom!, StringComparer.Ordinal)).GetValueOrDefault(outputPath);
}
