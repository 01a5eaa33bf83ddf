using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using PlanTracker.Import;

namespace PlanTracker.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/PlanTracker.Benchmarks -- parse|import|all [options]
///   parse   BenchmarkDotNet: the parser over the five seeds (target &lt; 50 ms per pass); further arguments go
///           to BenchmarkDotNet (e.g. --filter *PerSeed*).
///   import  Stopwatch harness: PlanImporter.ImportAsync against a private PostgreSQL cluster (target &lt; 1 s).
///           Options: --iterations N (measured imports per Created series, default 20),
///           --update-iterations N (per Updated series, default 30), --warmup N (default 3).
///   queries Stopwatch harness: the dashboard and four-city comparison on the province (150 plans) and national
///           (3,000 plans) datasets (targets &lt; 150 ms / &lt; 300 ms p95; national within 2×). Writes docs/benchmarks-queries.md.
///   save    Stopwatch harness: ProgressEntryService.SaveAsync saving a city's year (≈ 20 values with history; target
///           &lt; 100 ms p95), with a nearly empty and a large history table. Options: --iterations N (timed saves per
///           series, default 500), --warmup N (at least N saves and 3 s, default 30), --history-rows N (default 200000). Writes docs/benchmarks-save.md.
///   scale   Stopwatch harness: read + parse time against input size, 0.5–10 MB (target: 10 MB in &lt; 5 s,
///           linear). Writes docs/benchmarks-scale.md.
///   pdf     Stopwatch harness: a 60-page PDF plan (长沙 as HTML, printed by Chromium) read + parsed (target &lt; 2 s).
///           Writes docs/benchmarks.md (the PDF section).
///   all     parse and import, parse first.
/// Reports go to the console and to tests/PlanTracker.Benchmarks/bin/Release/net10.0/BenchmarkDotNet.Artifacts.
/// </summary>
public static class Program
{
    public const double ParseTargetMs = 50;

    public static string ArtifactsPath { get; } = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    /// <summary>True once this process has run the parser (then the import's "cold" figure excludes the parser's JIT).</summary>
    public static bool ParserUsed { get; private set; }

    public static async Task<int> Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("Build and run the benchmarks in Release: dotnet run -c Release --project tests/PlanTracker.Benchmarks -- parse|import|queries|save|all");
        await Task.CompletedTask;
        return 2;
#else
        var mode = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
        var rest = args.Skip(1).ToArray();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C cancels, so that a private PostgreSQL cluster is stopped and deleted; a second one
            // ends the process at once (BenchmarkDotNet's parse run does not watch the token).
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };

        switch (mode)
        {
            case "parse":
                return RunParse(rest);
            case "import":
                return await RunImportAsync(rest, cancellation.Token);
            case "pdf":
                return PdfBenchmark.Run(RepositoryRoot());
            case "scale":
                return ScaleBenchmark.Run(RepositoryRoot());
            case "queries":
                return await QueryBenchmark.RunAsync(RepositoryRoot(), cancellation.Token);
            case "save":
                return await SaveBenchmark.RunAsync(RepositoryRoot(), Option(rest, "--iterations", 500), Option(rest, "--warmup", 30), Option(rest, "--history-rows", 200_000), cancellation.Token);
            case "all":
                var parse = RunParse([]);
                var import = await RunImportAsync(rest, cancellation.Token);
                return Math.Max(parse, import);
            default:
                Console.Error.WriteLine("Usage: PlanTracker.Benchmarks parse|import|queries|save|scale|pdf|all [options]   (see docs/benchmarks.md)");
                return 2;
        }
#endif
    }

    /// <summary>The repository's root: the folder with PlanTracker.sln above the program.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PlanTracker.sln not found above " + AppContext.BaseDirectory);
    }

    private static int RunParse(string[] benchmarkDotNetArgs)
    {
        ColdParsePass();
        SinglePasses();
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
        ParserUsed = true;
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

    /// <summary>
    /// BenchmarkDotNet reports means of iterations of 128 passes each, which hide a single slow pass (a GC pause).
    /// This times 1,000 single read + parse passes one by one, after 2 s of warm-up, in this process.
    /// </summary>
    private static void SinglePasses()
    {
        var files = SeedFiles.All().Select(File.ReadAllBytes).ToArray();
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
        {
            Pass(files);
        }

        var samples = new double[1000];
        for (var i = 0; i < samples.Length; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            Pass(files);
            samples[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        double At(double p) => samples[(int)Math.Ceiling(p * samples.Length) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Single passes (read + parse of five seeds, 1000 timed one by one after 2 s warm-up): min {samples[0]:F2}, median {At(0.5):F2}, " +
            $"p95 {At(0.95):F2}, p99 {At(0.99):F2}, max {samples[^1]:F2} ms; {samples.Count(s => s >= ParseTargetMs)} of 1000 at or over {ParseTargetMs} ms"));

        static void Pass(byte[][] files)
        {
            foreach (var bytes in files)
            {
                PlanParser.Parse(PlanTextReader.Read(bytes).Text);
            }
        }
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
