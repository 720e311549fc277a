using System.Diagnostics;

namespace OcopShowcase.Tests;

/// <summary>
/// Runs a command in a private mount namespace (<c>unshare -m</c>), where a test may mount file systems that nobody
/// outside sees. That needs root: the command runs directly when the tests run as root (<c>.ci/run</c>), and through
/// passwordless sudo otherwise, as on GitHub's runners, whose user is not root. sudo resets the environment, so the
/// start info's environment is passed along explicitly.
/// </summary>
public static class PrivateMounts
{
    /// <summary>Why no private mount namespace can be made here, or null when one can.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>"uid:gid" of the user running the tests when that is not root, so a command can drop back to it.</summary>
    public static string? InvokingUser { get; } = Environment.IsPrivilegedProcess ? null : $"{Id("-u")}:{Id("-g")}";

    /// <summary>Skips the calling test without mount namespaces, or fails it in CI.</summary>
    public static void Require()
    {
        if (Unavailable is not null && TestTools.InCi)
        {
            Assert.Fail("CI=true but " + Unavailable);
        }

        Skip.If(Unavailable is not null, Unavailable + ".");
    }

    /// <summary>Rewrites <paramref name="start"/> so that its command runs as root in a new private mount namespace.</summary>
    public static void Wrap(ProcessStartInfo start)
    {
        var command = new List<string> { "unshare", "-m", "--propagation", "private", start.FileName };
        command.AddRange(start.ArgumentList);
        if (!Environment.IsPrivilegedProcess)
        {
            command.InsertRange(0, ["sudo", "-n", "env", .. start.Environment.Where(e => e.Value is not null).Select(e => $"{e.Key}={e.Value}")]);
        }

        start.FileName = command[0];
        start.ArgumentList.Clear();
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "private mount namespaces need Linux";
        }

        try
        {
            var start = new ProcessStartInfo("sh", ["-c", "mount -t tmpfs -o size=64k tmpfs /mnt"]) { RedirectStandardError = true, RedirectStandardOutput = true };
            Wrap(start);
            using var probe = Process.Start(start)!;
            var errors = probe.StandardError.ReadToEndAsync();
            probe.StandardOutput.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null : "a private mount namespace needs root or passwordless sudo (unshare -m): " + errors.Result.Trim();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return "unshare or sudo is not installed: " + ex.Message;
        }
    }

    private static string Id(string flag)
    {
        using var id = Process.Start(new ProcessStartInfo("id", [flag]) { RedirectStandardOutput = true })!;
        var value = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        return value;
    }
}
