using System.Collections.Frozen;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;

namespace OcopShowcase.Assets.Images;

/// <summary>Every processed photo by its site-rooted source URL (as templates and Markdown refer to it), and the files to publish.</summary>
public sealed record PhotoSet(FrozenDictionary<string, ProcessedPhoto> ByUrl, IReadOnlyList<OutputFile> Files, int Encoded, int FromCache)
{
    public static PhotoSet Empty { get; } = new(FrozenDictionary<string, ProcessedPhoto>.Empty, [], 0, 0);

    public ProcessedPhoto? Find(string url) => ByUrl.GetValueOrDefault(url);
}
