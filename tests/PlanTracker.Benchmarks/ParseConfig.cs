using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace PlanTracker.Benchmarks;

/// <summary>
/// One process launch, 15 warm-up and 20 measured iterations of 128 calls each (one call = one pass over the five
/// seeds, about 3 ms, so an iteration takes about 0.4 s); a figure is the mean call time of one iteration.
/// The invocation count is fixed rather than found by BenchmarkDotNet's pilot stage, because the pilot runs
/// while the parser is still in tier-0 JIT code (about 6× slower) and then picks iterations that are too short;
/// the warm-up is long enough for tiered compilation to reach its steady state. Small on purpose: the machine
/// has two cores. Columns: mean, median, min, max and P95 of the iteration means (no outliers removed), plus
/// allocations.
/// </summary>
public class ParseConfig : ManualConfig
{
    public ParseConfig()
        : this(warmups: 15, iterations: 20, invocations: 128, id: "Pass")
    {
    }

    protected ParseConfig(int warmups, int iterations, int invocations, string id)
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(invocations)
            .WithUnrollFactor(16)
            // Keep every measured iteration: P95 and Max include the slow ones BenchmarkDotNet would drop as outliers.
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId(id));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max, StatisticColumn.P95);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
        ArtifactsPath = Program.ArtifactsPath;
    }
}

/// <summary>The per-seed breakdown is for orientation only: 10 warm-up and 10 measured iterations of 512 calls (one seed, ≤ 1 ms).</summary>
public sealed class PerSeedConfig : ParseConfig
{
    public PerSeedConfig()
        : base(warmups: 10, iterations: 10, invocations: 512, id: "PerSeed")
    {
    }
}
