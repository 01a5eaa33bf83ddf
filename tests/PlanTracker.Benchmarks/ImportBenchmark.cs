using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;

namespace PlanTracker.Benchmarks;

/// <summary>
/// Target 2: importing one plan into PostgreSQL takes &lt; 1 s. A Stopwatch harness rather than BenchmarkDotNet:
/// every measured call needs fresh database state (an empty database, or a text that differs from the last one),
/// and the calls are 10⁵ times longer than the timer's resolution, so BenchmarkDotNet's invocation batching and
/// overhead subtraction add nothing. Only <see cref="PlanImporter.ImportAsync"/> is timed: creating, migrating
/// and dropping databases is outside the stopwatch.
///
/// The server is a private cluster started for the run with PostgreSQL's default durability (fsync, synchronous
/// commit and full-page writes on — not the test suite's throwaway settings) in a temporary folder that is
/// stopped and deleted at the end.
/// </summary>
public static class ImportBenchmark
{
    private const string FolderPrefix = "plantracker-bench-";
    private const string ImportedBy = "benchmark";

    public static async Task<int> RunAsync(int createdIterations, int updatedIterations, int warmups, CancellationToken cancellationToken)
    {
        // SIGTERM or SIGHUP (a killed job, a closed terminal) would end the process without running the finally
        // below and leave the cluster running: turn the first one into a cancellation (Ctrl+C does the same in
        // Program); a second one ends the process at once.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        }

        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        try
        {
            return await MeasureAllAsync(createdIterations, updatedIterations, warmups, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled; the private PostgreSQL cluster was stopped and deleted.");
            return 130;
        }
    }

    private static async Task<int> MeasureAllAsync(int createdIterations, int updatedIterations, int warmups, CancellationToken cancellationToken)
    {
        RemoveStaleFolders();
        var root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        LocalPostgresCluster? cluster = null;
        try
        {
            Console.WriteLine($"Starting a private PostgreSQL cluster in {root} ...");
            cluster = await LocalPostgresCluster.StartAsync(
                new LocalPostgresOptions { RootDirectory = root, Database = "plantracker_bench", StopOnShutdown = true },
                NullLogger.Instance,
                cancellationToken);
            var server = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres" }.ConnectionString;
            var settings = await ServerSettingsAsync(server, cancellationToken);
            Console.WriteLine($"Server: {settings}");

            var series = new List<Series>();
            var cold = await MeasureCreatedAsync(server, ["002", "001", "004"], createdIterations, warmups, series, cancellationToken);
            series.Add(await MeasureAlternatingUpdateAsync(server, updatedIterations, warmups, cancellationToken));
            series.Add(await MeasureSameTextUpdateAsync(server, "002", updatedIterations, warmups, cancellationToken));

            Report(settings, cold, series, createdIterations, updatedIterations, warmups);
            return 0;
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }

            TryDelete(root);
        }
    }

