using MemoryPack;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Model;

/// <summary>A file that sits beside a page's Markdown (a photo, a certificate scan), named relative to that folder.</summary>
[MemoryPackable]
public sealed partial record BundleFile(string Name, string ContentPath, SourceSpan At)
{
    /// <summary>For a photo, the point a crop keeps in view (<c>focus:</c>); null keeps the centre.</summary>
    public FocalPoint? Focus { get; init; }
}
