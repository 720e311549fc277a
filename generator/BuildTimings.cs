using System.Diagnostics;

namespace OcopShowcase;

/// <summary>
/// How long each stage of a build took, for <c>build --timings</c> and the benchmarks. Stages that run side by side
/// are measured each on its own clock (their times overlap).
/// </summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages
    {
        get
        {
            lock (_gate)
            {
                return [.. _stages];
            }
        }
    }

    public void Add(string stage, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _stages.Add((stage, elapsed));
        }
    }

    public void Measure(string stage, Action run) => Measure(stage, () =>
    {
        run();
        return 0;
    });

    public T Measure<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        Add(stage, clock.Elapsed);
        return result;
    }
}
