using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Issue 13, succession: 益阳 (the 长沙 text under another city's name, so no other test's city) has its 十四五 plan
/// and a 十五五 plan written from it, whose printed 2025 baselines are the seed's 2020 column. The 14th plan's reporters
/// entered a 2025 value for 失业保险参保人数, 214.1; the 15th plan prints 182.8 (the seed's 2020 figure moved to the
/// 2025 column), so they differ by 31.3. The check lists the difference and leaves the printed value alone.
/// </summary>
[Collection(PortalCollection.Name)]
public class SuccessionTests(PortalFactory portal)
{
    private const string City = "益阳";

    [Fact]
    public async Task A_15th_plans_printed_2025_baseline_is_checked_against_the_14th_plans_2025_value()
    {
        var (fourteenthId, fifteenthId) = await ImportBothAsync();
        await using (var context = await NewContextAsync())
        {
            // 失业保险参保人数 in the 14th plan: 182.8 → 212.7; its reporters entered 214.1 for 2025
            var insured = await context.Indicators.SingleAsync(i => i.PlanId == fourteenthId && i.Name == "失业保险参保人数");
            if (!await context.IndicatorValues.AnyAsync(v => v.IndicatorId == insured.Id && v.Year == 2025))
            {
                context.IndicatorValues.Add(new IndicatorValue { IndicatorId = insured.Id, Year = 2025, Value = 214.1m, UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "test" });
                await context.SaveChangesAsync();
            }
        }

        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var succession = await scope.ServiceProvider.GetRequiredService<SuccessionService>().ForPlanAsync(fifteenthId);
        var none = await scope.ServiceProvider.GetRequiredService<SuccessionService>().ForPlanAsync(fourteenthId);

        Assert.NotNull(succession);
        Assert.Null(none);
        Assert.Equal(2025, succession.BaselineYear);
        Assert.Equal(new PlanPeriod(2021, 2025), succession.PreviousPeriod);
        var insuredRow = succession.Rows.Single(r => r.Name == "失业保险参保人数");
        Assert.Equal(("182.8", (decimal?)214.1m, SuccessionVerdict.Differs, (decimal?)31.3m), (insuredRow.Printed, insuredRow.Reported, insuredRow.Verdict, insuredRow.Difference));
        Assert.Contains(succession.Rows, r => r.Verdict == SuccessionVerdict.NotReported);

        await using var check = await NewContextAsync();
        Assert.Equal(182.8m, await check.Indicators.Where(i => i.PlanId == fifteenthId && i.Name == "失业保险参保人数").Select(i => i.Baseline.Value).SingleAsync());
    }

    [Fact]
    public async Task Another_citys_reporter_cannot_read_the_check()
    {
        var (_, fifteenthId) = await ImportBothAsync();
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");

        Assert.Null(await scope.ServiceProvider.GetRequiredService<SuccessionService>().ForPlanAsync(fifteenthId));
    }

    private async Task<(int Fourteenth, int Fifteenth)> ImportBothAsync()
    {
        var text = Browser.SeedTexts.Read("001").Replace("长沙", City, StringComparison.Ordinal);
        var importer = portal.Services.GetRequiredService<PlanImporter>();
        await importer.ImportAsync(new ImportSource("益阳十四五.txt", Encoding.UTF8.GetBytes(text), "admin"), allowRemovals: false);
        await importer.ImportAsync(new ImportSource("益阳十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(text)), "admin"), allowRemovals: false);
        await using var context = await NewContextAsync();
        var plans = await context.Plans.Where(p => p.Region!.Name == City + "市").OrderBy(p => p.PeriodStart).Select(p => p.Id).ToListAsync();
        return (plans[0], plans[1]);
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
