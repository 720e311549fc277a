namespace OcopShowcase.Tests;

/// <summary>
/// The programs outside .NET that some tests use (a Chromium, poppler's pdftoppm, Java and the Nu Html Checker).
/// <c>scripts/install-test-tools.sh</c> installs all of them. Without one, its tests skip with a one-line reason
/// that names the install command; under <c>CI=true</c> (as <c>.ci/run</c> and GitHub set it) they fail instead,
/// so a CI run that silently tested less cannot pass.
/// </summary>
public static class TestTools
{
    public const string InstallCommand = "bash scripts/install-test-tools.sh";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test (it must be a <c>SkippableFact</c> or <c>SkippableTheory</c>) when
    /// <paramref name="found"/> is false, or fails it in CI.</summary>
    public static void Require(bool found, string what, string package)
    {
        var reason = $"{what} is not installed: run `{InstallCommand}` (or `sudo apt-get install -y {package}`).";
        if (!found && InCi)
        {
            Assert.Fail("CI=true but " + reason);
        }

        Skip.If(!found, reason);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
