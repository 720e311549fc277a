namespace OcopShowcase.Tests;

/// <summary>What the tests of the memos and incremental builds compare a remembering build with, and how they edit content.</summary>
public static class SiteAssert
{
    /// <summary>
    /// <paramref name="remembered"/> (a build that took things from an earlier one) is <paramref name="fresh"/>'s site: a
    /// fresh build that succeeded, with the same messages, the same files and the same bytes in each.
    /// </summary>
    public static void SameSite(BuildResult fresh, BuildResult remembered)
    {
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(fresh.Diagnostics.Select(d => d.Format()), remembered.Diagnostics.Select(d => d.Format()));
        Assert.Equal(fresh.Files.Select(f => f.Path), remembered.Files.Select(f => f.Path));
        foreach (var (a, b) in fresh.Files.Zip(remembered.Files))
        {
            Assert.True(a.ReadBytes().AsSpan().SequenceEqual(b.ReadBytes()), a.Path);
        }
    }

    /// <summary>Saves <paramref name="path"/> with <paramref name="from"/>, which it must hold, replaced by <paramref name="to"/>.</summary>
    public static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
