using System.Diagnostics;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Hostile;

/// <summary>
/// The output folder is the build's alone (issue #22, data loss): each case runs the generator in its own process
/// against an output it must refuse or cannot write, and checks the exit code, a catalogue error naming the path,
/// no stack trace, and every byte of the content and of other people's files as it was.
/// </summary>
public class OutputFolderTests
{
    private sealed class Workspace
    {
        public Workspace()
        {
            Root = TestPaths.TempDirectory();
            Content = Path.Combine(Root, "content");
            TestPaths.CopyDirectory(TestPaths.Fixture("minimal"), Content);
        }

        public string Root { get; }

        public string Content { get; }

        public string[] Build(string output, string today = "2026-11-29")
            => ["build", "--content", Content, "--theme", TestPaths.Theme, "--output", output, "--today", today];

        public GeneratorProcess.Outcome Run(string output, string today = "2026-11-29") => GeneratorProcess.Run(Root, Build(output, today));
    }

    private static void AssertRefused(GeneratorProcess.Outcome outcome, string code, string path)
    {
        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains($"error {code}: ", outcome.Stdout);
        Assert.Contains(path, outcome.Stdout);
        Assert.False(outcome.HasStackTrace, outcome.ToString());
        // Vietnamese first, English second, from the catalogue.
        var descriptor = Diagnostics.DiagnosticCatalogue.All.Single(d => d.Code == code);
        var vietnamese = outcome.Stdout.IndexOf(descriptor.MessageVi[..12], StringComparison.Ordinal);
        var english = outcome.Stdout.IndexOf(descriptor.MessageEn[..12], StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && english > vietnamese, outcome.Stdout);
    }

    [Fact]
    public void The_content_folder_is_refused_and_every_file_in_it_kept()
    {
        var workspace = new Workspace();
        var before = GeneratorProcess.Snapshot(workspace.Content);

        AssertRefused(workspace.Run(workspace.Content), "OCOP060", workspace.Content);
        AssertRefused(workspace.Run(Path.Combine(workspace.Content, "san-pham")), "OCOP060", workspace.Content);
        AssertRefused(workspace.Run(workspace.Root), "OCOP060", workspace.Content);

        // Through a link to it: "noi-dung/_site" is inside the content folder.
        var link = Path.Combine(workspace.Root, "noi-dung");
        Directory.CreateSymbolicLink(link, workspace.Content);
        AssertRefused(workspace.Run(Path.Combine(link, "_site")), "OCOP060", workspace.Content);

        Assert.Equal(before, GeneratorProcess.Snapshot(workspace.Content));
    }

    [Fact]
    public void The_theme_folder_is_refused()
    {
        var workspace = new Workspace();
        var theme = Path.Combine(workspace.Root, "theme");
        TestPaths.CopyDirectory(TestPaths.Theme, theme);
        var before = GeneratorProcess.Snapshot(theme);

        var outcome = GeneratorProcess.Run(workspace.Root, "build", "--content", workspace.Content, "--theme", theme, "--output", Path.Combine(theme, "layouts"), "--today", "2026-11-29");

        AssertRefused(outcome, "OCOP060", theme);
        Assert.Equal(before, GeneratorProcess.Snapshot(theme));
    }

    [Theory]
    [InlineData(".")]
    [InlineData(".git/site")]
    public void The_repository_root_and_its_git_folder_are_refused(string output)
    {
        // A repository whose content and theme live elsewhere: only the working folder says where the repository is.
        var workspace = new Workspace();
        var repository = Path.Combine(workspace.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(repository, "README.md"), "# Kho\n");
        var before = GeneratorProcess.Snapshot(repository);

        var outcome = GeneratorProcess.Run(repository, workspace.Build(output));

        AssertRefused(outcome, "OCOP060", repository);
        Assert.Equal(before, GeneratorProcess.Snapshot(repository));
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_with_foreign_files_is_refused_and_the_files_kept()
    {
        var workspace = new Workspace();
        var elsewhere = Path.Combine(workspace.Root, "var-www");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "<p>trang của người khác</p>");
        var link = Path.Combine(workspace.Root, "www");
        Directory.CreateSymbolicLink(link, elsewhere);
        var before = GeneratorProcess.Snapshot(workspace.Root);

        AssertRefused(workspace.Run(link), "OCOP061", link);

        Assert.Equal(before, GeneratorProcess.Snapshot(workspace.Root));
        Assert.Equal(elsewhere, new DirectoryInfo(link).LinkTarget);
    }

