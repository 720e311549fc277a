using OcopShowcase.Cli;

namespace OcopShowcase.Tests.Cli;

/// <summary>The build's date is the commune's (UTC+7), whatever the runner's zone.</summary>
public sealed class BuildDateTests
{
    [Fact]
    public void The_nightly_deploy_at_20_17_UTC_builds_for_the_next_day_in_Vietnam()
        => Assert.Equal(new DateOnly(2026, 12, 21), BuildSettings.TodayInVietnam(new DateTimeOffset(2026, 12, 20, 20, 17, 0, TimeSpan.Zero)));

    [Fact]
    public void Before_17_00_UTC_it_is_the_same_day_in_Vietnam()
        => Assert.Equal(new DateOnly(2026, 12, 20), BuildSettings.TodayInVietnam(new DateTimeOffset(2026, 12, 20, 16, 59, 59, TimeSpan.Zero)));

    [Fact]
    public void A_runner_in_another_zone_gives_the_same_date()
        => Assert.Equal(new DateOnly(2026, 12, 21), BuildSettings.TodayInVietnam(new DateTimeOffset(2026, 12, 20, 15, 17, 0, TimeSpan.FromHours(-5))));
}
