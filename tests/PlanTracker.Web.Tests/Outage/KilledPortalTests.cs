using System.Globalization;
using PlanTracker.Data;
using PlanTracker.LoadTests.Circuit;
using PlanTracker.LoadTests.Journeys;
using PlanTracker.TestSupport;
using PlanTracker.Web.Tests.Browser;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// The portal's process killed with SIGKILL (no shutdown, nothing flushed) in the middle of a reporter's save, and in
/// the middle of its start-up import of the shipped plans. The middle is a state, not a guess: another session holds a
/// table the write needs, so the write waits inside its transaction, after the rows it wrote before, until the process
/// dies. Afterwards the database holds every save the reporter was told was stored and nothing of the killed write,
/// and the next start carries on from there. Each test has its own database and portal process; the reporter's
/// circuit is the load harness's headless client (a real circuit, checked against Chromium in HeadlessCircuitTests).
/// </summary>
public class KilledPortalTests
{
    private const string Reporter = "xiangxi-reporter";
    private static readonly string[] ReportTables = ["indicator_values", "indicator_value_changes", "city_year_reports", "entry_drafts", "item_progress", "audit_events"];
    private static readonly string[] PlanTables = ["regions", "plans", "source_documents", "indicators", "chapters", "sections", "special_columns", "special_column_items", "projects", "item_targets", "indicator_mappings", "audit_events"];

    [Fact]
    public async Task Killed_during_a_save_the_portal_keeps_every_acknowledged_save_and_nothing_of_the_killed_one()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("killsave");
        var port = FixedAddressPortal.FreeLoopbackPort();
        int year;
        IReadOnlyList<TargetRow> rows;
        IReadOnlyDictionary<string, string> acknowledged;
        long saveSession;
        IReadOnlySet<string> writtenWhenKilled;

        await using (var portal = PortalProcess.Start(connectionString, port))
        {
            await portal.ListeningAsync();
            await using (var context = new PlanTrackerDbContext(ServiceCollectionExtensions.CreateOptions(connectionString)))
            {
                (year, rows) = await PrintedTargetRows.OfAsync(context, "湘西自治州", 3);
            }

            using var account = await PortalAccount.SignInAsync(portal.BaseUri, Reporter, PortalSession.Password, CancellationToken.None);
            await using var form = await OpenFormAsync(account, rows[0], year);
            await TypeAsync(form, rows[0], year);
            await SaveAsync(form);
            acknowledged = await ServerState.RowsAsync(connectionString, ReportTables);

            await TypeAsync(form, rows[1], year);
            await TypeAsync(form, rows[2], year);
            await using (await TableLock.TakeAsync(connectionString, "indicator_values"))
            {
                // Not awaited: the save runs until it waits for the lock, and never returns.
                _ = form.ClickAsync(Find(form, "entry-save"));
                saveSession = await ServerState.LockWaiterAsync(connectionString, () => portal.HasExited ? portal.Output : null);
                writtenWhenKilled = await ServerState.TablesWrittenByAsync(connectionString, saveSession);
                await portal.KillAsync();
            }
        }

        // The save was half way: the report row touched and the change history written, the values next.
        Assert.True(writtenWhenKilled.IsSupersetOf(["city_year_reports", "indicator_value_changes"]), string.Join(", ", writtenWhenKilled));
        await ServerState.SessionEndedAsync(connectionString, saveSession);
        Assert.Equal(acknowledged, await ServerState.RowsAsync(connectionString, ReportTables));

        await using (var portal = PortalProcess.Start(connectionString, port))
        {
            await portal.ListeningAsync();
            using var account = await PortalAccount.SignInAsync(portal.BaseUri, Reporter, PortalSession.Password, CancellationToken.None);
            await using var form = await OpenFormAsync(account, rows[0], year);

            // The form shows the acknowledged figure and none of the killed save's; typed again, they are stored.
            Assert.Equal(rows[0].TargetValue, decimal.Parse(ValueOf(form, rows[0], year), CultureInfo.InvariantCulture));
            Assert.Equal(["", ""], new[] { ValueOf(form, rows[1], year), ValueOf(form, rows[2], year) });
            await TypeAsync(form, rows[1], year);
            await TypeAsync(form, rows[2], year);
            await SaveAsync(form);
        }

