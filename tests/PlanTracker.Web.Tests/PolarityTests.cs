using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Judgements from an indicator's meaning, end to end in a portal of its own. seeds/001 prints 长沙's
/// 劳动保障监察举报投诉案件结案率 as 100 → 96 (%): a 结案率 is better higher, so 96 is a floor to keep, not a fall to walk
/// (which judged 97 in 2023 as 75% done against τ 60%, 快于预期). seeds/002 prints 湘西's 城镇调查失业率 as — → 5.5%: a
/// ceiling. An admin's polarity on the catalogue indicator overrides what the name says, and is audited.
/// </summary>
public class PolarityTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Complaints = "劳动保障监察举报投诉案件结案率";
    private const string Unemployment = "城镇调查失业率";

    [Fact]
    public async Task A_settlement_rate_printed_falling_is_judged_as_a_floor_until_an_admin_says_otherwise()
    {
        var (regionId, indicatorId) = await PlanRows.RowAsync(portal, "长沙市", Complaints);
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, indicatorId, (2022, 98m), (2023, 97m));
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var dashboards = leader.ServiceProvider.GetRequiredService<DashboardService>();

        var asFloor = (await dashboards.GetAsync(regionId, 2023, ValueScope.All))!.Indicators.Single(i => i.Name == Complaints).Progress;

        Assert.Equal(IndicatorKind.Floor, asFloor.Kind);
        Assert.Equal(ProgressStatus.OnTrack, asFloor.Status);
        Assert.Equal("2023年97，高于96的目标下限", asFloor.Reason);
        Assert.Null(asFloor.RemainingAnnualEffort);

        // The admin says this catalogue indicator follows its printed direction: back to a falling path,
        // (97 − 100) / (96 − 100) = 75% against τ 60% → 快于预期.
        var canonicalId = await CanonicalIdAsync(indicatorId);
        var catalogue = admin.ServiceProvider.GetRequiredService<CatalogueAdminService>();
        var refused = await leader.ServiceProvider.GetRequiredService<CatalogueAdminService>().SetPolarityAsync(canonicalId, Polarity.FromTarget);
        var set = await catalogue.SetPolarityAsync(canonicalId, Polarity.FromTarget);

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.True(set.Succeeded, set.Message);
        var asPath = (await dashboards.GetAsync(regionId, 2023, ValueScope.All))!.Indicators.Single(i => i.Name == Complaints).Progress;
        Assert.Equal((IndicatorKind.LevelDecreasing, 0.75m, ProgressStatus.Ahead), (asPath.Kind, asPath.Completion, asPath.Status));
        Assert.Equal($"“{await CanonicalNameAsync(canonicalId)}”指标方向：按名称（越高越好） → 按目标方向", await LatestAuditAsync(AuditActions.PolaritySet));

        // Unset again: the name decides, a floor once more.
        Assert.True((await catalogue.SetPolarityAsync(canonicalId, null)).Succeeded);
        Assert.Equal(IndicatorKind.Floor, (await dashboards.GetAsync(regionId, 2023, ValueScope.All))!.Indicators.Single(i => i.Name == Complaints).Progress.Kind);
        Assert.Equal(OutcomeKind.Invalid, (await catalogue.SetPolarityAsync(canonicalId, (Polarity)7)).Kind);
        Assert.Equal(OutcomeKind.NotFound, (await catalogue.SetPolarityAsync(int.MaxValue, Polarity.LowerIsBetter)).Kind);
    }

    [Fact]
    public async Task An_unemployment_rate_without_a_baseline_is_a_ceiling_on_the_dashboard()
    {
        var (regionId, indicatorId) = await PlanRows.RowAsync(portal, "湘西自治州", Unemployment);
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, indicatorId, (2022, 5.8m));
        await using var leader = await UserScopes.ForAsync(portal, "admin");

        var progress = (await leader.ServiceProvider.GetRequiredService<DashboardService>().GetAsync(regionId, 2022, ValueScope.All))!.Indicators.Single(i => i.Name == Unemployment).Progress;

        Assert.Equal(IndicatorKind.Ceiling, progress.Kind);
        Assert.Equal(false, progress.BoundRespected);
        Assert.Equal("2022年5.8，超出5.5的控制目标", progress.Reason);
    }

    private async Task<int> CanonicalIdAsync(int indicatorId)
    {
        await using var context = await NewContextAsync();
        return await context.IndicatorMappings.Where(m => m.IndicatorId == indicatorId).Select(m => m.CanonicalIndicatorId).SingleAsync();
    }

    private async Task<string> CanonicalNameAsync(int canonicalId)
    {
        await using var context = await NewContextAsync();
        return await context.CanonicalIndicators.Where(c => c.Id == canonicalId).Select(c => c.Name).SingleAsync();
    }

    private async Task<string?> LatestAuditAsync(string action)
    {
        await using var context = await NewContextAsync();
        return await context.AuditEvents.Where(e => e.Action == action).OrderByDescending(e => e.Id).Select(e => e.Detail).FirstAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
