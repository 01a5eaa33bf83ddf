using System.Text;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Plans;
using PlanTracker.Domain.Plans;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Issue 13: a region has a sequence of plans. 长沙's 14th plan (seed 001) and a 15th plan written from it
/// (<see cref="NextPeriodText"/>: years moved by five, 十四五 → 十五五) are two plans of one city; the 15th never
/// overwrites the 14th, and the plan for a year is the one whose period contains it.
/// </summary>
public class PlanPeriodImportTests
{
    [Fact]
    public async Task A_15th_plan_is_a_second_plan_of_the_city_beside_its_14th()
    {
        await using var host = await ImportTestHost.CreateAsync("twoperiods");
        var fourteenth = ImportTestHost.Seed("001");
        var fifteenth = new ImportSource("长沙十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(Encoding.UTF8.GetString(fourteenth.Content))), "test");

        var first = await host.Importer.ImportAsync(fourteenth, allowRemovals: false);
        var second = await host.Importer.ImportAsync(fifteenth, allowRemovals: false);

        Assert.Equal(ImportOutcome.Created, first.Outcome);
        Assert.Equal(ImportOutcome.Created, second.Outcome);
        Assert.NotEqual(first.PlanId, second.PlanId);
        await using var context = host.NewContext();
        var plans = await context.Plans.AsNoTracking().OrderBy(p => p.PeriodStart).ToListAsync();
        Assert.Equal([new PlanPeriod(2021, 2025), new PlanPeriod(2026, 2030)], plans.Select(p => p.Period));
        Assert.Single(plans.Select(p => p.RegionId).Distinct());
        var regionId = plans[0].RegionId;
        Assert.Equal(plans[0].Id, await context.Plans.InForce(regionId, 2025).Select(p => p.Id).FirstAsync());
        Assert.Equal(plans[1].Id, await context.Plans.InForce(regionId, 2026).Select(p => p.Id).FirstAsync());
        Assert.False(await context.Plans.InForce(regionId, 2031).AnyAsync());
        Assert.Equal([new PlanPeriod(2021, 2025), new PlanPeriod(2026, 2030)], await context.PeriodsAsync(regionId));

        // every year of both periods can be reported on, with the end of March after it as the deadline
        var years = await context.ReportingYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Assert.Equal(Enumerable.Range(2021, 10), years.Select(y => y.Year));
        Assert.Equal(new DateOnly(2031, 3, 31), years[^1].Deadline);

        // both plans keep their own rows: the 15th plan's 失业保险参保人数 is printed in the same row, with its
        // baseline under the 2025 column (the seed's 182.8 under 2020) and its target under 2030 (212.7)
        var rows = await context.Indicators.AsNoTracking().Where(i => i.Name == "失业保险参保人数").OrderBy(i => i.PlanId).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(((decimal?)182.8m, (decimal?)212.7m), (r.Baseline.Value, r.Target.Value)));
    }

    [Fact]
    public async Task Importing_the_15th_plan_again_updates_it_and_leaves_the_14th_alone()
    {
        await using var host = await ImportTestHost.CreateAsync("reimport15");
        var fourteenth = ImportTestHost.Seed("001");
        var text = NextPeriodText.From(Encoding.UTF8.GetString(fourteenth.Content));
        await host.Importer.ImportAsync(fourteenth, allowRemovals: false);
        await host.Importer.ImportAsync(new ImportSource("长沙十五五.txt", Encoding.UTF8.GetBytes(text), "test"), allowRemovals: false);

        var again = await host.Importer.ImportAsync(new ImportSource("长沙十五五-修订.txt", Encoding.UTF8.GetBytes(text.Replace("212.7", "215", StringComparison.Ordinal)), "test"), allowRemovals: false);

        Assert.Equal(ImportOutcome.Updated, again.Outcome);
        await using var context = host.NewContext();
        var targets = await context.Indicators.AsNoTracking().Where(i => i.Name == "失业保险参保人数")
            .Join(context.Plans, i => i.PlanId, p => p.Id, (i, p) => new { p.PeriodStart, i.Target.Value }).OrderBy(r => r.PeriodStart).ToListAsync();
        Assert.Equal([(2021, (decimal?)212.7m), (2026, (decimal?)215m)], targets.Select(t => (t.PeriodStart, t.Value)));
    }
}
