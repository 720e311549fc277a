using OcopShowcase.Assets.Images;
using OcopShowcase.Assets.Search;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using OcopShowcase.Rendering;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Search;

/// <summary>
/// The first search tokens of bodies, kept by <c>build</c> in <c>.cache/search/</c> (<see cref="SearchTokenMemo"/>):
/// an index made again reads only the bodies the memo does not hold, the memo holds exactly the bodies of the last
/// build's documents, and a site built with it is the site built without it.
/// </summary>
public class SearchTokenMemoTests
{
    private const int Limit = 120;

    [Fact]
    public void A_body_read_once_is_taken_from_the_memo_by_the_next_build()
    {
        var file = MemoFile();
        var honey = new CountedBody("hash-mat-ong", "Mật ong rừng Cẩm Tân, vàng sánh.");
        var first = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["mat", "ong", "rung", "cam", "tan", "vang", "sanh"], Tokens(first, honey.Body, Limit));
        // Asked again in the same build (another language's index): not read again.
        Tokens(first, honey.Body, Limit);
        Assert.Equal((1, 0), first.Bodies);
        End(first, honey);

        var next = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["mat", "ong", "rung", "cam", "tan", "vang", "sanh"], Tokens(next, honey.Body, Limit));
        Assert.Equal((0, 1), next.Bodies);
        Assert.Equal(1, honey.Reads);
    }

    [Fact]
    public void The_memo_keeps_the_bodies_of_this_build_s_documents_and_no_others()
    {
        var file = MemoFile();
        var kept = new CountedBody("hash-giu", "Chè lam");
        var removed = new CountedBody("hash-bo", "Rượu cần");
        var first = SearchTokenMemo.OnDisk(file);
        Tokens(first, kept.Body, Limit);
        Tokens(first, removed.Body, Limit);
        // Only the first body's document is in this build's indexes (the other's product was removed since it was read).
        End(first, kept);

        var next = SearchTokenMemo.OnDisk(file);
        Tokens(next, kept.Body, Limit);
        Tokens(next, removed.Body, Limit);
        Assert.Equal((1, 1), next.Bodies);
        Assert.Equal((1, 2), (kept.Reads, removed.Reads));
    }

    [Fact]
    public void A_body_of_an_index_taken_from_the_previous_build_stays_in_the_memo()
    {
        // The English index was made again and read a body; the Vietnamese one, unchanged, read none: its bodies,
        // taken from the memo by no one, are written again, so that the next time it is made it reads none.
        var file = MemoFile();
        var vietnamese = new CountedBody("hash-vi", "Bánh gai");
        var first = SearchTokenMemo.OnDisk(file);
        Tokens(first, vietnamese.Body, Limit);
        End(first, vietnamese);

        var english = new CountedBody("hash-en", "Leaf cake");
        var second = SearchTokenMemo.OnDisk(file);
        Tokens(second, english.Body, Limit);
        End(second, vietnamese, english);

        var third = SearchTokenMemo.OnDisk(file);
        Tokens(third, vietnamese.Body, Limit);
        Tokens(third, english.Body, Limit);
        Assert.Equal((0, 2), third.Bodies);
    }

    [Fact]
    public void Tokens_read_from_a_file_saved_during_the_build_are_not_kept_under_the_memo_s_hash()
    {
        var file = MemoFile();
        var saved = new CountedBody("hash-truoc-khi-luu", "Văn bản mới", keyHolds: false);
        var first = SearchTokenMemo.OnDisk(file);
        Tokens(first, saved.Body, Limit);
        End(first, saved);

        var next = SearchTokenMemo.OnDisk(file);
        Tokens(next, saved.Body, Limit);
        Assert.Equal((1, 0), next.Bodies);
    }

    [Fact]
    public void Tokens_kept_for_another_limit_are_read_again()
    {
        var file = MemoFile();
        var body = new CountedBody("hash-dai", "một hai ba bốn năm");
        var first = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["mot", "hai"], Tokens(first, body.Body, 2));
        End(first, body);

        var next = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["mot", "hai", "ba"], Tokens(next, body.Body, 3));
        Assert.Equal((1, 0), next.Bodies);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    public void A_damaged_memo_is_not_used(string damage)
    {
        var file = MemoFile();
        var body = new CountedBody("hash-hong", "Nem chua");
        var first = SearchTokenMemo.OnDisk(file);
        Tokens(first, body.Body, Limit);
        End(first, body);

        var bytes = File.ReadAllBytes(file);
        if (damage == "cut short")
        {
            bytes = bytes[..^40];
        }
        else
        {
            bytes[bytes.Length - 40] ^= 0x01;
        }

        File.WriteAllBytes(file, bytes);
        var next = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["nem", "chua"], Tokens(next, body.Body, Limit));
        Assert.Equal((1, 0), next.Bodies);
    }

    [Fact]
    public void A_build_that_reads_no_body_writes_no_memo()
    {
        var file = MemoFile();
        var words = (SearchBody)"Chỉ là chữ";
        var memo = SearchTokenMemo.OnDisk(file);
        Assert.Equal(["chi", "la", "chu"], Tokens(memo, words, Limit));
        memo.Hold([Document(words)]);
        memo.End();
        memo.Flush();
        Assert.False(File.Exists(file));
        Assert.Equal((0, 0), memo.Bodies);
    }

    [Fact]
    public void A_product_added_rebuilds_the_indexes_from_the_memo_and_they_are_the_indexes_built_without_it()
    {
        var root = TestPaths.TempDirectory();
        var content = Path.Combine(root, "content");
        TestPaths.CopyDirectory(TestPaths.Content, content);
        var options = new BuildOptions(content, TestPaths.Theme, Path.Combine(root, "_site"), null, new DateOnly(2026, 11, 29), Path.Combine(root, ".cache"));
        var first = BuildPipeline.BuildAndWrite(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.True(first.SearchBodies.Read > 0);
        Assert.Equal(0, first.SearchBodies.Taken);

        // A copy of a product with a body of its own: its name and body are new words in both indexes.
        var product = Path.Combine(content, "san-pham", "che-lam-cam-tan");
        var added = Path.Combine(content, "san-pham", "che-lam-them");
        TestPaths.CopyDirectory(product, added);
        var index = Path.Combine(added, "index.md");
        var text = File.ReadAllText(index);
        var bodyStart = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4;
        var frontMatter = string.Join('\n', text[..bodyStart].Split('\n').Where(line => !line.StartsWith("certificate:", StringComparison.Ordinal)));
        File.WriteAllText(index, frontMatter.Replace("name: Chè lam Cẩm Tân", "name: Chè lam thêm", StringComparison.Ordinal) + "\nMột đoạn mới về chè lam vỏ quýt.\n");
        var next = BuildPipeline.BuildAndWrite(options);
        Assert.True(next.Succeeded, string.Join('\n', next.Diagnostics));
        // The new body is read; every other body is taken, each once for both languages.
        Assert.Equal((1, first.SearchBodies.Read), next.SearchBodies);

        var clean = options with { OutputDirectory = Path.Combine(root, "_clean"), CacheDirectory = Path.Combine(root, ".cache-clean") };
        var fresh = BuildPipeline.BuildAndWrite(clean);
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(0, fresh.SearchBodies.Taken);
        var expected = Directory.EnumerateFiles(Path.Combine(clean.OutputDirectory, "search"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(clean.OutputDirectory, f)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.EnumerateFiles(Path.Combine(options.OutputDirectory, "search"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(options.OutputDirectory, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(clean.OutputDirectory, file)), File.ReadAllText(Path.Combine(options.OutputDirectory, file)));
        }

        Assert.Contains(expected, f => File.ReadAllText(Path.Combine(clean.OutputDirectory, f)).Contains("\"quyt\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_made_with_the_memo_is_the_index_made_without_it_whether_its_bodies_are_read_or_taken()
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(TestPaths.Content, null, bag)!;
        var site = SiteEnricher.Enrich(content, new DateOnly(2026, 11, 29), bag);
        var theme = Theme.Load(TestPaths.Theme, content.Site.Languages, bag)!;
        var file = MemoFile();
        foreach (var language in site.Languages)
        {
            var documents = SearchPlanner.Plan(site, theme.Strings, PhotoSet.Empty, language);
            var without = SearchIndex.Build(documents).Files("s");
            // The English round takes the bodies it shares with the Vietnamese one (untranslated) from the first round.
            var read = SearchTokenMemo.OnDisk(file);
            var withRead = SearchIndex.Build(documents, read).Files("s");
            Assert.True(read.Bodies.Read > 0);
            read.Hold(documents);
            read.End();
            read.Flush();
            var taken = SearchTokenMemo.OnDisk(file);
            var withTaken = SearchIndex.Build(documents, taken).Files("s");
            Assert.Equal((0, read.Bodies.Read + read.Bodies.Taken), taken.Bodies);
            foreach (var made in new[] { withRead, withTaken })
            {
                Assert.Equal(without.Select(f => f.Path), made.Select(f => f.Path));
                foreach (var (expected, actual) in without.Zip(made))
                {
                    Assert.True(expected.ReadBytes().AsSpan().SequenceEqual(actual.ReadBytes()), $"{language.Code}: {expected.Path} differs");
                }
            }
        }
    }

    /// <summary>The memo's line of tokens for <paramref name="body"/>, as the index reads it.</summary>
    private static string[] Tokens(SearchTokenMemo memo, SearchBody body, int limit)
        => memo.FirstTokenLine(body, limit).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string MemoFile() => Path.Combine(TestPaths.TempDirectory(), "search", "site.tokens");

    private static void End(SearchTokenMemo memo, params CountedBody[] held)
    {
        memo.Hold([.. held.Select(b => Document(b.Body))]);
        memo.End();
        memo.Flush();
    }

    private static SearchDocument Document(SearchBody body) => new("Tên", "/san-pham/a/", "product", null, null, null, "", null, null, [], body);
}