    [Fact]
    public void A_folder_holding_files_no_build_wrote_is_refused_and_kept()
    {
        var workspace = new Workspace();
        var documents = Path.Combine(workspace.Root, "tai-lieu");
        Directory.CreateDirectory(Path.Combine(documents, "2026"));
        File.WriteAllText(Path.Combine(documents, "2026", "bao-cao.docx"), "báo cáo");
        var before = GeneratorProcess.Snapshot(documents);

        AssertRefused(workspace.Run(documents), "OCOP063", documents);

        Assert.Equal(before, GeneratorProcess.Snapshot(documents));
    }

    [Fact]
    public void A_regular_file_is_refused_and_kept()
    {
        var workspace = new Workspace();
        var file = Path.Combine(workspace.Root, "site.zip");
        File.WriteAllText(file, "không phải thư mục");

        AssertRefused(workspace.Run(file), "OCOP062", file);

        Assert.Equal("không phải thư mục", File.ReadAllText(file));
    }

    [Fact]
    public void A_site_a_build_wrote_carries_the_marker_and_is_rebuilt_in_place()
    {
        var workspace = new Workspace();
        var output = Path.Combine(workspace.Root, "_site");
        Assert.Equal(0, workspace.Run(output).ExitCode);
        Assert.Equal(OutputFolder.MarkerBytes, File.ReadAllBytes(Path.Combine(output, OutputFolder.MarkerName)));

        var again = workspace.Run(output, today: "2026-11-30");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(File.Exists(Path.Combine(output, "san-pham", "che-lam", "index.html")));
        Assert.Equal([output, output + ".lock"], Directory.EnumerateFileSystemEntries(workspace.Root, "_site*").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_build_while_one_holds_the_output_stops_with_a_clear_message()
    {
        var workspace = new Workspace();
        var output = Path.Combine(workspace.Root, "_site");
        Assert.Equal(0, workspace.Run(output).ExitCode);
        var before = GeneratorProcess.Snapshot(output);

        GeneratorProcess.Outcome second;
        using (OutputLock.Take(output))
        {
            second = workspace.Run(output, today: "2026-11-30");
        }

        AssertRefused(second, "OCOP064", output);
        Assert.Equal(before, GeneratorProcess.Snapshot(output));
    }

    [Fact]
    public void Two_builds_started_together_leave_one_complete_site()
    {
        var workspace = new Workspace();
        var reference = Path.Combine(workspace.Root, "reference");
        Assert.Equal(0, workspace.Run(reference).ExitCode);
        var output = Path.Combine(workspace.Root, "_site");

        var builds = new[] { "2026-11-29", "2026-11-29" }.Select(today => Process.Start(GeneratorProcess.StartInfo(workspace.Root, workspace.Build(output, today)))!).ToList();
        var outcomes = builds.Select(GeneratorProcess.Collect).ToList();

        Assert.Contains(outcomes, o => o.ExitCode == 0);
        Assert.All(outcomes.Where(o => o.ExitCode != 0), o => AssertRefused(o, "OCOP064", output));
        Assert.Equal(GeneratorProcess.Snapshot(reference).Keys, GeneratorProcess.Snapshot(output).Keys);
        var leftovers = Directory.EnumerateDirectories(workspace.Root).Where(d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers) + "\n" + string.Join("\n", outcomes));
    }
}
