using System.Diagnostics;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// One content change past one of the limits of <c>ContentLimits</c>, generated in code (100,000-deep nesting,
/// FIFOs and link loops do not belong in the repository), with the code and file the build must report.
/// </summary>
public sealed record LimitCase(string Name, string Code, string File, Action<ContentFixture> Apply)
{
    public override string ToString() => Name;
}

public static class LimitCases
{
    private const string Product = "san-pham/che-lam/index.md";
    private const string Producer = "chu-the/htx-cam-tan.md";
    private const string Certificate = "chung-nhan/qd-1114.md";

    public static IReadOnlyList<LimitCase> All { get; } =
    [
        // Markdown nesting (OCOP053): Markdig recurses and overflows the stack past a few thousand levels.
        new("quote-markers-100000", "OCOP053", Product, f => WithBody(f, new string('>', 100_000) + " trích")),
        new("emphasis-openers-100000", "OCOP053", Product, f => WithBody(f, Repeat("*ngon ", 100_000 / 2))),
        new("underscore-run-100000", "OCOP053", Product, f => WithBody(f, new string('_', 100_000) + "x" + new string('_', 100_000))),
        new("link-brackets-100000", "OCOP053", Product, f => WithBody(f, new string('[', 100_000) + "xem")),
        new("list-markers-10000-on-one-line", "OCOP053", Product, f => WithBody(f, Repeat("- ", 10_000) + "mục")),
        new("intraword-emphasis-200000", "OCOP053", Product, f => WithBody(f, Repeat("a*", 200_000))),
        new("footnote-references-100000", "OCOP053", Product, f => WithBody(f, Repeat("[^a]", 100_000))),
        new("html-divs-100000", "OCOP053", Product, f => WithBody(f, Repeat("<div>", 100_000) + "x")),
        new("html-emphasis-over-paragraphs-50000", "OCOP053", Product, f => WithBody(f, Repeat("<em>a\n\n", 50_000))),
        new("list-indented-700-deep", "OCOP053", Product, f => WithBody(f, string.Join('\n', Enumerable.Range(0, 700).Select(i => new string(' ', 2 * i) + "- mục")))),

        // YAML nesting (OCOP054) and aliases (OCOP055): YamlDotNet loads recursively and compares keys by walking them.
        new("yaml-flow-sequences-100000", "OCOP054", Product, f => WithField(f, "tags: " + new string('[', 100_000) + new string(']', 100_000))),
        new("yaml-flow-mappings-50000", "OCOP054", Product, f => WithField(f, "tags: " + Repeat("{a: ", 50_000) + "b" + new string('}', 50_000))),
        new("yaml-block-sequences-100000-on-one-line", "OCOP054", Product, f => WithField(f, "tags:\n  " + Repeat("- ", 100_000) + "x")),
        new("yaml-alias-bombs-as-three-keys", "OCOP055", Product, f => WithField(f, string.Join('\n', Enumerable.Range(1, 3).Select(AliasBombKey)))),

        // Sizes (OCOP051, OCOP052): a value is repeated on pages, cards, posters, search and structured data.
        new("summary-200-kb", "OCOP052", Product, f => f.Write(Product, ProductText(summary: Repeat("Chè lam thơm. ", 200_000 / 14)))),
        new("phone-400-kb", "OCOP052", Producer, f => f.Write(Producer, ProducerText("\"" + Repeat("0912x", 80_000) + "\""))),
        new("phone-1-mb", "OCOP051", Producer, f => f.Write(Producer, ProducerText("\"" + Repeat("0912x", 210_000) + "\""))),
        new("body-600-kb", "OCOP051", Product, f => WithBody(f, Repeat("Chè lam Cẩm Tân. ", 600_000 / 17))),

        // Text hygiene (OCOP050): the Atom writer throws on XML-invalid characters; a terminal acts on ESC.
        new("vertical-tab-in-name", "OCOP050", Product, f => f.Write(Product, ProductText(name: "Chè\u000Blam"))),
        new("vertical-tab-by-yaml-escape-in-name", "OCOP050", Product, f => f.Write(Product, ProductText(name: "\"Chè\\vlam\""))),
        new("noncharacter-by-yaml-escape-in-tag", "OCOP050", Product, f => WithField(f, "tags: [\"a\\uFFFF\"]")),
        new("screen-clear-in-unknown-key", "OCOP050", Product, f => WithField(f, "x\u001B[2Jy: 1")),
        new("noncharacter-in-producer-summary", "OCOP050", Producer, f => f.Write(Producer, ProducerText("0912345678").Replace("Hợp tác xã thử.", "Hợp tác xã \uFFFE thử."))),

        new("escape-in-site-title", "OCOP050", "site.yml", f => AppendToSite(f, "tagline: \"Cẩm Tân \u001B[2J\"")),
        new("yaml-flow-sequences-100000-in-site", "OCOP054", "site.yml", f => AppendToSite(f, "tagline: " + new string('[', 100_000))),

        // Dates (OCOP059): 36 months after 9999-12-31, or UTC+7 before year 1, do not exist.
        new("certificate-valid-until-9999", "OCOP059", Certificate, f => f.Write(Certificate, CertificateText("2024-06-12", "valid_until: 9999-12-31\n"))),
        new("certificate-issued-year-1", "OCOP059", Certificate, f => f.Write(Certificate, CertificateText("0001-01-01", ""))),
        new("product-added-9999", "OCOP059", Product, f => WithField(f, "added: 9999-12-31")),

        // Files (OCOP056–058): a FIFO waits forever, a link loop never resolves, a long name leaves no room for derivatives.
        new("fifo-listed-as-photo", "OCOP056", "san-pham/che-lam/anh.jpg", f => { MakeFifo(f, "san-pham/che-lam/anh.jpg"); WithField(f, "photos: [anh.jpg]"); }),
        new("fifo-as-bundle-index", "OCOP056", "san-pham/ca-gai/index.md", f => MakeFifo(f, "san-pham/ca-gai/index.md")),
        new("fifo-as-news-file", "OCOP056", "tin-tuc/hoi-cho.md", f => MakeFifo(f, "tin-tuc/hoi-cho.md")),
        new("news-file-linked-to-itself", "OCOP057", "tin-tuc/vong.md", f => { Directory.CreateDirectory(Path.Combine(f.ContentDirectory, "tin-tuc")); Link(f, "tin-tuc/vong.md", "vong.md"); }),
        new("sparse-photo-of-3-gb", "OCOP042", "san-pham/che-lam/anh.jpg", f =>
        {
            using (var photo = File.Create(Path.Combine(f.ContentDirectory, "san-pham", "che-lam", "anh.jpg")))
            {
                photo.SetLength(3L * 1024 * 1024 * 1024);
            }

            WithField(f, "photos: [anh.jpg]");
        }),
        new("photo-linked-to-itself", "OCOP057", "san-pham/che-lam/vong.jpg", f => Link(f, "san-pham/che-lam/vong.jpg", "vong.jpg")),
        new("two-folders-linked-to-their-bundle", "OCOP057", "san-pham/che-lam/a", f => { Link(f, "san-pham/che-lam/a", "."); Link(f, "san-pham/che-lam/b", "."); }),
        new("photo-name-of-245-characters", "OCOP058", Product, f =>
        {
            File.Copy(Path.Combine(TestPaths.Content, "san-pham", "che-lam-cam-tan", "anh-1.jpg"), Path.Combine(f.ContentDirectory, "san-pham", "che-lam", new string('a', 241) + ".jpg"));
            WithField(f, $"photos: [{new string('a', 241)}.jpg]");
        }),
    ];

