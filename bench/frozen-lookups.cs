// Frozen collections against plain ones, for a lookup table that lives for one build (BENCHMARKS.md, session 16):
// 85,000 output paths put in each kind of table, then each looked up once. Five rounds; the first pays for compiling.
// Usage: dotnet run -c Release bench/frozen-lookups.cs
using System.Collections.Frozen;
using System.Diagnostics;

var keys = Enumerable.Range(0, 85_000).Select(i => $"{(i % 2 == 0 ? "en/" : "")}san-pham/san-pham-{i}/index.html").ToArray();
for (var round = 1; round <= 5; round++)
{
    var clock = Stopwatch.StartNew();
    var frozen = keys.ToFrozenDictionary(k => k, k => k, StringComparer.Ordinal);
    var makeFrozen = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var plain = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
    var makePlain = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var frozenSet = keys.ToFrozenSet(StringComparer.Ordinal);
    var makeFrozenSet = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var hashSet = keys.ToHashSet(StringComparer.Ordinal);
    var makeHashSet = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    long found = 0;
    foreach (var key in keys)
    {
        found += frozen[key].Length;
    }

    var lookFrozen = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    foreach (var key in keys)
    {
        found += plain[key].Length;
    }

    var lookPlain = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine($"round {round}: make FrozenDictionary {makeFrozen:F1} ms, Dictionary {makePlain:F1} ms, FrozenSet {makeFrozenSet:F1} ms, HashSet {makeHashSet:F1} ms; " +
        $"85,000 lookups FrozenDictionary {lookFrozen:F1} ms, Dictionary {lookPlain:F1} ms ({found + frozenSet.Count + hashSet.Count})");
}
