using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Catalogue;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;
using PlanTracker.Data.Reporting;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Security;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Benchmarks;

/// <summary>
/// Release-mode harness for the dashboard and comparison queries (issue targets: a city dashboard's data
/// &lt; 150 ms and the four-city comparison &lt; 300 ms server time at p95 on the province dataset; the dashboard
/// on the national dataset within 2× of the province figure). Runs the portal's own services in-process against a
/// private PostgreSQL cluster (durable settings), with the seed plans, demo values and the synthetic plans of
/// <see cref="ScaleDataGenerator"/>. Writes docs/benchmarks-queries.md.
/// </summary>
public static class QueryBenchmark
{
    private const int Warmup = 20;
    private const int Iterations = 200;

    public static async Task<int> RunAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"plantracker-bench-{Guid.NewGuid():N}"[..30]);
        await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { RootDirectory = root, Database = "bench" }, NullLogger.Instance, cancellationToken);
        try
        {
            await using var services = BuildServices(cluster.ConnectionString);
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cluster.ConnectionString, cancellationToken);
            await services.GetRequiredService<SeedPlanLoader>().LoadAsync(Path.Combine(repositoryRoot, "seeds"), cancellationToken);
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            var generator = services.GetRequiredService<ScaleDataGenerator>();
            var report = new StringBuilder();

            var generated = Stopwatch.StartNew();
            await generator.GenerateAsync(150, cancellationToken);
            report.AppendLine(CultureInfo.InvariantCulture, $"Generated the province dataset (150 synthetic plans + 4 real) in {generated.Elapsed.TotalSeconds:0.0} s.");
            var province = await MeasureAsync(services, "province (154 plans)", cancellationToken);

            generated.Restart();
            await generator.GenerateAsync(2850, cancellationToken);
            report.AppendLine(CultureInfo.InvariantCulture, $"Grew it to the national dataset (3,000 synthetic plans + 4 real) in {generated.Elapsed.TotalSeconds:0.0} s.");
            var national = await MeasureAsync(services, "national (3,004 plans)", cancellationToken);

            var dashboardOk = province.Dashboard.P95 < 150;
            var compareOk = province.Comparison.P95 < 300;
            var growthOk = national.Dashboard.P95 <= 2 * province.Dashboard.P95;
            var markdown = Render(report.ToString(), province, national, dashboardOk, compareOk, growthOk);
            var path = Path.Combine(repositoryRoot, "docs", "benchmarks-queries.md");
            await File.WriteAllTextAsync(path, markdown, cancellationToken);
            Console.WriteLine(markdown);
            return dashboardOk && compareOk && growthOk ? 0 : 1;
        }
        finally
        {
            await cluster.StopAsync(CancellationToken.None);
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed record Figures(double Min, double Median, double P95, double Max);

    private sealed record Measured(string Dataset, Figures Dashboard, Figures Comparison, Figures NationalCity);

    private static async Task<Measured> MeasureAsync(ServiceProvider services, string dataset, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var dashboards = scope.ServiceProvider.GetRequiredService<DashboardService>();
        var comparisons = scope.ServiceProvider.GetRequiredService<ComparisonService>();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync(cancellationToken);
        var realRegions = await context.Regions.Where(r => r.Province != ScaleDataGenerator.SyntheticProvince).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var syntheticRegion = await context.Regions.Where(r => r.Province == ScaleDataGenerator.SyntheticProvince).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync(cancellationToken);
        var jobs = await context.CanonicalIndicators.Where(c => c.Name == "城镇新增就业人数").Select(c => c.Id).SingleAsync(cancellationToken);

        var dashboard = await TimeAsync(() => dashboards.GetAsync(realRegions[0], 2025, ValueScope.All));
        var city = await TimeAsync(() => dashboards.GetAsync(syntheticRegion, 2025, ValueScope.All));
        var comparison = await TimeAsync(() => comparisons.CompareAsync(jobs, 2025, ValueScope.All, realRegions));
        return new Measured(dataset, dashboard, comparison, city);
    }

    private static async Task<Figures> TimeAsync<T>(Func<Task<T?>> call)
        where T : class
    {
        for (var i = 0; i < Warmup; i++)
        {
            _ = await call() ?? throw new InvalidOperationException("The benchmarked call returned nothing.");
        }

        var samples = new double[Iterations];
        for (var i = 0; i < Iterations; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = await call();
            samples[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Figures(samples[0], samples[Iterations / 2], samples[(int)Math.Ceiling(Iterations * 0.95) - 1], samples[^1]);
    }

    private static ServiceProvider BuildServices(string connectionString)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPlanTrackerData(connectionString)
            .AddSingleton<ScaleDataGenerator>();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditLog>();
        services.AddScoped<AccessGuard>();
        services.AddScoped<DashboardService>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<AuthenticationStateProvider>(_ =>
        {
            // The provincial analyst's view: every city readable, as in the portal.
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "benchmark"), new Claim(ClaimTypes.Role, Roles.ProvincialAnalyst)], "benchmark", ClaimTypes.Name, ClaimTypes.Role);
            var provider = new ServerAuthenticationStateProvider();
            provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
            return provider;
        });
        return services.BuildServiceProvider();
    }

    private static string Render(string setup, Measured province, Measured national, bool dashboardOk, bool compareOk, bool growthOk)
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
        var text = new StringBuilder();
        text.AppendLine("# Dashboard and comparison query figures");
        text.AppendLine();
        text.AppendLine("Produced by `dotnet run -c Release --project tests/PlanTracker.Benchmarks -- queries` (QueryBenchmark.cs):");
        text.AppendLine("the portal's own `DashboardService.GetAsync` and `ComparisonService.CompareAsync`, called in-process as a");
        text.AppendLine("provincial analyst, against a private PostgreSQL cluster with durable settings (fsync on). Each figure is");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Iterations} timed calls after {Warmup} warm-up calls; the time includes every database round trip and the progress engine.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}, .NET {Environment.Version}, PostgreSQL 15.");
        text.AppendLine();
        text.AppendLine(setup.TrimEnd());
        text.AppendLine();
        text.AppendLine("| dataset | call | min ms | median ms | p95 ms | max ms |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var measured in new[] { province, national })
        {
            Row(text, measured.Dataset, "city dashboard (长沙, 13 indicators)", measured.Dashboard);
            Row(text, measured.Dataset, "city dashboard (a synthetic city, 20 indicators)", measured.NationalCity);
            Row(text, measured.Dataset, "four-city comparison (城镇新增就业人数)", measured.Comparison);
        }

        text.AppendLine();
        text.AppendLine("Verdicts:");
        text.AppendLine(CultureInfo.InvariantCulture, $"- city dashboard < 150 ms at p95 on the province dataset: {(dashboardOk ? "met" : "NOT met")} ({province.Dashboard.P95:0.0} ms).");
        text.AppendLine(CultureInfo.InvariantCulture, $"- four-city comparison < 300 ms at p95 on the province dataset: {(compareOk ? "met" : "NOT met")} ({province.Comparison.P95:0.0} ms).");
        text.AppendLine(CultureInfo.InvariantCulture, $"- dashboard on the national dataset within 2× of the province figure: {(growthOk ? "met" : "NOT met")} ({national.Dashboard.P95:0.0} ms vs {province.Dashboard.P95:0.0} ms, ×{national.Dashboard.P95 / province.Dashboard.P95:0.00}).");
        text.AppendLine();
        text.AppendLine("How cost grows: a dashboard reads one plan's indicators and their values through the indexes");
        text.AppendLine("`ix_indicators_plan_id_ordinal` and `ix_indicator_values_indicator_id_year`, so its cost follows the size of one");
        text.AppendLine("plan, not the number of plans. The comparison reads the mappings of one catalogue indicator");
        text.AppendLine("(`ix_indicator_mappings_canonical_indicator_id`) for every city that plans it, to count them, and the values of the");
        text.AppendLine("chosen cities only; it therefore grows with the number of plans sharing the indicator, not with the whole database.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string dataset, string call, Figures f) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {dataset} | {call} | {f.Min:0.0} | {f.Median:0.0} | {f.P95:0.0} | {f.Max:0.0} |");
}
