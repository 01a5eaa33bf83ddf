using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain;
using PlanTracker.Web.Features.Progress.Entry;
using Serilog.Events;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// Four reporters save continuously while PostgreSQL is stopped and started again under them: every save the portal
/// acknowledged is in the change history afterwards and the last one is the stored value; a save during the outage
/// fails as "unavailable", never with another exception; nothing is logged as an unexpected error. The phases follow
/// states (so many saves acknowledged, so many refused), not lengths of time. Own cluster.
/// </summary>
public sealed class SavesThroughOutageTests : IAsyncLifetime
{
    private const int Year = 2024;
    private static readonly string[] Reporters = ["changsha-reporter", "zhuzhou-reporter", "xiangxi-reporter", "ezhou-reporter"];
    private readonly OutagePortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Every_acknowledged_save_survives_a_database_restart_under_load()
    {
        var loops = new List<SaveLoop>();
        foreach (var reporter in Reporters)
        {
            loops.Add(await SaveLoop.StartAsync(_portal, reporter));
        }

        try
        {
            await Until(() => loops.All(l => l.Acknowledged.Count >= 3), loops);
            await _portal.StopDatabaseAsync();
            var refusedBefore = loops.Select(l => l.Refused).ToList();
            await Until(() => loops.Select((l, i) => l.Refused > refusedBefore[i]).All(x => x), loops);
            await _portal.StartDatabaseAsync();
            var acknowledgedBefore = loops.Select(l => l.Acknowledged.Count).ToList();
            await Until(() => loops.Select((l, i) => l.Acknowledged.Count >= acknowledgedBefore[i] + 3).All(x => x), loops);
        }
        finally
        {
            foreach (var loop in loops)
            {
                await loop.StopAsync();
            }
        }

        await using var context = await _portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        foreach (var loop in loops)
        {
            Assert.Empty(loop.Unexpected);
            var history = await context.IndicatorValueChanges.Where(c => c.IndicatorId == loop.IndicatorId && c.Year == Year).Select(c => c.NewValue).ToListAsync();
            Assert.All(loop.Acknowledged, value => Assert.Contains(value, history));
            var stored = await context.IndicatorValues.Where(v => v.IndicatorId == loop.IndicatorId && v.Year == Year).Select(v => v.Value).SingleAsync();
            Assert.Equal(loop.Acknowledged.Last(), stored);
        }

        // EF Core's own diagnostics (failed command, failed transaction) log at Error without the exception
        // attached; the portal's log line for the same failure carries it, and that one must be an outage error.
        Assert.DoesNotContain(_portal.Logs.Events, e => e.Level >= LogEventLevel.Error && !IsEfDiagnostic(e) && !DatabaseFailures.IsUnavailable(e.Exception));
    }

    private static bool IsEfDiagnostic(LogEvent e) =>
        e.Exception is null
        && e.Properties.TryGetValue("SourceContext", out var source)
        && source.ToString().Trim('"').StartsWith("Microsoft.EntityFrameworkCore.", StringComparison.Ordinal);

    private static async Task Until(Func<bool> condition, IReadOnlyList<SaveLoop> loops)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            Assert.All(loops, l => Assert.Empty(l.Unexpected));
            await Task.Delay(50, limit.Token);
        }
    }

    /// <summary>One reporter saving a new value of their first indicator again and again.</summary>
    private sealed class SaveLoop
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _running = Task.CompletedTask;
        private int _refused;

        public required int IndicatorId { get; init; }

        /// <summary>The values of the saves that came back Saved, in order.</summary>
        public ConcurrentQueue<decimal> Acknowledged { get; } = new();

        public ConcurrentQueue<Exception> Unexpected { get; } = new();

        public int Refused => Volatile.Read(ref _refused);

        public static async Task<SaveLoop> StartAsync(PortalFactory portal, string reporter)
        {
            var scope = await UserScopes.ForAsync(portal, reporter);
            var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
            var form = (await entry.LoadAsync(Year))!;
            var loop = new SaveLoop { IndicatorId = form.Request.Rows[0].IndicatorId };
            loop._running = Task.Run(() => loop.RunAsync(scope, entry));
            return loop;
        }

        private async Task RunAsync(AsyncServiceScope scope, ProgressEntryService entry)
        {
            await using var _ = scope;
            for (var value = 1m; !_stop.IsCancellationRequested; value++)
            {
                try
                {
                    var form = (await entry.LoadAsync(Year))!;
                    var row = form.Request.Rows.Single(r => r.IndicatorId == IndicatorId);
                    (row.Value, row.Note) = (value, "负载测试");
                    var result = await entry.SaveAsync(form.Request);
                    if (result.Kind == OutcomeKind.Succeeded)
                    {
                        Acknowledged.Enqueue(value);
                    }
                    else
                    {
                        Unexpected.Enqueue(new InvalidOperationException($"{result.Kind}: {string.Join(" ", result.Errors)}"));
                    }
                }
                catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
                {
                    Interlocked.Increment(ref _refused);
                }
                catch (Exception ex)
                {
                    Unexpected.Enqueue(ex);
                }
            }
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _running;
        }
    }
}
