using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Notifications;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A return's comments on 专栏 items and 重点项目, beside those on indicators (逐项意见). 湘西 2023 (seeds/002): 专栏1's
/// 城镇登记失业率, 专栏3 item 1 落实高校毕业生“三支一扶”计划, and 专栏2's project 湘西州创新创业孵化基地建设.
/// </summary>
public class WorkRowCommentTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Item = "落实高校毕业生“三支一扶”计划";
    private const string Project = "湘西州创新创业孵化基地建设";

    [Fact]
    public async Task A_return_comments_on_items_and_projects_and_the_reporter_is_sent_to_the_first_of_them()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        var asLeader = leader.ServiceProvider.GetRequiredService<ReportReviewService>();
        var (regionId, version) = await SubmitAsync(reporter, 2023);
        var work = (await reporter.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2023))!;
        var item = ReportRow.Item(work.Columns.Single(c => c.Number == 3).Items.Single(i => i.Number == 1 && i.Title == Item).ItemId);
        var project = ReportRow.Project(work.Projects.Single(p => p.Name == Project).ProjectId);
        await using var context = NewContext();
        var changshaItem = await context.SpecialColumnItems
            .Where(i => context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && context.Plans.Any(p => p.Id == c.PlanId && p.Region!.Name == "长沙市")))
            .Select(i => i.Id).FirstAsync();

        // Another city's item is refused inside the lock: nothing moves.
        var foreign = await asLeader.MoveAsync(regionId, 2023, version, ReportAction.Return, null, [new RowComment(ReportRow.Item(changshaItem), "请补充")]);
        Assert.Equal((OutcomeKind.Refused, "逐项意见所指的指标、专栏条目或项目不在本市规划中，请刷新页面后重新填写。"), (foreign.Kind, foreign.Message));
        Assert.Equal((ReportStatus.Submitted, version), await asLeader.StateAsync(regionId, 2023));

        // The project first, the item second: read back in the report's order (items before projects).
        var returned = await asLeader.MoveAsync(regionId, 2023, version, ReportAction.Return, null,
            [new RowComment(project, "请填写本年完成投资"), new RowComment(item, " 进展说明请写明招募人数 ")]);
        Assert.True(returned.Succeeded, returned.Message);

        var current = (await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().CurrentReturnAsync(regionId, 2023))!;
        Assert.Equal(
            [new RowCommentView(item, $"{Item}（专栏3）", "进展说明请写明招募人数"), new RowCommentView(project, $"{Project}（重点项目）", "请填写本年完成投资")],
            current.Rows);
        var notice = (await reporter.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.Returned && n.Title.StartsWith("2023", StringComparison.Ordinal));
        Assert.Equal(($"progress?year=2023&item={item.Id}", "去修改专栏"), (notice.Href, notice.Action));
        Assert.EndsWith($"逐项意见 2 条：{Item}（专栏3）、{Project}（重点项目）", notice.Detail, StringComparison.Ordinal);
        var audited = await context.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.ReportReturned && e.Target == $"progress/regions/{regionId}/2023").Select(e => e.Detail).SingleAsync();
        Assert.Equal($"2023年报告改为“已退回”（逐项意见 2 条：{Item}（专栏3）、{Project}（重点项目））", audited);
    }

    [Fact]
    public async Task Indicator_rows_come_first_and_a_resubmitted_report_shows_the_leader_what_was_asked()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        var asLeader = leader.ServiceProvider.GetRequiredService<ReportReviewService>();
        var (regionId, version) = await SubmitAsync(reporter, 2022);
        var entry = (await reporter.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(2022))!;
        var registered = ReportRow.Indicator(entry.Rows.Single(r => r.Name == "城镇登记失业率").IndicatorId);
        var work = (await reporter.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2022))!;
        var project = ReportRow.Project(work.Projects.Single(p => p.Name == Project).ProjectId);

        var returned = await asLeader.MoveAsync(regionId, 2022, version, ReportAction.Return, "请按各行意见修改",
            [new RowComment(project, "请填写本年完成投资"), new RowComment(registered, "与人社厅通报数不一致")]);
        Assert.True(returned.Succeeded, returned.Message);
        var notice = (await reporter.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.Returned && n.Title.StartsWith("2022", StringComparison.Ordinal));
        Assert.Equal(($"progress?year=2022&row={registered.Id}", "去修改指标"), (notice.Href, notice.Action));

        var (_, resubmitted) = await SubmitAsync(reporter, 2022);
        var asked = (await asLeader.LatestMoveAsync(regionId, 2022, ReportAction.Return))!;
        Assert.Equal(["城镇登记失业率", $"{Project}（重点项目）"], asked.Rows.Select(r => r.Name));
        Assert.Equal((ReportStatus.Submitted, resubmitted), await asLeader.StateAsync(regionId, 2022));
    }

    [Fact]
    public async Task A_row_of_the_citys_plan_for_another_period_is_refused()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        var (regionId, version) = await SubmitAsync(reporter, 2024);
        await using var context = NewContext();
        var now = DateTimeOffset.UtcNow;
        var next = new PlanTracker.Domain.Plans.Plan { Title = "湘西自治州“十五五”人力资源和社会保障事业发展规划", RegionId = regionId, PeriodStart = 2026, PeriodEnd = 2030, CreatedAt = now, UpdatedAt = now };
        var jobs = new PlanTracker.Domain.Plans.Indicator { Ordinal = 1, Number = 1, Category = "就业", Name = "城镇新增就业人数", Unit = "万人", Baseline = PlanTracker.Domain.Plans.Measure.Parse("[10]"), Target = PlanTracker.Domain.Plans.Measure.Parse("[11]"), Cumulative = true };
        next.Indicators.Add(jobs);
        context.Plans.Add(next);
        await context.SaveChangesAsync();

        // The 2024 report is judged on the 十四五 plan: the 十五五 plan's row of the same name is not one of its rows.
        var refused = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(regionId, 2024, version, ReportAction.Return, null, [new RowComment(ReportRow.Indicator(jobs.Id), "请核实")]);

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.Equal((ReportStatus.Submitted, version), await leader.ServiceProvider.GetRequiredService<ReportReviewService>().StateAsync(regionId, 2024));
    }

    [Fact]
    public async Task The_database_holds_each_row_comment_to_exactly_one_row()
    {
        await using var context = NewContext();
        var indicator = await context.Indicators.Select(i => i.Id).FirstAsync();
        var item = await context.SpecialColumnItems.Select(i => i.Id).FirstAsync();
        var report = new CityYearReport { RegionId = await context.Regions.Select(r => r.Id).FirstAsync(), Year = 2030, Status = ReportStatus.Returned, UpdatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow };
        context.CityYearReports.Add(report);
        await context.SaveChangesAsync();
        var comment = new ReportComment { CityYearReportId = report.Id, Action = "Return", Author = "test", WrittenAt = DateTimeOffset.UtcNow };
        context.ReportComments.Add(comment);
        await context.SaveChangesAsync();

        foreach (var (indicatorId, itemId) in new (int?, int?)[] { (indicator, item), (null, null) })
        {
            context.ReportRowComments.Add(new ReportRowComment { ReportCommentId = comment.Id, IndicatorId = indicatorId, SpecialColumnItemId = itemId, Text = "核实" });
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.Equal("ck_report_row_comments_one_row", Assert.IsType<PostgresException>(refused.InnerException).ConstraintName);
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Saves a value with its note and hands the year in: (region, the submitted report's version).</summary>
    private static async Task<(int RegionId, uint Version)> SubmitAsync(AsyncServiceScope reporter, int year)
    {
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(year))!;
        var surveyed = form.Request.Rows.Single(r => r.Name == "城镇调查失业率");
        (surveyed.Value, surveyed.Note) = (4.8m, $"{year}年抽样调查");
        var saved = await entry.SaveAsync(form.Request);
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, year, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        return (form.RegionId, submitted.Value!.Version);
    }

    private PlanTrackerDbContext NewContext() => new(PlanTracker.Data.ServiceCollectionExtensions.CreateOptions(portal.ConnectionString));
}
