using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A continuing indicator across plans: 益阳 (the 长沙 text of seeds/001 under another name) gets its 十四五 plan and a
/// 十五五 plan written from it; 失业保险参保人数 is followed from the 十三五 results printed in the 14th plan (118.23 in
/// 2015, 182.8 in 2020: its “十三五”完成情况 table) through the 14th plan's path (182.8 → 212.7) and reported years into the
/// 15th plan's. Own portal.
/// </summary>
public class LongRunTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Insured = "失业保险参保人数";

    [Fact]
    public async Task An_indicator_is_followed_from_the_previous_periods_results_through_both_plans()
    {
        var (regionId, fourteenth, fifteenth) = await ImportBothAsync();
        await WriteAsync(fourteenth, (2024, 205m), (2025, 214.1m));
        await WriteAsync(fifteenth, (2026, 216m));
        await using var scope = await UserScopes.ForAsync(portal, "province");

        var run = await scope.ServiceProvider.GetRequiredService<LongRunService>().ForIndicatorAsync(regionId, fifteenth, ValueScope.All);

        Assert.NotNull(run);
        Assert.Equal((2015, 2030, false), (run.FromYear, run.ToYear, run.Cumulative));
        Assert.Equal([new ChartPoint(2015, 118.23m), new ChartPoint(2020, 182.8m)], run.PreviousResults);
        Assert.Equal("“十三五”", run.PreviousName);
        Assert.Equal(2, run.Plans.Count);
        Assert.Equal([new ChartPoint(2020, 182.8m), new ChartPoint(2025, 212.7m)], run.Plans[0].Path);
        Assert.Equal([new ChartPoint(2024, 205m), new ChartPoint(2025, 214.1m)], run.Plans[0].Values);
        Assert.Equal([new ChartPoint(2026, 216m)], run.Plans[1].Values);
        Assert.Equal((2025, 2030), (run.Plans[1].Path[0].Year, run.Plans[1].Path[^1].Year));
        // The same run from the 14th plan's row.
        Assert.Equal(run.Plans.Count, (await scope.ServiceProvider.GetRequiredService<LongRunService>().ForIndicatorAsync(regionId, fourteenth, ValueScope.All))!.Plans.Count);
    }

    [Fact]
    public async Task A_city_with_one_plan_has_no_long_run_and_another_citys_reporter_reads_none()
    {
        var (regionId, _, fifteenth) = await ImportBothAsync();
        await using var changsha = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var changshaId = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
        var changshaInsured = await context.Indicators.Where(i => i.Name == Insured && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == changshaId)).Select(i => i.Id).SingleAsync();
        var service = changsha.ServiceProvider.GetRequiredService<LongRunService>();

        Assert.Null(await service.ForIndicatorAsync(changshaId, changshaInsured, ValueScope.All));
        Assert.Null(await service.ForIndicatorAsync(regionId, fifteenth, ValueScope.All));
    }

    [Fact]
    public async Task The_comparison_draws_every_city_across_both_periods_and_only_for_the_province()
    {
        var (_, fourteenth, fifteenth) = await ImportBothAsync();
        await WriteAsync(fourteenth, (2024, 205m), (2025, 214.1m));
        await WriteAsync(fifteenth, (2026, 216m));
        await using var province = await UserScopes.ForAsync(portal, "province");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var canonicalId = await context.IndicatorMappings.Where(m => m.IndicatorId == fifteenth).Select(m => m.CanonicalIndicatorId).SingleAsync();

        var runs = await province.ServiceProvider.GetRequiredService<Features.Compare.ComparisonService>().AcrossPeriodsAsync(canonicalId, ValueScope.All);

        Assert.NotNull(runs);
        Assert.Equal([new Domain.Plans.PlanPeriod(2021, 2025), new Domain.Plans.PlanPeriod(2026, 2030)], runs.Periods);
        Assert.Equal(2030, runs.ToYear);
        Assert.Equal([new ChartPoint(2024, 205m), new ChartPoint(2025, 214.1m), new ChartPoint(2026, 216m)], runs.Cities.Single(c => c.City == "益阳市").Values);
        Assert.Contains(runs.Cities, c => c.City == "长沙市");
        Assert.Null(await leader.ServiceProvider.GetRequiredService<Features.Compare.ComparisonService>().AcrossPeriodsAsync(canonicalId, ValueScope.All));
    }

    private async Task<(int RegionId, int Fourteenth, int Fifteenth)> ImportBothAsync()
    {
        var text = Browser.SeedTexts.Read("001").Replace("长沙", "益阳", StringComparison.Ordinal);
        var importer = portal.Services.GetRequiredService<PlanImporter>();
        await importer.ImportAsync(new ImportSource("益阳十四五.txt", Encoding.UTF8.GetBytes(text), "admin"), allowRemovals: false);
        await importer.ImportAsync(new ImportSource("益阳十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(text)), "admin"), allowRemovals: false);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == "益阳市").Select(r => r.Id).SingleAsync();
        var ids = await context.Indicators.Where(i => i.Name == Insured && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId))
            .Join(context.Plans, i => i.PlanId, p => p.Id, (i, p) => new { i.Id, p.PeriodStart }).OrderBy(x => x.PeriodStart).Select(x => x.Id).ToListAsync();
        return (regionId, ids[0], ids[1]);
    }

    private Task WriteAsync(int indicatorId, params (int Year, decimal Value)[] values) => PlainSql.UpsertValuesAsync(portal.ConnectionString, indicatorId, values);
}
