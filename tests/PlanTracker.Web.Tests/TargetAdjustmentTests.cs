using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.TargetAdjustments;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// 规划调整 end to end, in a portal of its own: an admin lowers 长沙 失业保险参保人数 (seeds/001: 182.8 → 212.7 万人, 约束性)
/// to 200 from 2024 by 长政办函〔2024〕12号; 2023 stays judged on the printed target, 2024 on the new one (worked by hand);
/// only admins record, every rule has its message, and both the change and its undo are audited.
/// </summary>
public class TargetAdjustmentTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Insured = "失业保险参保人数";

    [Fact]
    public async Task Each_year_is_judged_against_the_target_in_force_in_it_and_the_printed_target_stays_beside_it()
    {
        var (regionId, indicatorId, _) = await ChangshaAsync();
        await WriteValuesAsync(indicatorId, (2023, 195m), (2024, 195m));
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var adjustments = admin.ServiceProvider.GetRequiredService<TargetAdjustmentService>();
        var dashboards = leader.ServiceProvider.GetRequiredService<DashboardService>();

        var recorded = await adjustments.RecordAsync(Request(indicatorId, 2024, "200"));

        Assert.True(recorded.Succeeded, recorded.Message);
        // 2023 (τ 60%) on the printed 212.7: 12.2 / 29.9 = 40.8% → 滞后; 2024 (τ 80%) on 200: 12.2 / 17.2 = 70.9% → 基本符合预期.
        var in2023 = (await dashboards.GetAsync(regionId, 2023, ValueScope.All))!.Indicators.Single(i => i.Name == Insured);
        var in2024 = (await dashboards.GetAsync(regionId, 2024, ValueScope.All))!.Indicators.Single(i => i.Name == Insured);
        Assert.Equal((ProgressStatus.Behind, null), (in2023.Progress.Status, in2023.Adjustment?.Target.Text));
        Assert.Equal((ProgressStatus.OnTrack, "200"), (in2024.Progress.Status, in2024.Adjustment?.Target.Text));
        Assert.Equal("212.7", in2024.Target);
        var audit = await SingleAuditAsync(AuditActions.TargetAdjusted);
        Assert.Equal("“失业保险参保人数”目标自 2024 年起由 212.7 调整为 200（长政办函〔2024〕12号，2024-03-15）", audit);

        var list = (await adjustments.ListAsync(await PlanIdAsync()))!;
        var row = Assert.Single(list.Rows);
        Assert.Equal((Insured, "212.7", "200", 2024, "长政办函〔2024〕12号"), (row.Indicator, row.PrintedTarget, row.AdjustedTarget, row.EffectiveYear, row.DocumentNumber));

        await using (var otherCity = await UserScopes.ForAsync(portal, "zhuzhou-reporter"))
        {
            Assert.Null(await otherCity.ServiceProvider.GetRequiredService<TargetAdjustmentService>().ListAsync(await PlanIdAsync()));
        }

        var removed = await adjustments.RemoveAsync(row.Id);
        Assert.True(removed.Succeeded, removed.Message);
        // Back on 212.7: 40.8% against τ 80% → 39.2 points behind → 严重滞后.
        Assert.Equal(ProgressStatus.SeverelyBehind, (await dashboards.GetAsync(regionId, 2024, ValueScope.All))!.Indicators.Single(i => i.Name == Insured).Progress.Status);
        Assert.StartsWith("撤销“失业保险参保人数”自 2024 年起调整为 200", await SingleAuditAsync(AuditActions.TargetAdjustmentRemoved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admin_records_and_each_rule_says_what_is_wrong()
    {
        var (_, insuredId, employmentId) = await ChangshaAsync();
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var adjustments = admin.ServiceProvider.GetRequiredService<TargetAdjustmentService>();

        var byLeader = await leader.ServiceProvider.GetRequiredService<TargetAdjustmentService>().RecordAsync(Request(insuredId, 2025, "205"));
        var outsidePeriod = await adjustments.RecordAsync(Request(insuredId, 2031, "205"));
        var words = await adjustments.RecordAsync(Request(insuredId, 2025, "约二百"));
        var notCumulative = await adjustments.RecordAsync(Request(employmentId, 2025, "80"));
        var future = await adjustments.RecordAsync(Request(insuredId, 2025, "205") with { ApprovedOn = DateTime.UtcNow.AddDays(40) });
        var noDocument = await adjustments.RecordAsync(Request(insuredId, 2025, "205") with { DocumentNumber = " " });
        var first = await adjustments.RecordAsync(Request(insuredId, 2025, "205"));
        var twice = await adjustments.RecordAsync(Request(insuredId, 2025, "206"));

        Assert.Equal(OutcomeKind.Refused, byLeader.Kind);
        Assert.Equal("年度必须在规划期 2021—2025年内。", outsidePeriod.Message);
        Assert.StartsWith("请填写调整后的目标值", words.Message, StringComparison.Ordinal);
        Assert.Equal("“城镇新增就业人数”是规划期累计指标（原目标 [75]），调整后的目标也应写在 [ ] 中，如 [80]。", notCumulative.Message);
        Assert.Equal("批准日期不能晚于今天。", future.Message);
        Assert.Equal("请填写批准调整的文件文号。", noDocument.Message);
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal("“失业保险参保人数”已有 2025 年起的调整；如需更正，请先撤销该调整。", twice.Message);
        await using var context = await NewContextAsync();
        Assert.Equal(["205"], await context.TargetAdjustments.Where(a => a.IndicatorId == insuredId).Select(a => a.Target.Text).ToListAsync());
        Assert.Equal(await context.TargetAdjustments.CountAsync(), await context.AuditEvents.CountAsync(e => e.Action == AuditActions.TargetAdjusted)
            - await context.AuditEvents.CountAsync(e => e.Action == AuditActions.TargetAdjustmentRemoved));
        await adjustments.RemoveAsync((await context.TargetAdjustments.SingleAsync(a => a.IndicatorId == insuredId && a.EffectiveYear == 2025)).Id);
    }

    private sealed record RequestValues(int IndicatorId, int EffectiveYear, string Target, string DocumentNumber, DateTime ApprovedOn)
    {
        public static implicit operator RecordTargetAdjustmentRequest(RequestValues v) =>
            new() { IndicatorId = v.IndicatorId, EffectiveYear = v.EffectiveYear, Target = v.Target, DocumentNumber = v.DocumentNumber, ApprovedOn = v.ApprovedOn, Reason = "参保扩面受经济形势影响" };
    }

    private static RequestValues Request(int indicatorId, int year, string target) => new(indicatorId, year, target, "长政办函〔2024〕12号", new DateTime(2024, 3, 15));

    private async Task<(int RegionId, int IndicatorId, int EmploymentId)> ChangshaAsync()
    {
        await using var context = await NewContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
        var ids = await context.Indicators.Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId && p.PeriodStart == 2021))
            .ToDictionaryAsync(i => i.Name, i => i.Id);
        return (regionId, ids[Insured], ids["城镇新增就业人数"]);
    }

    private async Task<int> PlanIdAsync()
    {
        await using var context = await NewContextAsync();
        return await context.Plans.Where(p => p.Region!.Name == "长沙市" && p.PeriodStart == 2021).Select(p => p.Id).SingleAsync();
    }

    private Task WriteValuesAsync(int indicatorId, params (int Year, decimal Value)[] values) => PlainSql.UpsertValuesAsync(portal.ConnectionString, indicatorId, values);

    private async Task<string?> SingleAuditAsync(string action)
    {
        await using var context = await NewContextAsync();
        return await context.AuditEvents.Where(e => e.Action == action).OrderByDescending(e => e.Id).Select(e => e.Detail).FirstAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
