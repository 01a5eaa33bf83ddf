using Bunit;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>What the entry page says above the table after a save, and the status chip beside 报告状态.</summary>
public class EntryAlertsTests : PortalComponentTest
{
    [Fact]
    public void A_refused_save_says_how_many_places_need_a_fix_and_lists_them()
    {
        var result = SavedProgress.Fail(OutcomeKind.Invalid, "“基本养老保险参保覆盖率”是百分比，应在 0 到 100 之间。", "“城镇新增就业人数”不能为负数。");
        var cut = Render<EntryAlerts>(p => p.Add(a => a.Result, result));

        Assert.Equal("未保存：2 处需要修改，已在表中相应的行标出。", cut.Find(".entry-errors-lead").TextContent);
        var errors = cut.FindAll("[data-testid='entry-error']");
        Assert.Equal(["“基本养老保险参保覆盖率”是百分比，应在 0 到 100 之间。", "“城镇新增就业人数”不能为负数。"], errors.Select(e => e.TextContent.Trim()));
        Assert.All(errors, e => Assert.Contains("mud-alert-text-error", e.ClassName, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid='entry-saved']"));
    }

    [Fact]
    public void A_conflict_is_a_warning_without_the_count_and_a_save_is_confirmed_with_its_time()
    {
        var conflict = SavedProgress.Fail(OutcomeKind.Conflict, "您打开此页后，其他人也修改了 2023 年的 1 项指标……");
        var cut = Render<EntryAlerts>(p => p.Add(a => a.Result, conflict));
        Assert.Contains("mud-alert-text-warning", cut.Find("[data-testid='entry-error']").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".entry-errors-lead"));

        var saved = SavedProgress.Fail(OutcomeKind.Succeeded) with { Errors = [] };
        cut.Render(p => p.Add(a => a.Result, saved).Add(a => a.SavedAt, new DateTime(2025, 3, 10, 9, 30, 5)));
        Assert.Equal("已保存（09:30:05）。", cut.Find("[data-testid='entry-saved']").TextContent.Trim());
    }

    [Fact]
    public void A_restored_draft_can_be_discarded()
    {
        var discarded = 0;
        var cut = Render<EntryAlerts>(p => p.Add(a => a.RestoredDraftAt, new DateTimeOffset(2025, 3, 10, 1, 2, 3, TimeSpan.Zero)).Add(a => a.OnDiscardDraft, () => discarded++));

        Assert.Contains("已恢复您 03-10 09:02:03 自动保存", cut.Find("[data-testid='entry-draft-restored']").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid='entry-discard-draft']").Click();
        Assert.Equal(1, discarded);
    }

    [Theory]
    [InlineData(ReportStatus.Draft, "草稿", "warning")]
    [InlineData(ReportStatus.Submitted, "已提交", "info")]
    [InlineData(ReportStatus.Returned, "已退回", "error")]
    [InlineData(ReportStatus.Approved, "已审核", "success")]
    [InlineData(null, "未开始", "default")]
    public void Each_report_status_has_its_own_chip(ReportStatus? status, string text, string color)
    {
        var cut = Render<ReportStatusChip>(p => p.Add(c => c.Status, status).Add(c => c.TestId, "entry-status"));

        Assert.Equal(text, cut.Find("[data-testid='entry-status']").TextContent);
        Assert.Contains($"mud-chip-color-{color}", cut.Find(".mud-chip").ClassName, StringComparison.Ordinal);
    }
}
