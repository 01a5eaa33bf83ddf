using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The entry page's steps (<see cref="EntryPageFlow"/>) on a real database: a draft kept while typing, the save that
/// replaces it, a refused save that keeps it, and the submit that saves first. 长沙 (seeds/001): 城镇新增就业人数 ([75] 万人)
/// and 专栏4 item 职业技能提升行动. Each test keeps to its own year.
/// </summary>
public class EntryPageFlowTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Jobs = "城镇新增就业人数";

    [Fact]
    public async Task A_draft_kept_while_typing_is_gone_once_the_page_is_saved()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var flow = reporter.ServiceProvider.GetRequiredService<EntryPageFlow>();
        await flow.LoadAsync(2023, restoreDraft: true);
        Assert.True(flow.Editable);
        JobsRow(flow).Value = 15.3m;
        flow.Typed();

        Assert.True(await flow.AutosaveAsync());
        var reopened = await ReopenAsync(2023);
        Assert.NotNull(reopened.RestoredDraftAt);
        Assert.Equal(15.3m, JobsRow(reopened).Value);

        var saved = await flow.SaveAsync();

        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        Assert.Equal(($"已保存（{flow.SavedAt:HH:mm:ss}）", Severity.Success), flow.SaveNotice());
        Assert.Equal((1, 1, (DateTimeOffset?)null), (flow.Edits, flow.Saves, flow.AutosavedAt));
        var afterSave = await ReopenAsync(2023);
        Assert.Null(afterSave.RestoredDraftAt);
        Assert.Equal(15.3m, JobsRow(afterSave).Value);
    }

    [Fact]
    public async Task A_refused_save_says_how_many_places_to_mend_and_stores_nothing()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var flow = reporter.ServiceProvider.GetRequiredService<EntryPageFlow>();
        await flow.LoadAsync(2022, restoreDraft: false);
        var before = JobsRow(flow).Value;
        JobsRow(flow).Value = -3m;
        var training = flow.Items!.Request.Items.Single(i => i.Name == "职业技能提升行动");
        (training.PercentComplete, training.Status) = (150m, WorkStatus.InProgress);

        var saved = await flow.SaveAsync();

        Assert.Equal(OutcomeKind.Invalid, saved.Kind);
        Assert.Equal(("保存失败：2 处需要修改", Severity.Error), flow.SaveNotice());
        Assert.Equal(["“城镇新增就业人数”不能为负数。", "“职业技能提升行动”的完成百分比应在 0 到 100 之间。"], saved.Errors);
        Assert.False(flow.SaveWhenBack);
        Assert.Equal(before, JobsRow(await ReopenAsync(2022)).Value);
    }

    [Fact]
    public async Task Submitting_saves_the_input_first_and_leaves_the_page_read_only()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var flow = reporter.ServiceProvider.GetRequiredService<EntryPageFlow>();
        await flow.LoadAsync(2024, restoreDraft: false);
        JobsRow(flow).Value = 16.1m;

        var move = await flow.SubmitAsync();

        Assert.True(move!.Succeeded);
        Assert.Equal(ReportStatus.Submitted, flow.Status);
        Assert.False(flow.Editable);
        var reopened = await ReopenAsync(2024);
        Assert.Equal((ReportStatus.Submitted, (decimal?)16.1m), (reopened.Status, JobsRow(reopened).Value));
    }

    [Fact]
    public async Task An_invalid_page_is_not_submitted()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var flow = reporter.ServiceProvider.GetRequiredService<EntryPageFlow>();
        await flow.LoadAsync(2021, restoreDraft: false);
        var status = flow.Status;
        JobsRow(flow).Value = -1m;

        Assert.Null(await flow.SubmitAsync());

        Assert.Equal(OutcomeKind.Invalid, flow.Result!.Kind);
        Assert.Equal(status, (await ReopenAsync(2021)).Status);
    }

    private static ProgressRowInput JobsRow(EntryPageFlow flow)
    {
        var id = flow.Form!.Rows.Single(r => r.Name == Jobs).IndicatorId;
        return flow.Form.Request.Rows.Single(r => r.IndicatorId == id);
    }

    /// <summary>The page opened again by the same reporter, as a new visit would.</summary>
    private async Task<EntryPageFlow> ReopenAsync(int year)
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var flow = reporter.ServiceProvider.GetRequiredService<EntryPageFlow>();
        await flow.LoadAsync(year, restoreDraft: true);
        return flow;
    }
}
