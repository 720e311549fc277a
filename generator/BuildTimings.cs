using System.Diagnostics;

namespace OcopShowcase;

/// <summary>How long each stage of a build took, for <c>build --timings</c> and the benchmarks.</summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public void Add(string stage, TimeSpan elapsed) => _stages.Add((stage, elapsed));

    public void Measure(string stage, Action run) => Measure(stage, () =>
    {
        run();
        return 0;
    });

    public T Measure<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }
}
