using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// Generated attacks on the link rule and the file-name rule: script schemes in any casing, with controls, tabs and
/// newlines, entity-encoded, in every Markdown syntax that makes a link; file names from a hostile alphabet.
/// </summary>
public class ActiveContentPropertyTests
{
    private static readonly string[] Payloads = ["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="];

    private static readonly string[] Dangerous = ["javascript:", "vbscript:", "data:"];

    /// <summary>
    /// One character of a payload as an author could write it: as is, in the other case, or as a decimal or hex entity,
    /// optionally preceded by an entity-encoded tab, newline or carriage return (which a browser drops).
    /// </summary>
    private static Gen<string> Obfuscated(bool entities) => Gen.Select(Gen.OneOf<string>(Payloads), Gen.Int[0, 3].Array[40], Gen.Int[0, 8].Array[40], Gen.Int[0, 3], (payload, forms, gaps, lead) =>
    {
        var text = new StringBuilder();
        text.Append(entities ? lead switch { 1 => "&#1;", 2 => " &#x1F;", 3 => "&#32;&#9;", _ => "" } : "");
        var schemeEnd = payload.IndexOf(':');
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (entities && i > 0 && i <= schemeEnd)
            {
                text.Append(gaps[i % gaps.Length] switch { 1 => "&#9;", 2 => "&#x0A;", 3 => "&#13;", _ => "" });
            }

            var form = i <= schemeEnd ? forms[i % forms.Length] : 0;
            text.Append(form switch
            {
                1 => char.IsUpper(c) ? char.ToLowerInvariant(c).ToString() : char.ToUpperInvariant(c).ToString(),
                2 when entities => $"&#{(int)c};",
                3 when entities => $"&#x{(int)c:X};",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    });

    private static readonly Gen<string> Body = Gen.OneOf(
        Obfuscated(entities: true).Select(u => $"Xem [khuyến mãi]({u}) nhé."),
        Obfuscated(entities: true).Select(u => $"![ảnh]({u})"),
        Obfuscated(entities: true).Select(u => $"Xem [khuyến mãi][km].\n\n[km]: {u}"),
        Obfuscated(entities: true).Select(u => $"Bấm <a href=\"{u}\">đây</a>."),
        Obfuscated(entities: true).Select(u => $"<p><img src=\"{u}\" alt=\"\"></p>"),
        Obfuscated(entities: false).Select(u => $"Mua tại <{u}> hôm nay."),
        Obfuscated(entities: false).Select(u => $"- <{u}>"));

    [Fact]
    public void A_script_scheme_in_any_disguise_never_becomes_a_live_link_and_is_reported_where_written()
    {
        var renderer = new MarkdownRenderer(new SiteLinks("/", ["index.html"], OcopShowcase.Assets.Images.PhotoSet.Empty));
        var language = new Language("en", IsDefault: false);
        Body.Sample(body =>
        {
            var bag = new DiagnosticBag();
            var html = renderer.Render(new MarkdownBody(body, "san-pham/x/index.en.md", 5), language, bag).Html;
            var document = new HtmlParser().ParseDocument(html);
            foreach (var attribute in document.All.SelectMany(e => e.Attributes))
            {
                var url = AsBrowserReads(attribute.Value);
                Assert.False(Dangerous.Any(d => url.StartsWith(d, StringComparison.Ordinal)), $"{attribute.Name}={attribute.Value}\n{html}");
            }

            var error = Assert.Single(bag.ToSortedList(), d => d.Code == "OCOP024");
            Assert.Equal(("san-pham/x/index.en.md", true), (error.At.File, error.At.Line >= 5 && error.At.Column >= 1));
        }, iter: 1500);
    }

    [Fact]
    public void The_link_rule_refuses_every_disguise_and_keeps_allowed_schemes_in_any_case()
    {
        var control = Gen.String[Gen.Char["\u0001\u0008\u001f \t\n\r"], 0, 4];
        var disguised = Gen.Select(Gen.OneOf<string>(Payloads), Gen.Bool.Array[40], Gen.String[Gen.Char["\t\n\r"], 0, 2].Array[40], control, control, (payload, upper, gaps, before, after) =>
            before + string.Concat(payload.Select((c, i) => (i > 0 && i <= payload.IndexOf(':') ? gaps[i % gaps.Length] : "") + (upper[i % upper.Length] ? char.ToUpperInvariant(c) : c))) + after);
        disguised.Sample(url => Assert.Equal(LinkTarget.Unsafe, LinkPolicy.Classify(url)), iter: 5000);

        var allowed = Gen.Select(Gen.OneOf<string>("https://postmart.vn/x", "http://cam-tan.vn/", "mailto:htx@cam-tan.vn", "tel:+84912345678", "zalo:0912345678"), Gen.Bool.Array[30], (url, upper) =>
            string.Concat(url.Select((c, i) => i < url.IndexOf(':') && upper[i % upper.Length] ? char.ToUpperInvariant(c) : c)));
        allowed.Sample(url => Assert.NotEqual(LinkTarget.Unsafe, LinkPolicy.Classify(url)), iter: 500);
    }

    private static readonly Gen<string> FileName = Gen.Select(
        Gen.String[Gen.Char["aAzZ09-_.ảđÊ \"'<>&;=%#?()[]{}!@$^`~,+\u200b\u0301\t"], 1, 30],
        Gen.OneOf<string>(".jpg", ".JPG", ".jfif", ".png", ".webp", ".svg", ".html", ".heic", ".pdf", ""),
        (stem, extension) => stem + extension);

    [Fact]
    public void A_safe_file_name_needs_no_escaping_anywhere_and_every_suggestion_is_safe()
        => FileName.Sample(name =>
        {
            if (BundleFileRules.IsSafeName(name))
            {
                Assert.Equal(name, HtmlText.Escape(name));
                Assert.Equal(name, Uri.EscapeDataString(name));
                Assert.DoesNotContain(',', name);
            }
            else
            {
                Assert.True(BundleFileRules.IsSafeName(BundleFileRules.SuggestedName(name)), BundleFileRules.SuggestedName(name));
            }
        }, iter: 5000);

    [Fact]
    public void A_listed_file_is_accepted_only_when_its_name_and_type_are_safe()
    {
        FileName.Where(n => !n.Contains("..", StringComparison.Ordinal)).Sample(name =>
        {
            var source = SourceFile.FromText("san-pham/x/index.md", "---\n---\n");
            var document = new DocumentSource("san-pham", "x", source, new Dictionary<string, SourceFile>(), "san-pham/x", [new ContentFile("san-pham/x/" + SourceFile.Normalize(name).Trim(), "/nowhere")]);
            var bag = new DiagnosticBag();
            var at = new SourceSpan("san-pham/x/index.md", 9, 5);
            var file = document.ResolveFile(name, at, bag, BundleFileUse.PhotoOrDocument);
            if (file is not null)
            {
                Assert.True(BundleFileRules.IsSafeName(file.Name));
                Assert.True(BundleFileRules.IsPhoto(file.Name) || BundleFileRules.IsDocument(file.Name));
                Assert.Empty(bag.ToSortedList());
                Assert.Single(document.UsedFiles);
            }
            else
            {
                var error = Assert.Single(bag.ToSortedList());
                Assert.Contains(error.Code, new[] { "OCOP045", "OCOP046", "OCOP047", "OCOP048", "OCOP031", "OCOP030" });
                Assert.Equal(at, error.At);
                Assert.Empty(document.UsedFiles);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Any_photo_file_name_builds_a_page_without_markup_from_it_or_fails_naming_it()
    {
        var photo = Assets.JpegFixtures.LeftRedRightBlue(64, 32);
        var safe = Gen.Select(Gen.String[Gen.Char["abcXYZ019-_."], 1, 20], Gen.OneOf<string>(".jpg", ".JPEG", ".jfif", ".png", ".webp", ".bmp"), (stem, extension) => "a" + stem + extension);
        Gen.OneOf(FileName, safe).Where(n => n.Trim().Length > 0 && !n.Contains("..", StringComparison.Ordinal) && n.Trim() is not ("." or "index.md")).Sample(name =>
        {
            var fixture = new ContentFixture();
            var yamlName = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
            fixture.Write("san-pham/che-lam/index.md", $"---\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tan\ncertificate: qd-1114\nprice: 45000\nunit: hộp\nbuy:\n  phone: \"0912 345 678\"\nsummary: x\nphotos:\n  - file: \"{yamlName}\"\n---\nNội dung.\n");
            File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham", "che-lam", name), photo);
            var result = fixture.Build();
            if (!result.Succeeded)
            {
                Assert.Empty(result.Files);
                Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.True(d.At.File.StartsWith("san-pham/che-lam/", StringComparison.Ordinal) && d.At.Line >= 1, d.Format()));
                return;
            }

            Assert.True(BundleFileRules.IsSafeName(name.Trim()), name);
            HostileContentTests.AssertNothingExecutable(result);
            Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".svg", StringComparison.Ordinal) && !f.Path.StartsWith("assets/", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("san-pham/che-lam/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path != "san-pham/che-lam/index.html");
        }, iter: 40, threads: 1);
    }

    /// <summary>A URL as a browser's URL parser sees it: C0 controls and spaces trimmed, tabs and newlines removed, lower case.</summary>
    private static string AsBrowserReads(string value)
        => new string(value.Trim(Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray()).Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).ToLowerInvariant();
}
