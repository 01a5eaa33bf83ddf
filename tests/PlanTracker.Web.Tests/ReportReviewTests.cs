using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Notifications;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>The yearly report's workflow: submit, return with a comment, resubmit, approve (read-only), reopen with a reason.</summary>
public class ReportReviewTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task A_year_goes_from_draft_to_approved_through_a_return_and_reopens_with_a_reason()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var asReporter = reporter.ServiceProvider.GetRequiredService<ReportReviewService>();
        var asLeader = leader.ServiceProvider.GetRequiredService<ReportReviewService>();
        var asAdmin = admin.ServiceProvider.GetRequiredService<ReportReviewService>();
        var form = (await entry.LoadAsync(2024))!;
        form.Request.Rows[0].Value = 15m;
        var saved = await entry.SaveAsync(form.Request);
        var region = form.RegionId;

        var submitted = await asReporter.MoveAsync(region, 2024, saved.Value!.Version, ReportAction.Submit, null);
        var returnWithoutComment = await asLeader.MoveAsync(region, 2024, submitted.Value!.Version, ReportAction.Return, " ");
        var returned = await asLeader.MoveAsync(region, 2024, submitted.Value!.Version, ReportAction.Return, "失业保险参保人数请附数据来源");
        form.Request.Version = returned.Value!.Version;
        form.Request.Rows[0].Source = "市统计局";
        var resaved = await entry.SaveAsync(form.Request);
        var resubmitted = await asReporter.MoveAsync(region, 2024, resaved.Value!.Version, ReportAction.Submit, null);
        var approved = await asLeader.MoveAsync(region, 2024, resubmitted.Value!.Version, ReportAction.Approve, "同意");
        form.Request.Version = approved.Value!.Version;
        var editAfterApproval = await entry.SaveAsync(form.Request);
        var reopenWithoutReason = await asAdmin.MoveAsync(region, 2024, approved.Value!.Version, ReportAction.Reopen, null);
        var reopened = await asAdmin.MoveAsync(region, 2024, approved.Value!.Version, ReportAction.Reopen, "统计局修订了年报数");

        Assert.Equal(ReportStatus.Submitted, submitted.Value!.Status);
        Assert.Equal("退回时请写明需要修改的内容（总体意见或逐项意见）。", returnWithoutComment.Message);
        Assert.Equal(ReportStatus.Returned, returned.Value!.Status);
        Assert.Equal(OutcomeKind.Succeeded, resaved.Kind);
        Assert.Equal(ReportStatus.Approved, approved.Value!.Status);
        Assert.Equal(OutcomeKind.Refused, editAfterApproval.Kind);
        Assert.Equal(["2024年报告已审核，不能再修改。"], editAfterApproval.Errors);
        Assert.Equal("重新打开时请写明原因。", reopenWithoutReason.Message);
        Assert.Equal(ReportStatus.Returned, reopened.Value!.Status);
        var thread = await asLeader.ThreadAsync(region, 2024);
        Assert.Equal(
            [("Submit", null), ("Return", "失业保险参保人数请附数据来源"), ("Submit", null), ("Approve", "同意"), ("Reopen", "统计局修订了年报数")],
            thread.Select(c => (c.Action, c.Text)));
    }

    [Fact]
    public async Task A_report_with_gaps_is_listed_before_approval_and_approving_it_needs_a_reason()
    {
        // 2022 of 长沙: one value typed (城镇新增就业人数 16), everything else of the plan (seeds/001: 13 indicators, the
        // 专栏 items of its columns and no projects) left empty.
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var asLeader = leader.ServiceProvider.GetRequiredService<ReportReviewService>();
        await using (var clean = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync())
        {
            // The portal's demo values of 2022 go: the year starts empty (no other test of this class uses 2022).
            await clean.IndicatorValues.Where(v => v.Year == 2022 && clean.Indicators.Any(i => i.Id == v.IndicatorId && clean.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == "长沙市"))).ExecuteDeleteAsync();
        }

        var form = (await entry.LoadAsync(2022))!;

        form.Request.Rows.Single(r => r.IndicatorId == form.Rows.Single(i => i.Name == "城镇新增就业人数").IndicatorId).Value = 16m;
        var saved = await entry.SaveAsync(form.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2022, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var planId = await context.Plans.Where(p => p.RegionId == form.RegionId && p.PeriodStart == 2021).Select(p => p.Id).SingleAsync();
        var itemCount = await context.SpecialColumnItems.CountAsync(i => context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && c.PlanId == planId && c.Kind == "items"));
        var reported = await context.ItemProgress.CountAsync(p => p.Year == 2022 && context.SpecialColumnItems.Any(i => i.Id == p.SpecialColumnItemId && context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && c.PlanId == planId)));

        var checks = await asLeader.ChecksAsync(form.RegionId, 2022);
        var withoutReason = await asLeader.MoveAsync(form.RegionId, 2022, submitted.Value!.Version, ReportAction.Approve, "  ");
        var withReason = await asLeader.MoveAsync(form.RegionId, 2022, submitted.Value!.Version, ReportAction.Approve, "其余指标由统计年鉴补报，先行审核");

        Assert.Equal(12, checks.Gaps.Count(g => g.Kind == ReviewGapKind.MissingValue));
        Assert.DoesNotContain(checks.Gaps, g => g.Subject == "城镇新增就业人数");
        Assert.Equal(itemCount - reported, checks.Gaps.Count(g => g.Kind == ReviewGapKind.WorkNotReported));
        Assert.Equal(OutcomeKind.Refused, withoutReason.Kind);
        Assert.StartsWith($"报告尚有 {checks.Gaps.Count} 项缺漏（未填报数值 12 项", withoutReason.Message, StringComparison.Ordinal);
        Assert.EndsWith("审核通过须在“意见 / 原因”中说明理由。", withoutReason.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Approved, withReason.Value!.Status);
        Assert.Equal(("Approve", "其余指标由统计年鉴补报，先行审核"), (await asLeader.ThreadAsync(form.RegionId, 2022)).Select(c => (c.Action, c.Text)).Last());
    }

    [Fact]
    public async Task Only_the_citys_own_leader_reviews_and_a_stale_version_is_refused()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2025))!;
        form.Request.Rows[0].Value = 2m;
        var saved = await entry.SaveAsync(form.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2025, saved.Value!.Version, ReportAction.Submit, null);

        await using var otherLeader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var ownReporter = reporter;
        await using var ownLeader = await UserScopes.ForAsync(portal, "ezhou-leader");
        var byOtherLeader = await otherLeader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2025, submitted.Value!.Version, ReportAction.Approve, null);
        var byReporter = await ownReporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2025, submitted.Value!.Version, ReportAction.Approve, null);
        var stale = await ownLeader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2025, saved.Value!.Version, ReportAction.Approve, null);

        Assert.False(byOtherLeader.Succeeded);
        Assert.False(byReporter.Succeeded);
        Assert.Equal("该报告已被他人更新，请刷新页面后再操作。", stale.Message);
        Assert.Equal((ReportStatus.Submitted, submitted.Value!.Version), await ownLeader.ServiceProvider.GetRequiredService<ReportReviewService>().StateAsync(form.RegionId, 2025));
    }

    [Fact]
    public async Task Every_write_to_a_citys_year_is_audited_in_its_transaction_and_a_refused_one_is_not()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "zhuzhou-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "zhuzhou-leader");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var items = reporter.ServiceProvider.GetRequiredService<ItemProgressService>();
        var form = (await entry.LoadAsync(2023))!;
        // A 预期性 rate: a submit needs no cause and measures for it; the note answers any warning the value raises.
        var rate = form.Request.Rows.First(r => r.Unit == "%" && !r.Context!.Binding);
        (rate.Value, rate.Note) = (96m, "测试");
        var saved = await entry.SaveAsync(form.Request);
        var itemForm = (await items.LoadAsync(2023))!;
        (itemForm.Request.Items[0].PercentComplete, itemForm.Request.Items[0].Status) = (40m, WorkStatus.InProgress);
        var itemsSaved = await items.SaveAsync(itemForm.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, itemsSaved.Value, ReportAction.Submit, null);
        var approveStale = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, saved.Value!.Version, ReportAction.Approve, null);
        var returned = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, submitted.Value!.Version, ReportAction.Return, "请补充数据来源");

        Assert.Equal((OutcomeKind.Succeeded, OutcomeKind.Succeeded, true, false, true), (saved.Kind, itemsSaved.Kind, submitted.Succeeded, approveStale.Succeeded, returned.Succeeded));
        await using var context = new PlanTrackerDbContext(PlanTracker.Data.ServiceCollectionExtensions.CreateOptions(portal.ConnectionString));
        var trail = await context.AuditEvents.AsNoTracking()
            .Where(e => e.Target == $"progress/regions/{form.RegionId}/2023")
            .OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.UserName, e.Detail, e.RegionId })
            .ToListAsync();
        // Each of them is 株洲's business: the audit page's city filter finds them (AuditEvent.RegionId).
        Assert.All(trail, e => Assert.Equal(form.RegionId, e.RegionId));
        Assert.Equal(
            [
                (AuditActions.ValuesSaved, "zhuzhou-reporter", "保存 1 项指标"),
                (AuditActions.ItemProgressSaved, "zhuzhou-reporter", "保存 1 项专栏、0 个项目的进度"),
                (AuditActions.ReportSubmitted, "zhuzhou-reporter", "2023年报告改为“已提交”"),
                (AuditActions.ReportReturned, "zhuzhou-leader", "2023年报告改为“已退回”：请补充数据来源"),
            ],
            trail.Select(e => (e.Action, e.UserName!, e.Detail!)));
    }

    [Fact]
    public async Task A_return_with_row_comments_reaches_the_reporter_on_those_rows_in_the_plans_order()
    {
        // 湘西 2023. seeds/002 专栏1 lists 1.城镇新增就业人数, 2.城镇调查失业率, 3.城镇登记失业率 in that order.
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        await using var otherLeader = await UserScopes.ForAsync(portal, "changsha-leader");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var asReporter = reporter.ServiceProvider.GetRequiredService<ReportReviewService>();
        var asLeader = leader.ServiceProvider.GetRequiredService<ReportReviewService>();
        var form = (await entry.LoadAsync(2023))!;
        int Id(string name) => form.Rows.Single(r => r.Name == name).IndicatorId;
        var surveyed = form.Request.Rows.Single(r => r.IndicatorId == Id("城镇调查失业率"));
        (surveyed.Value, surveyed.Note) = (4.8m, "测试");
        var saved = await entry.SaveAsync(form.Request);
        var submitted = await asReporter.MoveAsync(form.RegionId, 2023, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        await using var context = new PlanTrackerDbContext(PlanTracker.Data.ServiceCollectionExtensions.CreateOptions(portal.ConnectionString));
        var changshaIndicator = await context.Indicators.Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == "长沙市")).Select(i => i.Id).FirstAsync();
        var leaderName = await context.Users.Where(u => u.UserName == "xiangxi-leader").Select(u => u.DisplayName).SingleAsync();

        // A row of another city's plan is refused inside the lock: nothing moves, nothing is written.
        var foreign = await asLeader.MoveAsync(form.RegionId, 2023, submitted.Value!.Version, ReportAction.Return, null, [new RowComment(ReportRow.Indicator(changshaIndicator), "请核实")]);
        Assert.Equal((OutcomeKind.Refused, "逐项意见所指的指标、专栏条目或项目不在本市规划中，请刷新页面后重新填写。"), (foreign.Kind, foreign.Message));
        Assert.Equal((ReportStatus.Submitted, submitted.Value.Version), await asLeader.StateAsync(form.RegionId, 2023));
        Assert.Equal(["Submit"], (await asLeader.ThreadAsync(form.RegionId, 2023)).Select(c => c.Action));

        // Written in the reverse order, without an overall comment: the rows alone say what to change.
        var returned = await asLeader.MoveAsync(form.RegionId, 2023, submitted.Value.Version, ReportAction.Return, null,
            [new RowComment(ReportRow.Indicator(Id("城镇登记失业率")), " 与人社厅通报数不一致，请核实 "), new RowComment(ReportRow.Indicator(Id("城镇新增就业人数")), "请注明数据来源")]);
        Assert.True(returned.Succeeded, returned.Message);

        var current = (await asReporter.CurrentReturnAsync(form.RegionId, 2023))!;
        Assert.Equal((null, leaderName), (current.Text, current.Author));
        Assert.Equal(
            [new RowCommentView(ReportRow.Indicator(Id("城镇新增就业人数")), "城镇新增就业人数", "请注明数据来源"), new RowCommentView(ReportRow.Indicator(Id("城镇登记失业率")), "城镇登记失业率", "与人社厅通报数不一致，请核实")],
            current.Rows);
        Assert.Null(await otherLeader.ServiceProvider.GetRequiredService<ReportReviewService>().CurrentReturnAsync(form.RegionId, 2023));

        // The reporter's notice links to the first commented row and names them all.
        var notice = (await reporter.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.Returned);
        Assert.Equal(
            ($"progress?year=2023&row={Id("城镇新增就业人数")}", $"{leaderName}：见逐项意见；逐项意见 2 条：城镇新增就业人数、城镇登记失业率", "去修改指标"),
            (notice.Href, notice.Detail, notice.Action));
        var audited = await context.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.ReportReturned && e.Target == $"progress/regions/{form.RegionId}/2023").Select(e => e.Detail).SingleAsync();
        Assert.Equal("2023年报告改为“已退回”（逐项意见 2 条：城镇新增就业人数、城镇登记失业率）", audited);

        // Handed in again: the return is history, kept in the thread with its rows.
        var fixedForm = (await entry.LoadAsync(2023))!;
        fixedForm.Request.Rows.Single(r => r.IndicatorId == Id("城镇新增就业人数")).Source = "州统计局";
        var resaved = await entry.SaveAsync(fixedForm.Request);
        var resubmitted = await asReporter.MoveAsync(form.RegionId, 2023, resaved.Value!.Version, ReportAction.Submit, null);
        Assert.True(resubmitted.Succeeded, resubmitted.Message);
        Assert.Null(await asReporter.CurrentReturnAsync(form.RegionId, 2023));
        var thread = await asLeader.ThreadAsync(form.RegionId, 2023);
        Assert.Equal(["城镇新增就业人数", "城镇登记失业率"], thread.Single(c => c.Action == "Return").Rows.Select(r => r.Name));
    }
}
