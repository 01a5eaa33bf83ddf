using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The entry page's one save (issue 15): the indicator rows and the 专栏/project part validated together and written in
/// one transaction and one audit row, and the autosaved draft holding both. 长沙 (seeds/001): 城镇新增就业人数 ([75] 万人)
/// and 专栏4 item 2 职业技能提升行动. Each test keeps to its own year.
/// </summary>
public class PageSaveTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Jobs = "城镇新增就业人数";
    private const string TrainingItem = "职业技能提升行动";

    [Fact]
    public async Task One_save_stores_the_rows_and_the_special_columns_in_one_audited_write()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var (values, items) = await LoadAsync(reporter, 2023);
        values.Request.Rows.Single(r => r.IndicatorId == IdOf(values, Jobs)).Value = 15.3m;
        var training = items.Request.Items.Single(i => i.Name == TrainingItem);
        (training.PercentComplete, training.Status) = (60m, WorkStatus.InProgress);
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();

        var saved = await entry.SaveAsync(values.Request, items.Request);

        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        Assert.Equal((1, 0, 0), (saved.Value!.Work.Items, saved.Value.Work.Projects, saved.Value.Work.TargetValues));
        await using var context = await NewContextAsync();
        Assert.Equal(15.3m, await context.IndicatorValues.Where(v => v.IndicatorId == IdOf(values, Jobs) && v.Year == 2023).Select(v => v.Value).SingleAsync());
        Assert.Equal(60m, await context.ItemProgress.Where(p => p.SpecialColumnItemId == training.ItemId && p.Year == 2023).Select(p => p.PercentComplete).SingleAsync());
        var audit = await context.AuditEvents.AsNoTracking().Where(e => e.Target == $"progress/regions/{values.RegionId}/2023").Select(e => new { e.Action, e.Detail }).ToListAsync();
        Assert.Equal((AuditActions.ValuesSaved, "保存 1 项指标；保存 1 项专栏、0 个项目的进度"), (Assert.Single(audit).Action, audit[0].Detail!));
    }

    [Fact]
    public async Task A_refused_special_column_input_stores_nothing_of_the_page()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var (values, items) = await LoadAsync(reporter, 2022);
        var before = await StoredAsync(IdOf(values, Jobs), 2022);
        values.Request.Rows.Single(r => r.IndicatorId == IdOf(values, Jobs)).Value = 16m;
        var training = items.Request.Items.Single(i => i.Name == TrainingItem);
        (training.PercentComplete, training.Status) = (150m, WorkStatus.InProgress);

        var saved = await reporter.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(values.Request, items.Request);

        Assert.Equal(OutcomeKind.Invalid, saved.Kind);
        Assert.Equal([$"“{TrainingItem}”的完成百分比应在 0 到 100 之间。"], saved.Errors);
        Assert.Equal(before, await StoredAsync(IdOf(values, Jobs), 2022));
        await using var context = await NewContextAsync();
        Assert.False(await context.ItemProgress.AnyAsync(p => p.SpecialColumnItemId == training.ItemId && p.Year == 2022));
    }

    [Fact]
    public async Task The_draft_keeps_the_special_columns_as_typed_and_a_draft_of_rows_only_still_reads()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var drafts = reporter.ServiceProvider.GetRequiredService<EntryDraftService>();
        var (values, items) = await LoadAsync(reporter, 2024);
        var training = items.Request.Items.Single(i => i.Name == TrainingItem);
        (training.PercentComplete, training.UnparsedPercent, training.Status, training.Note) = (null, "六成", WorkStatus.InProgress, "培训中心认定进行中");

        await drafts.SaveAsync(values.Request, items.Request);
        var draft = (await drafts.LoadAsync(values.RegionId, 2024))!;
        var (_, fresh) = await LoadAsync(reporter, 2024);
        var restored = EntryDraftService.ApplyWork(draft, fresh.Request);

        var back = fresh.Request.Items.Single(i => i.Name == TrainingItem);
        Assert.True(restored);
        Assert.Equal(("六成", (WorkStatus?)WorkStatus.InProgress, "培训中心认定进行中"), (back.UnparsedPercent, back.Status, back.Note));
        Assert.All(fresh.Request.Items.Where(i => i.Name != TrainingItem), i => Assert.True(i.IsEmpty));

        // A draft kept before the 专栏 part was (a bare array of rows) is read as rows only.
        await using (var context = await NewContextAsync())
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE entry_drafts SET content = CAST({$"[{{\"IndicatorId\":{IdOf(values, Jobs)},\"Value\":17.5,\"IsPreliminary\":false}}]"} AS jsonb)
                WHERE region_id = {values.RegionId} AND year = 2024 AND user_name = 'changsha-reporter'
                """);
        }

        var old = (await drafts.LoadAsync(values.RegionId, 2024))!;
        Assert.Equal([(IdOf(values, Jobs), (decimal?)17.5m)], old.Rows.Select(r => (r.IndicatorId, r.Value)));
        Assert.Empty(old.Work);
        Assert.Empty(old.Targets);
    }

    private static async Task<(ProgressEntryForm Values, ItemProgressForm Items)> LoadAsync(AsyncServiceScope scope, int year) =>
        ((await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(year))!, (await scope.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(year))!);

    private static int IdOf(ProgressEntryForm form, string name) => form.Rows.Single(r => r.Name == name).IndicatorId;

    private async Task<decimal?> StoredAsync(int indicatorId, int year)
    {
        await using var context = await NewContextAsync();
        return await context.IndicatorValues.Where(v => v.IndicatorId == indicatorId && v.Year == year).Select(v => (decimal?)v.Value).SingleOrDefaultAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
