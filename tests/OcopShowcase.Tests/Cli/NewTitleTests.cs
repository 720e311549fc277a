using CsCheck;
using OcopShowcase.Cli;
using Spectre.Console.Testing;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Cli;

/// <summary><c>new KIND "title"</c> writes a draft that passes <c>check</c> whatever the title holds (issue #22).</summary>
public class NewTitleTests
{
    [Theory]
    [InlineData("news", "Tin \"mới\": #1 \\ a\nb: c", "tin-tuc/tin-moi-1-a-b-c.md", "Tin \"mới\": #1 \\ a b: c")]
    [InlineData("product", "Bánh 'đa' {{ vừng }} [đen] & *x* | y > z % @ `q`", "san-pham/banh-da-vung-den-x-y-z-q/index.md", "Bánh 'đa' {{ vừng }} [đen] & *x* | y > z % @ `q`")]
    [InlineData("producer", "? HTX: \"A\"\t\r\nB\u0001\u000b\uffff #", "chu-the/htx-a-b.md", "? HTX: \"A\" B #")]
    [InlineData("tourism", "Hang\u2028Dơi: null", "du-lich/hang-doi-null/index.md", "Hang Dơi: null")]
    public void A_hostile_title_is_quoted_and_the_file_passes_check(string kind, string title, string expectedPath, string expectedTitle)
    {
        var fixture = new ContentFixture();
        var console = new TestConsole();
        console.Profile.Width = 400;

        var code = CliApp.Run(["new", kind, title, "--content", fixture.ContentDirectory, "--theme", TestPaths.Theme, "--today", "2026-11-29", "--producer", "htx-cam-tan"], console);

        Assert.True(code == 0, console.Output);
        var written = File.ReadAllText(Path.Combine(fixture.ContentDirectory, expectedPath));
        var frontMatter = written.Split("---\n")[1];
        var yaml = new YamlStream();
        yaml.Load(new StringReader(frontMatter));
        var fields = (YamlMappingNode)yaml.Documents[0].RootNode;
        var field = kind == "news" ? "title" : "name";
        Assert.Equal(expectedTitle, ((YamlScalarNode)fields[field]).Value);
        Assert.Empty(fixture.Errors());
    }

    [Fact]
    public void Any_title_reads_back_as_its_one_line_form()
        => Gen.String.Sample(title =>
        {
            var line = ScaffoldText.OneLine(title);
            Assert.DoesNotContain('\n', line);
            var yaml = new YamlStream();
            yaml.Load(new StringReader($"title: {ScaffoldText.Quoted(line)}\nsummary: \"Tóm tắt {ScaffoldText.InsideQuotes(line)}.\"\n"));
            var fields = (YamlMappingNode)yaml.Documents[0].RootNode;
            Assert.Equal(line, ((YamlScalarNode)fields["title"]).Value);
            Assert.Equal($"Tóm tắt {line}.", ((YamlScalarNode)fields["summary"]).Value);
        });
}
