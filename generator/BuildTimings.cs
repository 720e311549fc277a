using System.Diagnostics;

namespace OcopShowcase;

/// <summary>
/// How long each stage of a build took, for <c>build --timings</c> and the benchmarks. Stages that run side by side
/// are measured each on its own clock (their times overlap), and so are the process's CPU time (user and kernel) and
/// allocations while the stage ran, which for overlapping stages counts the others' work too.
/// </summary>
public sealed class BuildTimings
{
    private readonly List<StageTiming> _stages = [];
    private readonly Lock _gate = new();
    private readonly Stopwatch _since = Stopwatch.StartNew();

    public IReadOnlyList<StageTiming> Stages
    {
        get
        {
            lock (_gate)
            {
                return [.. _stages];
            }
        }
    }

    public void Add(StageTiming stage)
    {
        lock (_gate)
        {
            _stages.Add(stage);
        }
    }

    public void Measure(string stage, Action run) => Measure(stage, () =>
    {
        run();
        return 0;
    });

    public T Measure<T>(string stage, Func<T> run)
    {
        var started = _since.Elapsed;
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage;
        var allocated = GC.GetTotalAllocatedBytes();
        var compiling = System.Runtime.JitInfo.GetCompilationTime();
        var result = run();
        var cpuAfter = Environment.CpuUsage;
        Add(new StageTiming(stage, clock.Elapsed, cpuAfter.UserTime - cpu.UserTime, cpuAfter.PrivilegedTime - cpu.PrivilegedTime, GC.GetTotalAllocatedBytes() - allocated,
            System.Runtime.JitInfo.GetCompilationTime() - compiling) { Started = started });
        return result;
    }
}

/// <summary>
/// One stage's wall time, and the process's user and kernel CPU time, allocated bytes and time spent compiling methods
/// (on every thread, including the background recompilation of hot methods) while it ran.
/// </summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed, TimeSpan UserCpu, TimeSpan KernelCpu, long Allocated, TimeSpan Compiling)
{
    /// <summary>When the stage started, counted from the start of the build's timings: which stages overlapped.</summary>
    public TimeSpan Started { get; init; }
}
