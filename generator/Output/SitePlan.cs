using OcopShowcase.Diagnostics;

namespace OcopShowcase.Output;

/// <summary>
/// One file the build means to publish, and where it comes from: a content path ("san-pham/x/anh-2.png") when content
/// made it, so an error can point at it, or a description of what the generator made it for.
/// </summary>
public sealed record PlannedFile(string Path, string Source, string? ContentPath = null);

/// <summary>
/// Every path the build publishes, pages and assets alike, checked once before anything is written: two sources that
/// make the same file (a PNG and a JPEG whose clean copies share a name, a product whose address is a list page) are an
/// error naming both, never a race over which one the site ends up with.
/// </summary>
public static class SitePlan
{
    /// <summary>Reports each path planned twice (OCOP114); true when every path has one source.</summary>
    public static bool Check(IEnumerable<PlannedFile> plan, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, PlannedFile>(StringComparer.Ordinal);
        var clear = true;
        foreach (var file in plan)
        {
            if (owners.TryAdd(file.Path, file))
            {
                continue;
            }

            var first = owners[file.Path];
            clear = false;
            var at = SourceSpan.StartOf(file.ContentPath ?? first.ContentPath ?? file.Source);
            diagnostics.Add(DiagnosticCatalogue.OutputCollision, at, file.Path, first.Source, file.Source);
        }

        return clear;
    }
}
