using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using System.Diagnostics;
using System.Globalization;
using PlanTracker.Import;

namespace PlanTracker.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/PlanTracker.Benchmarks -- parse|import|all [options]
///   parse   BenchmarkDotNet: the parser over the five seeds (target &lt; 50 ms per pass); further arguments go
///           to BenchmarkDotNet (e.g. --filter *PerSeed*).
///   import  Stopwatch harness: PlanImporter.ImportAsync against a private PostgreSQL cluster (target &lt; 1 s).
///           Options: --iterations N (measured imports per Created series, default 20),
///           --update-iterations N (per Updated series, default 30), --warmup N (default 3).
///   all     both, parse first.
/// Reports go to the console and to tests/PlanTracker.Benchmarks/bin/Release/net10.0/BenchmarkDotNet.Artifacts.
/// </summary>
public static class Program
{
    public const double ParseTargetMs = 50;

    public static string ArtifactsPath { get; } = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    public static async Task<int> Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("Build and run the benchmarks in Release: dotnet run -c Release --project tests/PlanTracker.Benchmarks -- parse|import|all");
        await Task.CompletedTask;
        return 2;
#else
        var mode = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
        var rest = args.Skip(1).ToArray();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        switch (mode)
        {
            case "parse":
                return RunParse(rest);
            case "import":
                return await RunImportAsync(rest, cancellation.Token);
            case "all":
                var parse = RunParse([]);
                var import = await RunImportAsync(rest, cancellation.Token);
                return Math.Max(parse, import);
            default:
                Console.Error.WriteLine("Usage: PlanTracker.Benchmarks parse|import|all [options]   (see docs/benchmarks.md)");
                return 2;
        }
#endif
    }

    private static int RunParse(string[] benchmarkDotNetArgs)
    {
        ColdParsePass();
        // One call, so BenchmarkDotNet builds its runner project once for both classes.
        var summaries = BenchmarkRunner.Run([typeof(ParseBenchmarks), typeof(PerSeedParseBenchmarks)], args: benchmarkDotNetArgs);

        var failed = false;
        foreach (var summary in summaries)
        {
            failed |= summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
        }

        var passes = summaries.SelectMany(s => s.Reports).Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ParseBenchmarks) && r.ResultStatistics is not null);
        foreach (var report in passes)
        {
            var stats = report.ResultStatistics!;
            var mean = stats.Mean / 1e6;
            var p95 = stats.Percentiles.P95 / 1e6;
            var verdict = p95 < ParseTargetMs ? "PASS" : "FAIL";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: mean {mean:F2} ms, P95 {p95:F2} ms per pass of five seeds -> target < {ParseTargetMs} ms: {verdict}"));
        }

        return failed ? 1 : 0;
    }

    /// <summary>The first pass in a fresh process, before any warm-up (includes JIT compilation); for information.</summary>
    private static void ColdParsePass()
    {
        var files = SeedFiles.All().Select(File.ReadAllBytes).ToArray();
        var stopwatch = Stopwatch.StartNew();
        foreach (var bytes in files)
        {
            PlanParser.Parse(PlanTextReader.Read(bytes).Text);
        }

        stopwatch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold first pass (read + parse of five seeds, fresh process, includes JIT): {stopwatch.Elapsed.TotalMilliseconds:F1} ms"));
    }

    private static Task<int> RunImportAsync(string[] args, CancellationToken cancellationToken)
    {
        var created = Option(args, "--iterations", 20);
        var updated = Option(args, "--update-iterations", 30);
        var warmup = Option(args, "--warmup", 3);
        return ImportBenchmark.RunAsync(created, updated, warmup, cancellationToken);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return fallback;
        }

        return index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} needs a positive number.");
    }
}
