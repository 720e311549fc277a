using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds.Events;

namespace OcopShowcase.Tests.Kinds.Events;

/// <summary>Reads one event from text in memory with the real reader, as the content stage would.</summary>
internal static class EventReading
{
    public const string Path = "su-kien/phien-cho/index.md";

    public static (Event? Event, IReadOnlyList<Diagnostic> Diagnostics) Read(string original, string? english = null)
    {
        var diagnostics = new DiagnosticBag();
        var translations = new Dictionary<string, SourceFile>();
        if (english is not null)
        {
            translations["en"] = SourceFile.FromText("su-kien/phien-cho/index.en.md", english);
        }

        var source = new DocumentSource("su-kien", "phien-cho", SourceFile.FromText(Path, original), translations, "su-kien/phien-cho", []);
        var (read, _) = new EventReader().Load(source, "vi", diagnostics);
        return (read, diagnostics.ToSortedList());
    }

    /// <summary>A good event file whose front-matter lines are <paramref name="lines"/> (replacing the defaults they name).</summary>
    public static string File(params string[] lines)
    {
        var fields = new List<(string Key, string Line)>
        {
            ("name", "name: Phiên chợ quê"),
            ("summary", "summary: Các hộ bày hàng ở sân nhà văn hóa."),
            ("start", "start: 2026-12-20 06:00"),
            ("end", "end: 2026-12-20 11:30"),
            ("place", "place:\n  name: Sân nhà văn hóa thôn Tân Lập\n  address: Thôn Tân Lập, xã Cẩm Tân\n  location:\n    lat: 20.2192\n    lon: 105.4625"),
            ("organiser", "organiser: htx-nong-nghiep-cam-tan"),
            ("products", "products: [che-lam-cam-tan, banh-gai-cam-tan]"),
        };
        foreach (var line in lines)
        {
            var key = line.Split(':')[0].TrimStart('-', ' ');
            var at = fields.FindIndex(f => f.Key == key);
            if (at >= 0)
            {
                fields[at] = (key, line);
            }
            else
            {
                fields.Add((key, line));
            }
        }

        return "---\n" + string.Join("\n", fields.Where(f => f.Line.Length > f.Key.Length + 1 || !f.Line.EndsWith(':')).Select(f => f.Line)) + "\n---\n\nCác hộ bày hàng.\n";
    }

    /// <summary>Removes the field <paramref name="key"/> from the default file.</summary>
    public static string Without(string key) => File(key + ":");
}