    /// <summary>
    /// (a) Created: each measured import goes into its own freshly created and migrated database. The very first
    /// import of the process (JIT, EF Core model, first connection) is reported separately as "cold".
    /// </summary>
    private static async Task<double> MeasureCreatedAsync(string server, string[] prefixes, int iterations, int warmups, List<Series> series, CancellationToken cancellationToken)
    {
        var cold = double.NaN;
        var results = new Dictionary<string, Series>();
        foreach (var prefix in prefixes)
        {
            var source = Source(prefix, SeedBytes(prefix));
            var samples = new List<double>();
            var detail = string.Empty;
            for (var i = 0; i < warmups + iterations; i++)
            {
                await using var database = await BenchDatabase.CreateAsync(server, $"created_{prefix}_{i}", cancellationToken);
                var (elapsed, result) = await TimeImportAsync(database.Importer, source, allowRemovals: false, cancellationToken);
                Expect(result, ImportOutcome.Created);
                if (double.IsNaN(cold))
                {
                    cold = elapsed;
                }

                if (i >= warmups)
                {
                    samples.Add(elapsed);
                }

                detail = Describe(result);
            }

            results[prefix] = new Series($"Created: {Path.GetFileName(source.FileName)} into an empty database", detail, samples);
            Console.WriteLine(results[prefix].Line());
        }

        series.AddRange(results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value));
        return cold;
    }

    /// <summary>
    /// (b) Updated: the 株洲 plan, imported first from 000, then alternately from 003 and 000 (two extractions of
    /// the same plan, so a real update with changed content). A file imported before would be short-circuited as
    /// AlreadyImported (same SHA-256), so iteration k appends k extra newlines to the file: same plan text,
    /// new bytes.
    /// </summary>
    private static async Task<Series> MeasureAlternatingUpdateAsync(string server, int iterations, int warmups, CancellationToken cancellationToken)
    {
        var first = SeedBytes("000");
        var second = SeedBytes("003");
        await using var database = await BenchDatabase.CreateAsync(server, "updated_000_003", cancellationToken);
        Expect((await TimeImportAsync(database.Importer, Source("000", first), allowRemovals: true, cancellationToken)).Result, ImportOutcome.Created);

        var samples = new List<double>();
        var details = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i <= warmups + iterations; i++)
        {
            var prefix = i % 2 == 1 ? "003" : "000";
            var bytes = WithExtraNewlines(i % 2 == 1 ? second : first, i);
            var (elapsed, result) = await TimeImportAsync(database.Importer, Source(prefix, bytes), allowRemovals: true, cancellationToken);
            Expect(result, ImportOutcome.Updated);
            if (i > warmups)
            {
                samples.Add(elapsed);
            }

            details[prefix] = $"from {prefix}: {Describe(result)}";
        }

        var line = new Series("Updated: 株洲 plan, alternately 003 and 000", string.Join("; ", details.Values), samples);
        Console.WriteLine(line.Line());
        return line;
    }

    /// <summary>(b') Updated: the largest plan re-imported from the same extraction with a changed trailing newline.</summary>
    private static async Task<Series> MeasureSameTextUpdateAsync(string server, string prefix, int iterations, int warmups, CancellationToken cancellationToken)
    {
        var bytes = SeedBytes(prefix);
        await using var database = await BenchDatabase.CreateAsync(server, $"updated_{prefix}", cancellationToken);
        Expect((await TimeImportAsync(database.Importer, Source(prefix, bytes), allowRemovals: false, cancellationToken)).Result, ImportOutcome.Created);

        var samples = new List<double>();
        var detail = string.Empty;
        for (var i = 1; i <= warmups + iterations; i++)
        {
            var (elapsed, result) = await TimeImportAsync(database.Importer, Source(prefix, WithExtraNewlines(bytes, i)), allowRemovals: false, cancellationToken);
            Expect(result, ImportOutcome.Updated);
            if (i > warmups)
            {
                samples.Add(elapsed);
            }

            detail = Describe(result);
        }

        var line = new Series($"Updated: {Path.GetFileName(SeedFiles.Path(prefix))} re-imported, bytes changed only", detail, samples);
        Console.WriteLine(line.Line());
        return line;
    }

    private static async Task<(double Milliseconds, ImportResult Result)> TimeImportAsync(PlanImporter importer, ImportSource source, bool allowRemovals, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await importer.ImportAsync(source, allowRemovals, cancellationToken);
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalMilliseconds, result);
    }

    private static void Expect(ImportResult result, ImportOutcome expected)
    {
        if (result.Outcome != expected)
        {
            throw new InvalidOperationException($"Expected {expected} for {result.Preview.FileName}, got {result.Outcome}: {result.Message}");
        }
    }

    private static string Describe(ImportResult result)
    {
        var plan = result.Preview.Plan!;
        var diff = result.Preview.Diff!;
        var text = $"{plan.Indicators.Count} indicators, {plan.Chapters.Count} chapters, {plan.SpecialColumns.Count} 专栏, {plan.Projects.Count} projects";
        return diff.IsNewPlan
            ? text
            : $"{text}; diff vs stored: +{diff.AddedIndicators.Count}/-{diff.RemovedIndicators.Count} indicators, " +
              $"{diff.TargetChanges.Count} target and {diff.BaselineChanges.Count} baseline changes, -{diff.RemovedItems.Count} items, -{diff.RemovedProjects.Count} projects";
    }

    private static byte[] SeedBytes(string prefix) => File.ReadAllBytes(SeedFiles.Path(prefix));

    private static ImportSource Source(string prefix, byte[] bytes) => new(Path.GetFileName(SeedFiles.Path(prefix)), bytes, ImportedBy);

    private static byte[] WithExtraNewlines(byte[] bytes, int count)
    {
        var changed = new byte[bytes.Length + count];
        bytes.CopyTo(changed, 0);
        changed.AsSpan(bytes.Length).Fill((byte)'\n');
        return changed;
    }

    private static async Task<string> ServerSettingsAsync(string server, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT name || '=' || setting || COALESCE(unit, '') FROM pg_settings " +
            "WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers') ORDER BY name",
            connection);
        var parts = new List<string> { connection.PostgreSqlVersion.ToString() };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            parts.Add(reader.GetString(0));
        }

        return "PostgreSQL " + string.Join(", ", parts);
    }

    private static void Report(string settings, double cold, List<Series> series, int createdIterations, int updatedIterations, int warmups)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Import benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{settings}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Warm-up {warmups} per series; measured: {createdIterations} per Created series, {updatedIterations} per Updated series. Times in ms.");
        text.AppendLine();
        text.AppendLine("| Series | N | Min | Median | Mean | P95 | Max | < 1 s |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|--:|:--|");
        foreach (var s in series)
        {
            text.AppendLine(s.Row());
        }

        text.AppendLine();
        foreach (var s in series)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {s.Name}: {s.Detail}");
        }

        var coldNote = Program.ParserUsed ? "; the parser was already JIT-compiled by the parse part of this run" : "; fresh process, nothing JIT-compiled yet";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Cold: the first import of the process (002 into an empty database, before any warm-up{coldNote}): {cold:F1} ms {(cold < 1000 ? "(< 1 s)" : "(NOT < 1 s)")}");
        var verdict = series.All(s => s.Max < 1000) ? "PASS: every measured import took < 1 s." : "FAIL: some measured imports took 1 s or more.";
        text.AppendLine(CultureInfo.InvariantCulture, $"- Verdict (target < 1 s per plan import, warm process): {verdict}");

        Console.WriteLine();
        Console.Write(text.ToString());
        Directory.CreateDirectory(Program.ArtifactsPath);
        var file = Path.Combine(Program.ArtifactsPath, "import-report.md");
        File.WriteAllText(file, text.ToString());
        Console.WriteLine($"Written to {file}");
    }

    /// <summary>Folders of earlier runs that were killed before they could clean up, and whose server is gone.</summary>
    private static void RemoveStaleFolders()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(stale, "data", "postmaster.pid")) && DateTime.UtcNow - Directory.GetLastWriteTimeUtc(stale) > TimeSpan.FromMinutes(5))
            {
                TryDelete(stale);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {directory}: {ex.Message}");
        }
    }

    private sealed record Series(string Name, string Detail, IReadOnlyList<double> Samples)
    {
        public double Max => Samples.Max();

        public string Line() =>
            string.Create(CultureInfo.InvariantCulture, $"{Name}: n={Samples.Count}, min {Samples.Min():F1}, median {Percentile(0.5):F1}, p95 {Percentile(0.95):F1}, max {Max:F1} ms");

        public string Row() =>
            string.Create(CultureInfo.InvariantCulture,
                $"| {Name} | {Samples.Count} | {Samples.Min():F1} | {Percentile(0.5):F1} | {Samples.Average():F1} | {Percentile(0.95):F1} | {Max:F1} | {(Max < 1000 ? "yes" : "NO")} |");

        /// <summary>Linear interpolation between the closest ranks (Excel's PERCENTILE.INC).</summary>
        private double Percentile(double p)
        {
            var sorted = Samples.Order().ToArray();
            var rank = p * (sorted.Length - 1);
            var low = (int)Math.Floor(rank);
            var high = (int)Math.Ceiling(rank);
            return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
        }
    }

    /// <summary>A fresh database on the benchmark server, migrated, with the importer wired as in the portal; dropped on dispose.</summary>
    private sealed class BenchDatabase : IAsyncDisposable
    {
        private readonly string _server;
        private readonly string _name;
        private readonly ServiceProvider _services;

        private BenchDatabase(string server, string name, ServiceProvider services)
        {
            _server = server;
            _name = name;
            _services = services;
        }

        public PlanImporter Importer => _services.GetRequiredService<PlanImporter>();

        public static async Task<BenchDatabase> CreateAsync(string server, string purpose, CancellationToken cancellationToken)
        {
            var name = "bench_" + purpose;
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);
            await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(connectionString, cancellationToken);
            var services = new ServiceCollection().AddLogging().AddPlanTrackerData(connectionString).BuildServiceProvider();

            // As in the running portal, the importer's connection pool already holds an open connection.
            await using (var context = await services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync(cancellationToken))
            {
                if (!await context.Database.CanConnectAsync(cancellationToken))
                {
                    throw new InvalidOperationException($"Cannot connect to {name}.");
                }
            }

            return new BenchDatabase(server, name, services);
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", CancellationToken.None);
        }

        private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
