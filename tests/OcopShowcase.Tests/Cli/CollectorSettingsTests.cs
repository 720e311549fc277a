using System.Reflection;
using OcopShowcase.Cli;
using Spectre.Console.Cli;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// Which collector settings the launcher gives the native image (Cli/CollectorSettings.cs): none but for a build
/// into a folder that holds a site, and never one the environment already sets. NativeImageTests checks that the
/// image's collector reads them.
/// </summary>
public sealed class CollectorSettingsTests
{
    private static readonly Func<string, string?> NothingSet = _ => null;

    private static string FolderWithSite()
    {
        var folder = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html>");
        return folder;
    }

    [Fact]
    public void A_build_into_a_folder_that_holds_a_site_runs_without_DATAS_and_with_the_largest_large_object_threshold()
    {
        var site = FolderWithSite();

        var settings = CollectorSettings.ForImage(["build", "--content", "content", "--output", site, "--timings"], NothingSet);

        Assert.Equal(
            [new(CollectorSettings.DynamicAdaptation, "0"), new(CollectorSettings.LargeObjectThreshold, "400000")],
            settings);
        Assert.Equal(settings, CollectorSettings.ForImage(["build", $"--output={site}"], NothingSet));
        Assert.Equal(settings, CollectorSettings.ForImage(["build", $"--output:{site}"], NothingSet));
    }

    [Fact]
    public void A_build_into_a_new_or_empty_folder_and_every_other_command_keep_the_projects_settings()
    {
        var site = FolderWithSite();
        var empty = TestPaths.TempDirectory();

        Assert.Empty(CollectorSettings.ForImage(["build", "--output", Path.Combine(empty, "new")], NothingSet));
        Assert.Empty(CollectorSettings.ForImage(["build", "--output", empty], NothingSet));
        Assert.Empty(CollectorSettings.ForImage(["serve", "--output", site], NothingSet));
        Assert.Empty(CollectorSettings.ForImage(["check", "--output", site], NothingSet));
        Assert.Empty(CollectorSettings.ForImage(["build", "--output"], NothingSet));
        Assert.Empty(CollectorSettings.ForImage([], NothingSet));
    }

    [Fact]
    public void A_setting_the_environment_already_has_is_left_as_it_is()
    {
        var site = FolderWithSite();
        Func<string, string?> datasOn = name => name == CollectorSettings.DynamicAdaptation ? "1" : null;

        Assert.Equal([new(CollectorSettings.LargeObjectThreshold, "400000")], CollectorSettings.ForImage(["build", "--output", site], datasOn));
    }

    [Fact]
    public void The_output_option_it_reads_is_the_one_build_declares()
    {
        var declared = typeof(BuildSettings).GetProperty(nameof(BuildSettings.Output))!.GetCustomAttribute<CommandOptionAttribute>()!;

        Assert.Equal([CollectorSettings.OutputOption["--".Length..]], declared.LongNames);
    }
}