        await using (var context = new PlanTrackerDbContext(ServiceCollectionExtensions.CreateOptions(connectionString)))
        {
            var ids = rows.Select(r => r.Id).ToList();
            var stored = context.IndicatorValues.Where(v => v.Year == year && ids.Contains(v.IndicatorId)).ToDictionary(v => v.IndicatorId, v => v.Value);
            Assert.Equal(rows.ToDictionary(r => r.Id, r => r.TargetValue), stored);
        }
    }

    [Fact]
    public async Task Killed_while_it_imports_the_shipped_plans_the_portal_leaves_no_plan_half_written_and_imports_them_whole_on_its_next_start()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("killimport");
        var port = FixedAddressPortal.FreeLoopbackPort();
        var before = await ServerState.CountsAsync(connectionString, PlanTables);
        long importSession;
        IReadOnlySet<string> writtenWhenKilled;

        await using (await TableLock.TakeAsync(connectionString, "indicators"))
        await using (var portal = PortalProcess.Start(connectionString, port))
        {
            importSession = await ServerState.LockWaiterAsync(connectionString, () => portal.HasExited ? portal.Output : null);
            writtenWhenKilled = await ServerState.TablesWrittenByAsync(connectionString, importSession);
            await portal.KillAsync();
        }

        Assert.Contains("plans", writtenWhenKilled);
        await ServerState.SessionEndedAsync(connectionString, importSession);
        Assert.Equal(before, await ServerState.CountsAsync(connectionString, PlanTables));

        await using (var portal = PortalProcess.Start(connectionString, port))
        {
            await portal.ListeningAsync();
        }

        // The four cities of the shipped documents, each plan whole (chapters, indicators, 专栏), none twice.
        await using var context = new PlanTrackerDbContext(ServiceCollectionExtensions.CreateOptions(connectionString));
        var plans = context.Plans.Select(p => new
        {
            Region = p.Region!.Name,
            Chapters = context.Chapters.Count(c => c.PlanId == p.Id),
            Indicators = context.Indicators.Count(i => i.PlanId == p.Id),
            Columns = context.SpecialColumns.Count(c => c.PlanId == p.Id),
        }).ToList();
        Assert.Equal(["株洲市", "湘西自治州", "鄂州市", "长沙市"], plans.Select(p => p.Region).Order(StringComparer.Ordinal));
        Assert.All(plans, plan => Assert.True(plan.Chapters > 0 && plan.Indicators > 0 && plan.Columns > 0, plan.ToString()));
    }

    private static async Task<CircuitClient> OpenFormAsync(PortalAccount account, TargetRow row, int year)
    {
        var form = await CircuitClient.OpenAsync(account, $"progress?year={year}", CancellationToken.None);
        await form.WaitUntilAsync(dom => dom.Find(e => e["aria-label"] == row.ValueLabel(year)) is not null);
        return form;
    }

    private static async Task TypeAsync(CircuitClient form, TargetRow row, int year) =>
        await form.ChangeAsync(form.Read(dom => dom.Find(e => e["aria-label"] == row.ValueLabel(year)))!, row.Target);

    /// <summary>Clicks 保存 and waits until the page says the save is stored (the saves counter up, 已保存 shown).</summary>
    private static async Task SaveAsync(CircuitClient form)
    {
        var saves = form.Read(ReporterJourney.Saves);
        await form.ClickAsync(Find(form, "entry-save"));
        await form.WaitUntilAsync(dom => ReporterJourney.Saves(dom) > saves && dom.Find(e => e["data-testid"] == "entry-saved") is not null);
    }

    private static ElementNode Find(CircuitClient form, string testId) =>
        form.Read(dom => dom.Find(e => e["data-testid"] == testId)) ?? throw new InvalidOperationException($"No {testId} on the page.");

    private static string ValueOf(CircuitClient form, TargetRow row, int year) =>
        form.Read(dom => dom.Find(e => e["aria-label"] == row.ValueLabel(year))?["value"]) ?? "";
}
