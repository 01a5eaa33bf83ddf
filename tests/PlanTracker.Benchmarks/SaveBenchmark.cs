using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Benchmarks;

/// <summary>
/// Release-mode harness for saving a city's year (issue 5: ≈ 20 values with history in &lt; 100 ms server time at
/// p95). Calls the portal's own <see cref="ProgressEntryService.SaveAsync"/>, resolved from the portal's DI
/// registrations (AddPlanTrackerData, AddPlanTrackerIdentity, AddPlanTrackerFeatures), in a scope signed in as a
/// city reporter the way a Blazor circuit is, against a private PostgreSQL cluster with durable settings.
/// Every timed save changes every value, so each one writes all value rows, one history row per value, and the
/// report row (its xmin is the next save's version). Writes docs/benchmarks-save.md.
/// </summary>
public static class SaveBenchmark
{
    public const double TargetMs = 100;
    private const int Year = 2024;
    private const string SyntheticReporter = "bench-reporter";
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string repositoryRoot, int iterations, int warmups, int historyRows, CancellationToken cancellationToken)
    {
        // As in ImportBenchmark: SIGTERM / SIGHUP become a cancellation, so the cluster is stopped and deleted.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        }

        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        var root = Path.Combine(Path.GetTempPath(), $"plantracker-bench-{Guid.NewGuid():N}"[..30]);
        LocalPostgresCluster? cluster = null;
        try
        {
            var loadAtStart = LoadAverage();
            var started = DateTimeOffset.UtcNow;
            Console.WriteLine($"Starting a private PostgreSQL cluster in {root} ...");
            cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { RootDirectory = root, Database = "bench", StopOnShutdown = true }, NullLogger.Instance, stop.Token);
            await using var services = BuildServices(cluster.ConnectionString);
            var setup = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cluster.ConnectionString, stop.Token);
            await services.GetRequiredService<SeedPlanLoader>().LoadAsync(Path.Combine(repositoryRoot, "seeds"), stop.Token);
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(stop.Token);
            await services.GetRequiredService<ScaleDataGenerator>().GenerateAsync(150, stop.Token);
            var (xiangxi, synthetic) = await PrepareAccountsAsync(services);
            await SettleAsync(cluster.ConnectionString, stop.Token);
            var settings = await ServerSettingsAsync(cluster.ConnectionString, stop.Token);
            Console.WriteLine($"Prepared the province dataset and the accounts in {setup.Elapsed.TotalSeconds:0.0} s. Server: {settings}");

            var cities = new[]
            {
                new City("湘西自治州 (seed 002, demo account xiangxi-reporter)", "xiangxi-reporter", xiangxi),
                new City($"合成市 (a synthetic city with 20 indicators, account {SyntheticReporter})", SyntheticReporter, synthetic),
            };

            var series = new List<Series>();
            double? cold = null;
            foreach (var city in cities)
            {
                var measured = await MeasureAsync(services, cluster.ConnectionString, city, "history nearly empty", iterations, warmups, stop.Token);
                cold ??= measured.Cold;
                series.Add(measured);
            }

            var bulk = Stopwatch.StartNew();
            var inserted = await InsertPriorHistoryAsync(cluster.ConnectionString, historyRows, [.. cities.Select(c => c.RegionId)], stop.Token);
            var bulkSeconds = bulk.Elapsed.TotalSeconds;
            Console.WriteLine($"Inserted {inserted:N0} prior history rows for other cities in {bulkSeconds:0.0} s.");
            foreach (var city in cities)
            {
                series.Add(await MeasureAsync(services, cluster.ConnectionString, city, $"after {inserted:N0} prior history rows", iterations, warmups, stop.Token));
            }

            var loadAtEnd = LoadAverage();
            var markdown = Render(settings, started, loadAtStart, loadAtEnd, cold!.Value, inserted, bulkSeconds, series, iterations, warmups);
            await File.WriteAllTextAsync(Path.Combine(repositoryRoot, "docs", "benchmarks-save.md"), markdown, CancellationToken.None);
            Console.WriteLine(markdown);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled; the private PostgreSQL cluster was stopped and deleted.");
            return 130;
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }

            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A city whose year is saved, and the reporter who saves it (RegionId filled in once known).</summary>
    private sealed record City(string Name, string UserName, int RegionId);

    private sealed record HistorySize(long Rows, long TableBytes, long IndexBytes);

    private sealed record Series(string City, string Phase, int Values, double Cold, int Warmups, double[] Samples, HistorySize Before, HistorySize After, string Load)
    {
        public double At(double p) => Samples[(int)Math.Ceiling(p * Samples.Length) - 1];

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"{City}, {Phase}: {Values} values, {Warmups} warm-up and {Samples.Length} timed saves: min {Samples[0]:0.0}, median {At(0.5):0.0}, mean {Samples.Average():0.0}, p95 {At(0.95):0.0}, p99 {At(0.99):0.0}, max {Samples[^1]:0.0} ms; history {Before.Rows:N0} -> {After.Rows:N0} rows");
    }

    /// <summary>The portal's own registrations (as in the web project's Program.cs), with a quiet log.</summary>
    private static ServiceProvider BuildServices(string connectionString)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPlanTrackerData(connectionString)
            .AddSingleton<ScaleDataGenerator>();
        services.AddPlanTrackerIdentity();
        services.AddPlanTrackerFeatures();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>
    /// Roles and the demo accounts (as the portal makes them in Development), and one more city reporter for the
    /// synthetic city with the highest id, which has exactly 20 indicators. Returns the region ids of 湘西 and of that city.
    /// </summary>
    private static async Task<(int Xiangxi, int Synthetic)> PrepareAccountsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();
        await seeder.EnsureDemoAccountsAsync();

        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var xiangxi = await context.Regions.Where(r => r.Name == "湘西自治州").Select(r => r.Id).SingleAsync();
        var regionId = await context.Regions.Where(r => r.Province == ScaleDataGenerator.SyntheticProvince).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = SyntheticReporter, DisplayName = "合成市填报员", RegionId = regionId, CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, AccountSeeder.DemoPassword));
        Check(await users.AddToRoleAsync(user, Roles.CityReporter));
        return (xiangxi, regionId);

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>
    /// One series: a scope signed in as the city's reporter (as a circuit is), the entry form loaded once, then
    /// warm-up saves and timed saves. Each save sends every row with a value different from the previous save's and
    /// the version the previous save returned, so none is refused as a conflict; any outcome but Saved stops the run.
    /// </summary>
    private static async Task<Series> MeasureAsync(ServiceProvider services, string connectionString, City city, string phase, int iterations, int warmups, CancellationToken cancellationToken)
    {
        await using var scope = await SignedInScopeAsync(services, city.UserName);
        var entries = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = await entries.LoadAsync(Year, cancellationToken) ?? throw new InvalidOperationException($"{city.UserName} cannot open the {Year} entry form.");
        var regionId = form.RegionId == city.RegionId ? form.RegionId : throw new InvalidOperationException($"{city.UserName} opened region {form.RegionId}, not {city.RegionId}.");
        var request = form.Request;
        var bases = form.Rows.Select(r => BaseValue(r.EarlierYears.TryGetValue(Year - 1, out var previous) ? previous : null, r.Unit)).ToArray();
        var before = await HistorySizeAsync(connectionString, cancellationToken);
        var loadBefore = LoadAverage().Split(' ')[0];
        var historyBefore = await CityHistoryAsync(connectionString, regionId, cancellationToken);

        var counter = 0;
        async Task<double> SaveOnceAsync()
        {
            counter++;
            for (var r = 0; r < request.Rows.Count; r++)
            {
                // Decimals as the unit allows, within 0–100 for percentages and ≥ 0 for counts; never the previous save's value.
                request.Rows[r].Value = bases[r] + (counter % 997 + 1) * Step(request.Rows[r].Unit);
                // A note explains any warning (a jump, a falling stock) so that the save is never refused for lack of one.
                request.Rows[r].Note = "基准测试：逐次微调数值";
            }

            var stopwatch = Stopwatch.StartNew();
            var result = await entries.SaveAsync(request, cancellationToken);
            stopwatch.Stop();
            if (result.Kind != OutcomeKind.Succeeded)
            {
                throw new InvalidOperationException($"Save {counter} for {city.UserName}: {result.Kind} {string.Join(" ", result.Errors)}");
            }

            request.Version = result.Value!.Version;
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        // Warm-up: at least `warmups` saves and at least WarmupTime, so that tiered JIT has promoted the hot paths
        // (its background compilation is slow to get a core on a busy machine).
        var cold = await SaveOnceAsync();
        var warmingUp = Stopwatch.StartNew();
        while (counter < warmups || warmingUp.Elapsed < WarmupTime)
        {
            await SaveOnceAsync();
        }

        var warmupSaves = counter;

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            samples[i] = await SaveOnceAsync();
        }

        // Every save must have written one history row per value.
        var written = await CityHistoryAsync(connectionString, regionId, cancellationToken) - historyBefore;
        if (written != (long)counter * request.Rows.Count)
        {
            throw new InvalidOperationException($"{city.UserName}: {counter} saves of {request.Rows.Count} values wrote {written} history rows.");
        }

        Array.Sort(samples);
        var series = new Series(city.Name, phase, request.Rows.Count, cold, warmupSaves, samples, before, await HistorySizeAsync(connectionString, cancellationToken), $"{loadBefore} → {LoadAverage().Split(' ')[0]}");
        Console.WriteLine(series.Line());
        return series;
    }

    /// <summary>A service scope whose authentication state is the user's, as in that user's circuit (cf. the web tests' UserScopes).</summary>
    private static async Task<AsyncServiceScope> SignedInScopeAsync(ServiceProvider services, string userName)
    {
        var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        var authentication = (ServerAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>The smallest change the validator accepts in the unit (2 decimals for %, whole numbers for 人 …).</summary>
    private static decimal Step(string? unit) => PlanTracker.Domain.Catalogue.Units.MaxDecimals(unit) switch
    {
        0 => 1m,
        2 => 0.01m,
        _ => 0.0001m,
    };

    private static decimal BaseValue(decimal? previous, string? unit)
    {
        var value = decimal.Round(Math.Abs(previous ?? 10m), Math.Min(2, PlanTracker.Domain.Catalogue.Units.MaxDecimals(unit)));
        return unit == "%" ? Math.Min(value, 90m) : value;
    }

    /// <summary>
    /// History of other cities: the same number of rows (rows / pairs, rounded up) for every indicator of every other
    /// plan and every year 2021–2025, <paramref name="rows"/> in all, in one INSERT … SELECT; then ANALYZE.
    /// </summary>
    private static async Task<long> InsertPriorHistoryAsync(string connectionString, int rows, int[] excludedRegions, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            """
            WITH targets AS (
                SELECT i.id FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.region_id <> ALL(@excluded)),
            repeats AS (
                SELECT ceil(@rows::numeric / (count(*) * 5))::integer AS times FROM targets)
            INSERT INTO indicator_value_changes (indicator_id, year, old_value, new_value, is_preliminary, note, changed_at, changed_by)
            SELECT t.id, y, n * 1.5, n * 1.5 + 1, n % 3 = 0, NULL, now() - make_interval(days => n), '历史填报员'
            FROM targets t
            CROSS JOIN generate_series(2021, 2025) AS y
            CROSS JOIN repeats
            CROSS JOIN LATERAL generate_series(1, repeats.times) AS n
            LIMIT @rows
            """,
            connection)
        { CommandTimeout = 600 };
        insert.Parameters.AddWithValue("excluded", excludedRegions);
        insert.Parameters.AddWithValue("rows", rows);
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        await using var analyze = new NpgsqlCommand("ANALYZE indicator_value_changes", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return inserted;
    }

    /// <summary>After the bulk data preparation, as a running portal's database would be: VACUUM ANALYZE (visibility map, hint bits, statistics) and a CHECKPOINT.</summary>
    private static async Task SettleAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { "VACUUM ANALYZE", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<HistorySize> HistorySizeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*), pg_table_size('indicator_value_changes'), pg_indexes_size('indicator_value_changes') FROM indicator_value_changes", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new HistorySize(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<long> CityHistoryAsync(string connectionString, int regionId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM indicator_value_changes c JOIN indicators i ON i.id = c.indicator_id JOIN plans p ON p.id = i.plan_id WHERE p.region_id = @region AND c.year = @year",
            connection);
        command.Parameters.AddWithValue("region", regionId);
        command.Parameters.AddWithValue("year", Year);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<string> ServerSettingsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT split_part(version(), ' on ', 1), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes'), current_setting('shared_buffers'), current_setting('wal_level')",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return $"{reader.GetString(0)}, fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}, shared_buffers={reader.GetString(4)}, wal_level={reader.GetString(5)}";
    }

    private static bool Busy(string loadAverage) =>
        double.TryParse(loadAverage.Split(' ')[0], CultureInfo.InvariantCulture, out var load) && load > Environment.ProcessorCount;

    /// <summary>The measured commit, and whether src/ or tests/ had uncommitted changes.</summary>
    private static string Commit()
    {
        try
        {
            var head = Git("rev-parse --short HEAD");
            return string.IsNullOrWhiteSpace(Git("status --porcelain -- src tests")) ? $"`{head}`" : $"`{head}` plus uncommitted changes in src/ or tests/";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }

        static string Git(string arguments)
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, WorkingDirectory = Program.RepositoryRoot() })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return output;
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Render(string settings, DateTimeOffset started, string loadAtStart, string loadAtEnd, double cold, long inserted, double bulkSeconds, List<Series> series, int iterations, int warmups)
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
        var memoryKb = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] : null;
        var memory = long.TryParse(memoryKb, CultureInfo.InvariantCulture, out var kb) ? (kb / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB" : null;
        var os = File.Exists("/etc/os-release") ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=')[1].Trim('"') : null;
        var met = series.All(s => s.At(0.95) < TargetMs);
        var text = new StringBuilder();
        text.AppendLine("# Saving a city's year: figures");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target (issue 5): saving a city's year (≈ 20 values with history) takes < {TargetMs:0} ms server time at p95.");
        text.AppendLine(CultureInfo.InvariantCulture, $"**Verdict: {(met ? "met" : "NOT met")}** — p95 of every series below: {string.Join(", ", series.Select(s => s.At(0.95).ToString("0.0", CultureInfo.InvariantCulture)))} ms.");
        text.AppendLine();
        text.AppendLine("This file is written by the benchmark itself (`SaveBenchmark.cs`); the figures are from the run described below.");
        text.AppendLine();
        text.AppendLine("## How to reproduce");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine("dotnet run -c Release --project tests/PlanTracker.Benchmarks -- save [--iterations 500] [--warmup 30] [--history-rows 200000]");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("Release only (a Debug build refuses to run). It starts a private PostgreSQL cluster in `/tmp/plantracker-bench-<random>`");
        text.AppendLine("with PostgreSQL's default durability, and stops and deletes it at the end (also on Ctrl+C, SIGTERM, SIGHUP).");
        text.AppendLine("It rewrites this file. It is not part of `dotnet test` / `scripts/test.sh`.");
        text.AppendLine();
        text.AppendLine("## Method");
        text.AppendLine();
        text.AppendLine("- **What is timed:** one call of the portal's own `ProgressEntryService.SaveAsync(SaveProgressRequest)`, in-process,");
        text.AppendLine("  with nothing else inside the stopwatch. That call does the whole server-side save: the access check through");
        text.AppendLine("  `AccessGuard` for the signed-in user, loading the city's indicators, FluentValidation, then one transaction with");
        text.AppendLine("  `ReportGate.OpenAsync` (reporting year `FOR SHARE`, the report row and its xmin version check), the year's value");
        text.AppendLine("  rows, then one `SaveChanges` with an `UPDATE` per value, an `INSERT` per history row and the report row's update,");
        text.AppendLine("  and the commit.");
        text.AppendLine("  Rendering and the SignalR round trip of the Blazor page are not included (server time only).");
        text.AppendLine("- **Services:** resolved from the portal's own registrations (`AddPlanTrackerData`, `AddPlanTrackerIdentity`,");
        text.AppendLine("  `AddPlanTrackerFeatures`, as in the web project's `Program.cs`). Each series runs in one service scope whose");
        text.AppendLine("  authentication state is the reporter's principal from the portal's claims factory, as in a Blazor circuit");
        text.AppendLine("  (the same way the web tests' `UserScopes` signs in).");
        text.AppendLine("- **Data:** a private cluster, migrated; the five seed plans imported, mapped to the catalogue, demo values seeded,");
        text.AppendLine("  then the province dataset of `ScaleDataGenerator` (150 synthetic plans of 20 indicators, five years of values)");
        text.AppendLine("  and the demo accounts (`AccountSeeder`, as in Development); then `VACUUM ANALYZE` and `CHECKPOINT`, untimed.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- **Cities and year:** {Year}, for two cities: 湘西自治州 (seed 002, 17 indicators), saved as the demo account");
        text.AppendLine(CultureInfo.InvariantCulture, $"  `xiangxi-reporter`; and the last synthetic city (exactly 20 indicators), saved as a city reporter `{SyntheticReporter}`");
        text.AppendLine("  created for it with `UserManager` in the role 市级填报员. The entry form is loaded once with `LoadAsync`.");
        text.AppendLine("- **Every save changes every value:** value k of save n is a base value (the previous year's, ≤ 90 for percentages)");
        text.AppendLine("  plus (n mod 997 + 1) × 0.0001, so it differs from the previous save's. Each save therefore writes all 17 or 20");
        text.AppendLine("  value rows and as many history rows. The next save sends the version (xmin) the previous save returned, as the");
        text.AppendLine("  page does, so no save is a conflict. Any outcome but `Saved` stops the run, and after each series the harness");
        text.AppendLine("  checks that the history table gained exactly saves × values rows for that city and year.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- **Counts:** per series at least {warmups} warm-up saves and at least {WarmupTime.TotalSeconds:0} s of them (tiered JIT; the first one is reported as \"first save\"), then {iterations} timed saves.");
        text.AppendLine("  Percentiles are nearest-rank over the timed saves. Times in milliseconds.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- **Large history:** after the first two series, {inserted:N0} history rows for every other city's indicators and years");
        text.AppendLine("  2021–2025 are added with one `INSERT … SELECT` (plus `ANALYZE`), and the same two series run again.");
        text.AppendLine();
        text.AppendLine("## Machine and run");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Cores | {Environment.ProcessorCount} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {cpu ?? "unknown"} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Memory | {memory ?? "unknown"} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| OS | {os ?? RuntimeInformation.OSDescription} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {RuntimeInformation.FrameworkDescription}, Release, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| PostgreSQL | {settings} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Commit | {Commit()} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Run | {started:yyyy-MM-dd HH:mm} UTC; load average (1/5/15 min) {loadAtStart} at the start, {loadAtEnd} at the end |");
        if (Busy(loadAtStart) || Busy(loadAtEnd))
        {
            text.AppendLine();
            text.AppendLine("**The machine was not idle:** the load average was above the number of cores, so other processes (other");
            text.AppendLine("engineers' builds and tests) shared the CPU during the run. That widens the spread, the p95/p99 and the maxima, and");
            text.AppendLine("makes series run at different times differ by more than their work does; expect tighter figures on an idle machine.");
        }
        text.AppendLine();
        text.AppendLine("## Figures");
        text.AppendLine();
        text.AppendLine("| city | history table | values per save | warm-up saves | timed saves | min | median | mean | p95 | p99 | max | < 100 ms at p95 | load (1 min) |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|--:|");
        foreach (var s in series)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.City} | {s.Phase} | {s.Values} | {s.Warmups} | {s.Samples.Length} | {s.Samples[0]:0.0} | {s.At(0.5):0.0} | {s.Samples.Average():0.0} | {s.At(0.95):0.0} | {s.At(0.99):0.0} | {s.Samples[^1]:0.0} | {(s.At(0.95) < TargetMs ? "yes" : "**no**")} | {s.Load} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"First save of the process (cold: JIT, EF Core model and query compilation, first connections; a warm-up save, not in the figures): {cold:0.0} ms.");
        text.AppendLine();
        text.AppendLine("History table (`indicator_value_changes`) during each series:");
        text.AppendLine();
        text.AppendLine("| city | phase | rows before | rows after | table before → after | indexes before → after |");
        text.AppendLine("|---|---|--:|--:|--:|--:|");
        foreach (var s in series)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.City} | {s.Phase} | {s.Before.Rows:N0} | {s.After.Rows:N0} | {Mb(s.Before.TableBytes)} → {Mb(s.After.TableBytes)} | {Mb(s.Before.IndexBytes)} → {Mb(s.After.IndexBytes)} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The {inserted:N0} prior rows (spread evenly over every indicator of every other city and the years 2021–2025) took {bulkSeconds:0.0} s to insert, outside any timing.");
        text.AppendLine();
        text.AppendLine("Large history against nearly empty history, same city and same work per save (a ratio at or below about 1 means");
        text.AppendLine("the history's size does not show in the save time):");
        text.AppendLine();
        foreach (var early in series.Take(series.Count / 2))
        {
            var late = series.Skip(series.Count / 2).First(s => s.City == early.City);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {early.City}: median {early.At(0.5):0.0} → {late.At(0.5):0.0} ms (×{late.At(0.5) / early.At(0.5):0.00}), p95 {early.At(0.95):0.0} → {late.At(0.95):0.0} ms (×{late.At(0.95) / early.At(0.95):0.00}).");
        }
        text.AppendLine();
        text.AppendLine("## Why a large history does not slow a save");
        text.AppendLine();
        text.AppendLine("A save never reads `indicator_value_changes`: it only appends one row per changed value. Appending costs a heap");
        text.AppendLine("insert, one entry in each B-tree index (`pk_indicator_value_changes`, `ix_indicator_value_changes_indicator_id_year`),");
        text.AppendLine("and the foreign-key check on `indicators`, which is a primary-key lookup; each grows with the logarithm of the table");
        text.AppendLine("size, not with it. What a save does read — the city's indicators (`ix_indicators_plan_id_ordinal`), the year's value");
        text.AppendLine("rows (`ix_indicator_values_indicator_id_year`), the reporting year and the report (`ix_city_year_reports_region_id_year`)");
        text.AppendLine("— is reached through indexes and is the same size for every city whatever the history holds. Reading one");
        text.AppendLine("indicator's history (per indicator and year) uses `ix_indicator_value_changes_indicator_id_year`.");
        text.AppendLine();
        text.AppendLine("With `fsync=on` and `synchronous_commit=on` every save's commit waits for its WAL flush to disk, so the figures");
        text.AppendLine("include the disk's flush time; the spread and the maxima also depend on the load of the machine during the run");
        text.AppendLine("(see the load average above).");
        return text.ToString();
    }
}
