using MemoryPack;
using OcopShowcase.Content;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Kinds;
using OcopShowcase.Rendering;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The document memo <c>build</c> keeps in <c>.cache/documents/</c> (<see cref="DocumentMemo.OnDisk"/>): the next build
/// takes every document whose files did not change from it, their bodies read from their files only when a page needs
/// them, and the site it writes is the one a build without the memo writes, byte for byte, with the same messages.
/// </summary>
public class DocumentMemoOnDiskTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly string SharedCache = TestPaths.TempDirectory();

    [Fact]
    public void An_edit_build_takes_the_other_documents_from_the_memo_and_writes_the_site_a_build_without_it_writes()
    {
        var (content, options) = Workspace();
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var documents = first.Documents.Read;
        Assert.Equal(0, first.Documents.Taken);
        Assert.True(File.Exists(options.DocumentMemoFile));

        // A producer renamed: the pages of its products show the name, so they are made again, their bodies (taken
        // from the memo as places in their files) read from the files.
        Edit(content, "chu-the/htx-nong-nghiep-cam-tan.md", "name: HTX Nông nghiệp Cẩm Tân", "name: HTX Nông nghiệp xã Cẩm Tân");
        var edited = BuildPipeline.BuildAndWrite(options);
        Assert.Equal((1, documents - 1), edited.Documents);
        Assert.Contains(edited.PagesRendered, page => page.StartsWith("san-pham/", StringComparison.Ordinal));
        AssertSameAsWithoutMemo(options, edited);
    }

    [Fact]
    public void Documents_taken_from_the_memo_look_their_languages_up_as_the_reader_made_them_by_ordinal_comparison()
    {
        var (_, options) = Workspace();
        Assert.True(BuildPipeline.BuildAndWrite(options).Succeeded);

        var memo = DocumentMemo.OnDisk(options.DocumentMemoFile);
        var content = ContentLoader.Load(options.ContentDirectory, null, new DiagnosticBag(), memo)!;
        Assert.True(memo.Taken > 30, $"{memo.Taken} documents taken");
        // A culture-sensitive comparer (MemoryPack's default) sent every lookup of a language through ICU.
        Assert.All(content.Products, p => Assert.Same(StringComparer.Ordinal, p.Text.ByLanguage.KeyComparer));
        Assert.All(content.Certificates, c => Assert.Same(StringComparer.Ordinal, c.Text.ByLanguage.KeyComparer));
        Assert.All(content.Producers, p => Assert.Same(StringComparer.Ordinal, p.Text.ByLanguage.KeyComparer));
    }

    [Fact]
    public void Settings_edited_have_every_document_read_again_from_files_the_memo_had_vouched_for()
    {
        var (content, options) = Workspace();
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        // Past the racy window, so that the next build takes every file unread on its stamp; then the settings change,
        // and every document must be parsed again from texts that were not read.
        Thread.Sleep(DocumentMemo.RacyWindow + TimeSpan.FromMilliseconds(500));
        Edit(content, "san-pham/che-lam-cam-tan/index.md", "price: 45000", "price: 48000");
        var vouched = BuildPipeline.BuildAndWrite(options);
        Assert.Equal(1, vouched.Documents.Read);

        File.AppendAllText(Path.Combine(content, "site.yml"), "\n# settings edited\n");
        var settings = BuildPipeline.BuildAndWrite(options);
        Assert.Equal((first.Documents.Read, 0), settings.Documents);
        AssertSameAsWithoutMemo(options, settings);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("another generator")]
    public void A_damaged_or_foreign_memo_is_not_used(string damage)
    {
        var (content, options) = Workspace();
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var bytes = File.ReadAllBytes(options.DocumentMemoFile);
        var line = Array.IndexOf(bytes, (byte)'\n');
        switch (damage)
        {
            case "cut short":
                bytes = bytes[..(bytes.Length * 2 / 3)];
                break;
            case "one byte changed":
                bytes[(line + bytes.Length) / 2] ^= 0x20;
                break;
            default:
                // The generator's identity on the first line, with a hash that matches: only the identity refuses it.
                bytes[line - 1] = (byte)(bytes[line - 1] == (byte)'0' ? '1' : '0');
                System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes.AsSpan(bytes.Length - 32));
                break;
        }

        File.WriteAllBytes(options.DocumentMemoFile, bytes);
        Edit(content, "san-pham/che-lam-cam-tan/index.md", "price: 45000", "price: 48000");
        var next = BuildPipeline.BuildAndWrite(options);
        Assert.Equal((first.Documents.Read, 0), next.Documents);
        AssertSameAsWithoutMemo(options, next);
    }

    [Fact]
    public void A_body_saved_after_its_document_was_taken_is_read_as_the_file_is_now()
    {
        var file = Path.Combine(TestPaths.TempDirectory(), "index.md");
        File.WriteAllText(file, "---\nname: A\n---\n\nĐoạn đầu.\n");
        var parsed = FrontMatterDocument.Parse(SourceFile.Read(Path.GetDirectoryName(file)!, file), new DiagnosticBag());
        var hash = new MarkdownBody(parsed.Body, "index.md", parsed.BodyFirstLine).Hash;
        Assert.Equal((parsed.Body, true), FrontMatterDocument.BodyAt(file, parsed.BodyStart, hash));

        // Saved since, with a longer front matter: the body is elsewhere in the file; it is found by parsing again.
        File.WriteAllText(file, "---\nname: A\nsummary: Thêm một dòng\n---\n\nĐoạn đầu, sửa lại.\n");
        Assert.Equal(("\nĐoạn đầu, sửa lại.\n", false), FrontMatterDocument.BodyAt(file, parsed.BodyStart, hash));
    }

    [Fact]
    public void A_body_read_from_a_file_saved_since_says_its_hash_no_longer_holds_and_its_search_words_are_not_kept()
    {
        var file = Path.Combine(TestPaths.TempDirectory(), "index.md");
        File.WriteAllText(file, "---\nname: A\n---\n\nĐoạn đầu.\n");
        var parsed = FrontMatterDocument.Parse(SourceFile.Read(Path.GetDirectoryName(file)!, file), new DiagnosticBag());
        var read = new MarkdownBody(parsed.Body, "index.md", parsed.BodyFirstLine) { Origin = new BodyOrigin(file, parsed.BodyStart) };
        MarkdownBody Taken() => MemoryPackSerializer.Deserialize<MarkdownBody>(MemoryPackSerializer.Serialize(read))!;

        var unchanged = Taken();
        Assert.Equal(parsed.Body, unchanged.Markdown);
        Assert.True(unchanged.HashHolds);
        Assert.True(BodyText.ForSearch(unchanged).KeyHolds);

        File.WriteAllText(file, "---\nname: A\n---\n\nĐoạn khác hẳn.\n");
        var saved = Taken();
        var search = BodyText.ForSearch(saved);
        Assert.Equal(read.Hash, search.Key);
        Assert.Equal(["doan", "khac", "han"], search.FirstTokens(120));
        Assert.False(saved.HashHolds);
        Assert.False(search.KeyHolds);
    }

    [Fact]
    public void Every_kind_s_documents_are_stored_and_taken_back_as_they_were_read()
    {
        // A kind whose document type is not MemoryPackable (or holds a type that is not) fails here, not in a build.
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(TestPaths.Content, null, diagnostics);
        Assert.NotNull(content);
        foreach (var kind in ContentKinds.All)
        {
            var documents = content.Documents[kind];
            Assert.True(documents.Count > 0, $"the sample has no {kind.Name}: add one, so that its storing is tested");
            foreach (var document in documents)
            {
                var bytes = MemoryPackSerializer.Serialize(document.GetType(), document);
                var taken = MemoryPackSerializer.Deserialize(document.GetType(), bytes);
                Assert.NotNull(taken);
                Assert.Equal(bytes, MemoryPackSerializer.Serialize(document.GetType(), taken));
                Assert.Equal(Bodies(document), Bodies(taken));
            }
        }
    }

    /// <summary>Every body's text and place in a document, as read (a body taken back reads its text from its file).</summary>
    private static List<string> Bodies(object? value, int depth = 0)
    {
        var found = new List<string>();
        if (value is null or string || depth > 6)
        {
            return found;
        }

        switch (value)
        {
            case MarkdownBody body:
                found.Add($"{body.File}:{body.FirstLine}:{body.Markdown}");
                break;
            case System.Collections.IDictionary dictionary:
                foreach (var item in dictionary.Values)
                {
                    found.AddRange(Bodies(item, depth + 1));
                }

                break;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    found.AddRange(Bodies(item, depth + 1));
                }

                break;
            default:
                if (value.GetType().Namespace?.StartsWith("OcopShowcase", StringComparison.Ordinal) == true)
                {
                    foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                    {
                        found.AddRange(Bodies(property.GetValue(value), depth + 1));
                    }
                }

                break;
        }

        return found;
    }

    private static (string Content, BuildOptions Options) Workspace()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        return (content, new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, Today, SharedCache));
    }

    private static void Edit(string content, string relativePath, string from, string to)
    {
        var path = Path.Combine(content, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The site and messages of <paramref name="built"/> are those of a build that reads every document (no memo, no previous site).</summary>
    private static void AssertSameAsWithoutMemo(BuildOptions options, BuildResult built)
    {
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var clean = options with { OutputDirectory = Path.Combine(TestPaths.TempDirectory(), "_site"), CacheDirectory = SharedCache };
        File.Delete(clean.DocumentMemoFile);
        File.Delete(clean.SearchTokenFile);
        File.Delete(clean.ContentListingFile);
        var fresh = BuildPipeline.BuildAndWrite(clean);
        Assert.Equal(0, fresh.Documents.Taken);
        Assert.Equal(0, fresh.SearchBodies.Taken);
        Assert.Equal(fresh.Diagnostics.Select(d => d.Format()), built.Diagnostics.Select(d => d.Format()));
        var expected = Directory.EnumerateFiles(clean.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(clean.OutputDirectory, f)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.EnumerateFiles(options.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(options.OutputDirectory, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(clean.OutputDirectory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(options.OutputDirectory, file))), $"{file} differs from a build without the memo");
        }
    }
}
