using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace PlanTracker.Benchmarks;

/// <summary>
/// One process launch, 5 warm-up and 20 measured iterations of about 500 ms each (each iteration calls the
/// method as many times as fits and records the mean of those calls). Small on purpose: the machine has two cores.
/// Columns: mean, median, min, max and P95 of the iteration means, plus allocations (MemoryDiagnoser).
/// </summary>
public class ParseConfig : ManualConfig
{
    public ParseConfig()
        : this(warmups: 5, iterations: 20, id: "Pass")
    {
    }

    protected ParseConfig(int warmups, int iterations, string id)
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithId(id));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max, StatisticColumn.P95);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
        ArtifactsPath = Program.ArtifactsPath;
    }
}

/// <summary>The per-seed breakdown is for orientation only: 3 warm-up and 10 measured iterations.</summary>
public sealed class PerSeedConfig : ParseConfig
{
    public PerSeedConfig()
        : base(warmups: 3, iterations: 10, id: "PerSeed")
    {
    }
}
