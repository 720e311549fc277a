namespace OcopShowcase.Output;

/// <summary>
/// Makes the files of a part of the site from a key of what they are made from, or gives the last build's files of
/// the part when its key was the same (<c>BuildPipeline</c>: the manifest of the last build, or <c>serve</c>'s memory).
/// </summary>
public delegate IReadOnlyList<OutputFile> KeyedFiles(string part, Action<FingerprintBuilder> addKey, Func<IReadOnlyList<OutputFile>> make);
