using BenchmarkDotNet.Attributes;
using PlanTracker.Import;

namespace PlanTracker.Benchmarks;

/// <summary>
/// Target 1: one pass over all five seeds in &lt; 50 ms. The files are read from disk in the setup, never in the
/// measured part. "Parse only" gets the decoded strings; "Read + parse" gets the raw bytes and also decodes them
/// with <see cref="PlanTextReader.Read(byte[])"/> (UTF-8/GB18030 detection, line-end normalisation).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public class ParseBenchmarks
{
    private byte[][] _bytes = [];
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = [.. SeedFiles.All().Select(File.ReadAllBytes)];
        _texts = [.. _bytes.Select(SeedCheck.Decode)];
        foreach (var text in _texts)
        {
            SeedCheck.EnsurePlan(PlanParser.Parse(text));
        }
    }

    [Benchmark(Description = "Parse only, 5 seeds")]
    public int ParseOnly()
    {
        var indicators = 0;
        foreach (var text in _texts)
        {
            indicators += PlanParser.Parse(text).Indicators.Count;
        }

        return indicators;
    }

    [Benchmark(Description = "Read + parse, 5 seeds")]
    public int ReadAndParse()
    {
        var indicators = 0;
        foreach (var bytes in _bytes)
        {
            indicators += PlanParser.Parse(PlanTextReader.Read(bytes).Text).Indicators.Count;
        }

        return indicators;
    }
}

/// <summary>The same two operations for one seed at a time: which seed the pass spends its time on.</summary>
[MemoryDiagnoser]
[Config(typeof(PerSeedConfig))]
public class PerSeedParseBenchmarks
{
    private byte[] _bytes = [];
    private string _text = string.Empty;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "000";

    public static IEnumerable<string> Seeds => ["000", "001", "002", "003", "004"];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(SeedFiles.Path(Seed));
        _text = SeedCheck.Decode(_bytes);
        SeedCheck.EnsurePlan(PlanParser.Parse(_text));
    }

    [Benchmark(Description = "Parse only")]
    public int ParseOnly() => PlanParser.Parse(_text).Indicators.Count;

    [Benchmark(Description = "Read + parse")]
    public int ReadAndParse() => PlanParser.Parse(PlanTextReader.Read(_bytes).Text).Indicators.Count;
}

internal static class SeedCheck
{
    public static string Decode(byte[] bytes)
    {
        var read = PlanTextReader.Read(bytes);
        return read.Success ? read.Text : throw new InvalidOperationException($"Seed not readable: {read.Error}");
    }

    /// <summary>A benchmark of a parse that silently failed would measure the wrong thing.</summary>
    public static void EnsurePlan(PlanTracker.Import.Model.ParsedPlan plan)
    {
        if (!PlanParser.LooksLikePlan(plan) || plan.Indicators.Count == 0)
        {
            throw new InvalidOperationException($"Seed did not parse as a plan with indicators (title: {plan.Title ?? "none"}).");
        }
    }
}