    public static TheoryData<string> Names() => new(All.Select(c => c.Name));

    public static LimitCase Named(string name) => All.Single(c => c.Name == name);

    public static string ProductText(string name = "Chè lam", string summary = "Chè lam thử.", string extra = "", string body = "Nội dung.")
        => $"---\nname: {name}\ngroup: thuc-pham\nproducer: htx-cam-tan\ncertificate: qd-1114\nprice: 45000\nunit: hộp 300 g\nsummary: {summary}\n{extra}buy:\n  postmart: https://postmart.vn/san-pham/che-lam\n---\n\n{body}\n";

    private static string ProducerText(string phone)
        => $"---\nname: HTX Cẩm Tân\nsummary: Hợp tác xã thử.\nlegal_form: hop-tac-xa\ncontact:\n  phone: {phone}\n---\n";

    private static string CertificateText(string issuedOn, string extra)
        => $"---\ndecision: \"1114/QĐ-UBND\"\nissued_on: {issuedOn}\nissuing_body: UBND tỉnh Thanh Hóa\nlevel: tinh\nstars: 4\nscore: 78\nproducts: [che-lam]\n{extra}---\n";

    private static void WithBody(ContentFixture fixture, string body) => fixture.Write(Product, ProductText(body: body));

    private static void WithField(ContentFixture fixture, string yaml) => fixture.Write(Product, ProductText(extra: yaml + "\n"));

    /// <summary>Sets one top-level line of site.yml: replaces the line of the same key (a second one would be a duplicate key, OCOP005), or appends it.</summary>
    private static void AppendToSite(ContentFixture fixture, string yaml)
    {
        var path = Path.Combine(fixture.ContentDirectory, "site.yml");
        var key = yaml[..(yaml.IndexOf(':', StringComparison.Ordinal) + 1)];
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.FindIndex(l => l.StartsWith(key, StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = yaml;
        }
        else
        {
            lines.Add(yaml);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Nine anchors, each a list of eight aliases of the previous: 8^9 values once expanded, as a mapping key.</summary>
    private static string AliasBombKey(int key)
    {
        var node = $"&k{key}a1 [x, x, x, x, x, x, x, x]";
        for (var level = 2; level <= 9; level++)
        {
            node = $"&k{key}a{level} [{node}, {string.Join(", ", Enumerable.Repeat($"*k{key}a{level - 1}", 7))}]";
        }

        return $"? {node}\n: {key}";
    }

    private static void MakeFifo(ContentFixture fixture, string relativePath)
    {
        var path = Path.Combine(fixture.ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void Link(ContentFixture fixture, string relativePath, string target)
    {
        var path = Path.Combine(fixture.ContentDirectory, relativePath);
        if (target == ".")
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }
}
