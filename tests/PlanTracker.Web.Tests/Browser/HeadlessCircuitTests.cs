using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.LoadTests.Circuit;
using PlanTracker.LoadTests.Journeys;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// The load harness (tests/PlanTracker.LoadTests) checked against Chromium: for the same journey on the entry form
/// (open the form, type a figure into a row, save) its headless circuit makes the same hub calls as the browser, and
/// its save lands in the database like the browser's. Its year picker and a leader's dashboard work the same way.
/// Own portal and database: the rows typed here are nobody else's.
/// </summary>
public class HeadlessCircuitTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    private const string Reporter = "xiangxi-reporter";

    [Fact]
    public async Task The_harness_makes_the_hub_calls_Chromium_makes_for_an_entry_and_its_save_is_stored()
    {
        var (year, first, second) = await TwoRowsAsync();

        var page = await browser.SignedInPageAsync(portal.BaseUrl, Reporter);
        var browserCalls = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Binary is { } payload)
            {
                foreach (var call in HubCalls.InFrame(payload))
                {
                    browserCalls.Enqueue(call);
                }
            }
        };
        await page.GotoAsync($"{portal.BaseUrl}/progress?year={year}");
        await ChromiumFixture.WaitForCircuitAsync(page);
        var input = page.Locator($"tr[data-indicator='{first.Name}'] input[data-col='value']");
        await EntryFormSteps.TypeAsync(page, input, first.Target);
        await page.GetByTestId("entry-save").ClickAsync();
        await page.Locator("[data-saves='1']").WaitForAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();

        using var account = await PortalAccount.SignInAsync(new Uri(portal.BaseUrl + "/"), Reporter, PortalSession.Password, CancellationToken.None);
        await using var circuit = await CircuitClient.OpenAsync(account, $"progress?year={year}", CancellationToken.None, recordCalls: true);
        var label = second.ValueLabel(year);
        await circuit.WaitUntilAsync(dom => dom.Find(e => e["aria-label"] == label) is not null);
        var field = circuit.Read(dom => dom.Find(e => e["aria-label"] == label))!;
        await circuit.ChangeAsync(field, second.Target);
        var save = circuit.Read(dom => dom.Find(e => e["data-testid"] == "entry-save"))!;
        await circuit.ClickAsync(save);
        await circuit.WaitUntilAsync(dom => dom.Find(e => e["data-testid"] == "entry-saved") is not null);

        Assert.Equal(Journey(browserCalls), Journey(circuit.SentCalls));
        Assert.Equal(["StartCircuit", "UpdateRootComponents", "DispatchEventAsync:change", "DispatchEventAsync:click"], Journey(circuit.SentCalls));
        Assert.Equal((first.TargetValue, second.TargetValue), (await StoredAsync(year, first), await StoredAsync(year, second)));
    }

    [Fact]
    public async Task The_harness_switches_a_leaders_dashboard_to_a_year_its_picker_offers()
    {
        using var account = await PortalAccount.SignInAsync(new Uri(portal.BaseUrl + "/"), "xiangxi-leader", PortalSession.Password, CancellationToken.None);
        var measurements = new Measurements { Recording = true };
        await using var leader = YearSwitchJourney.Dashboard(account, measurements);
        await leader.OpenAsync(CancellationToken.None);

        await leader.ActAsync(new Random(7), CancellationToken.None);

        Assert.Empty(measurements.Errors);
        Assert.Equal(1, measurements.Of("切换年度").Count);
        Assert.Null(leader.CircuitError);
    }

    /// <summary>The journey's own calls, in order: starting the circuit and the browser events (not the acknowledgements).</summary>
    private static string[] Journey(IEnumerable<string> calls) =>
        [.. calls.Where(call => call is "StartCircuit" or "UpdateRootComponents" or "OnLocationChanged" || call.StartsWith("DispatchEventAsync:", StringComparison.Ordinal))];

    private async Task<(int Year, TargetRow First, TargetRow Second)> TwoRowsAsync()
    {
        await using var context = await NewContextAsync();
        var (year, rows) = await PrintedTargetRows.OfAsync(context, "湘西自治州", 2);
        return (year, rows[0], rows[1]);
    }

    private async Task<decimal?> StoredAsync(int year, TargetRow row)
    {
        await using var context = await NewContextAsync();
        return await context.IndicatorValues.Where(v => v.Year == year && v.IndicatorId == row.Id).Select(v => (decimal?)v.Value).SingleOrDefaultAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
