using System.Reflection;
using OcopShowcase.Cli;
using Spectre.Console.Cli;

namespace OcopShowcase.Tests.Cli;

/// <summary>
/// Which collector settings the launcher gives the native image (Cli/CollectorSettings.cs): none but for a build
/// into a folder that holds a site, two heaps on a machine with more cores, and never one the environment already
/// sets. NativeImageTests checks that the image's collector reads them. Every output folder here is absolute: the
/// default one (<c>_site</c>) is under the process's current folder, which other tests move.
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

        var settings = CollectorSettings.ForImage(["build", "--content", "content", "--output", site, "--timings"], NothingSet, cores: 2);

        Assert.Equal(
            [new(CollectorSettings.DynamicAdaptation, "0"), new(CollectorSettings.LargeObjectThreshold, "400000")],
            settings);
        Assert.Equal(settings, CollectorSettings.ForImage(["build", $"--output={site}"], NothingSet, cores: 2));
        Assert.Equal(settings, CollectorSettings.ForImage(["build", $"--output:{site}"], NothingSet, cores: 2));
        Assert.Equal(settings, CollectorSettings.ForImage(["build", "--output", site], NothingSet, cores: 1));
    }

    [Fact]
    public void On_a_machine_with_more_cores_it_keeps_the_two_heaps_it_was_measured_with_unpinned()
    {
        var site = FolderWithSite();

        var settings = CollectorSettings.ForImage(["build", "--output", site], NothingSet, cores: 16);

        Assert.Equal(
            [
                new(CollectorSettings.DynamicAdaptation, "0"), new(CollectorSettings.LargeObjectThreshold, "400000"),
                new(CollectorSettings.HeapCount, "2"), new(CollectorSettings.NoAffinitize, "1"),
            ],
            settings);
    }

    [Fact]
    public void A_build_into_a_new_or_empty_folder_and_every_other_command_keep_the_projects_settings()
    {
        var site = FolderWithSite();
        var empty = TestPaths.TempDirectory();

        Assert.Empty(CollectorSettings.ForImage(["build", "--output", Path.Combine(empty, "new")], NothingSet, cores: 16));
        Assert.Empty(CollectorSettings.ForImage(["build", "--output", empty], NothingSet, cores: 16));
        Assert.Empty(CollectorSettings.ForImage(["serve", "--output", site], NothingSet, cores: 16));
        Assert.Empty(CollectorSettings.ForImage(["check", "--output", site], NothingSet, cores: 16));
        Assert.Empty(CollectorSettings.ForImage([], NothingSet, cores: 16));
    }

    [Fact]
    public void A_setting_the_environment_already_has_is_left_as_it_is()
    {
        var site = FolderWithSite();
        Func<string, string?> datasOn = name => name == CollectorSettings.DynamicAdaptation ? "1" : null;

        Assert.Equal([new(CollectorSettings.LargeObjectThreshold, "400000")], CollectorSettings.ForImage(["build", "--output", site], datasOn, cores: 2));
    }

    [Fact]
    public void The_output_option_it_reads_is_the_one_build_declares()
    {
        var declared = typeof(BuildSettings).GetProperty(nameof(BuildSettings.Output))!.GetCustomAttribute<CommandOptionAttribute>()!;

        Assert.Equal([CollectorSettings.OutputOption["--".Length..]], declared.LongNames);
    }
}
