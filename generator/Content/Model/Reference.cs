using MemoryPack;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Model;

/// <summary>A reference by slug to another document (a producer, a certificate), with where it was written.</summary>
[MemoryPackable]
public sealed partial record Reference(string Slug, SourceSpan At);
