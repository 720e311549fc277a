using OcopShowcase.Cli;
using Spectre.Console.Testing;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// What the content says never acts on the terminal or the CI log: an escape sequence in a key, a value or a file
/// name is printed as <c>\u001B</c>, and a huge value is cut.
/// </summary>
public class TerminalSafetyTests
{
    private const string Hostile = "\u001B]0;pwned\u0007\u001B[2J\r\n::error file=x::forged";

    [Theory]
    [InlineData("terminal")]
    [InlineData("github")]
    public void Check_prints_hostile_keys_values_and_file_names_escaped(string format)
    {
        var fixture = new ContentFixture();
        // Past the door's check, as a file name is: a producer folder whose name carries the sequence, and an unknown key.
        Directory.CreateDirectory(Path.Combine(fixture.ContentDirectory, "tin-tuc"));
        fixture.Write("tin-tuc/a\u001B[2Jb.md", "---\ntitle: Tin\nsummary: Tin.\ndate: 2024-01-01\n\"k\\e]0;x\\a\": 1\nphone: \"" + new string('9', 100_000) + "\"\n---\n");

        var (code, output) = Check(fixture, format == "github" ? ["--format", "github"] : []);

        Assert.Equal(1, code);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.Contains("\\u001B", output, StringComparison.Ordinal);
        Assert.True(output.Length < 5_000, $"{output.Length} characters printed");
        Assert.DoesNotContain(Hostile, output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Check(ContentFixture fixture, string[] extra)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        lock (typeof(CliTests))
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(fixture.Root);
            try
            {
                var code = CliApp.Run(["check", "--content", "content", "--theme", TestPaths.Theme, "--today", "2026-11-29", .. extra], console);
                return (code, console.Output);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
