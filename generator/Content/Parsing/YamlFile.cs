using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// A whole YAML file (site.yml, rating-rules.yml, a theme's strings) read the way a content file's front matter is:
/// refused if it is not a regular file, cleaned of forbidden characters, parsed with its mistakes named, and handed
/// to a <see cref="FieldReader"/> so unknown keys are reported with the closest known one.
/// </summary>
public static class YamlFile
{
    public static FieldReader? Read(string root, string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        if (SourceFile.TryRead(root, fullPath, relativePath, diagnostics) is not { } source)
        {
            return null;
        }

        var text = TextHygiene.Clean(source.Text, relativePath, firstLine: 1, diagnostics);
        var mapping = YamlFields.ParseMapping(text, relativePath, lineOffset: 0, diagnostics);
        return mapping is null ? null : new FieldReader(mapping, relativePath, 0, diagnostics);
    }
}
