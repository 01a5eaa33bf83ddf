using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Two people saving the same city and year (issue 11, defects 4 and 5): rows only one side changed merge, a row both
/// changed is a conflict for that row only and needs a choice, and two first saves of a year at the same moment never
/// crash. The class has its own database; each test its own city and year.
/// </summary>
public class ConcurrentEntryTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task A_save_after_someone_elses_save_merges_the_rows_only_one_side_changed()
    {
        var (a, b) = (await TabAsync("changsha-reporter", 2021), await TabAsync("changsha-reporter", 2021));
        var (row1, row2) = (Plain(b.Form)[0].IndicatorId, Plain(b.Form)[1].IndicatorId);
        Set(b.Form, row1, 11m, "B 填写");
        Assert.Equal(OutcomeKind.Succeeded, (await b.SaveAsync()).Kind);

        Set(a.Form, row2, 22m, "A 填写");
        var merged = await a.SaveAsync();

        Assert.Equal(OutcomeKind.Succeeded, merged.Kind);
        Assert.Equal(new decimal?[] { 11m, 22m }, await StoredAsync(2021, row1, row2));
        Assert.Equal("B 填写", await NoteAsync(2021, row1));
    }

    [Fact]
    public async Task A_row_both_changed_is_a_conflict_for_that_row_only_and_the_choice_decides()
    {
        var (a, b) = (await TabAsync("zhuzhou-reporter", 2022), await TabAsync("zhuzhou-reporter", 2022));
        var rows = Plain(b.Form);
        var (both, mineOnly, theirsOnly, taken) = (rows[0].IndicatorId, rows[1].IndicatorId, rows[2].IndicatorId, rows[3].IndicatorId);
        Set(b.Form, both, 11m, "B");
        Set(b.Form, theirsOnly, 33m, "B");
        Set(b.Form, taken, 44m, "B");
        Assert.Equal(OutcomeKind.Succeeded, (await b.SaveAsync()).Kind);

        Set(a.Form, both, 17m, "A");
        Set(a.Form, mineOnly, 27m, "A");
        Set(a.Form, taken, 47m, "A");
        var conflict = await a.SaveAsync();

        // Rows both changed are conflicts with both sides shown; A's other change is saved, B's rows are untouched.
        Assert.Equal(OutcomeKind.Conflict, conflict.Kind);
        Assert.Equal([both, taken], conflict.Value!.Conflicts.Keys.Order());
        Assert.Equal(17m, conflict.Value!.Conflicts[both].Mine.Value);
        Assert.Equal(11m, conflict.Value!.Conflicts[both].Theirs.Value);
        Assert.Equal("株洲填报员", conflict.Value!.Conflicts[both].TheirUser);
        Assert.Equal(new decimal?[] { 11m, 27m, 33m, 44m }, await StoredAsync(2022, both, mineOnly, theirsOnly, taken));
        // The page now shows what B saved on the row A never touched; A's input on the conflicted rows is kept.
        Assert.Equal(33m, Row(a.Form, theirsOnly).Value);
        Assert.Equal(17m, Row(a.Form, both).Value);

        // Pressing 保存 again without choosing changes nothing of B's.
        var again = await a.SaveAsync();
        Assert.Equal(OutcomeKind.Conflict, again.Kind);
        Assert.Equal(new decimal?[] { 11m, 27m, 33m, 44m }, await StoredAsync(2022, both, mineOnly, theirsOnly, taken));

        // A keeps their own value on one row and takes B's on the other, then saves.
        Row(a.Form, both).KeepMine(again.Value!.Conflicts[both]);
        Row(a.Form, taken).TakeTheirs(again.Value!.Conflicts[taken]);
        var resolved = await a.SaveAsync();

        Assert.Equal(OutcomeKind.Succeeded, resolved.Kind);
        Assert.Equal(new decimal?[] { 17m, 27m, 33m, 44m }, await StoredAsync(2022, both, mineOnly, theirsOnly, taken));
        Assert.Equal("A", await NoteAsync(2022, both));
        Assert.Equal("B", await NoteAsync(2022, taken));
    }

    [Fact]
    public async Task Two_first_saves_of_a_year_at_the_same_moment_both_end_normally_and_create_one_report()
    {
        const int year = 2023;
        for (var pair = 0; pair < 20; pair++)
        {
            await ResetAsync("xiangxi-reporter", year);
            var (a, b) = (await TabAsync("xiangxi-reporter", year), await TabAsync("xiangxi-reporter", year));
            var rows = Plain(a.Form);
            // Even pairs change different rows (both merge), odd pairs the same row with different values (one conflict).
            var sameRow = pair % 2 == 1;
            Set(a.Form, rows[0].IndicatorId, 10m, "A");
            Set(b.Form, sameRow ? rows[0].IndicatorId : rows[1].IndicatorId, 20m, "B");

            using var start = new Barrier(2);
            var results = await Task.WhenAll(
                Task.Run(() => { start.SignalAndWait(); return a.SaveAsync(); }),
                Task.Run(() => { start.SignalAndWait(); return b.SaveAsync(); }));

            var outcomes = results.Select(r => r.Kind).Order().ToList();
            if (sameRow)
            {
                Assert.Equal([OutcomeKind.Succeeded, OutcomeKind.Conflict], outcomes);
                var loser = results[0].Kind == OutcomeKind.Conflict ? (Tab: a, Typed: 10m) : (Tab: b, Typed: 20m);
                // The loser's input is kept on its page and shown beside the winner's.
                Assert.Equal(loser.Typed, Row(loser.Tab.Form, rows[0].IndicatorId).Value);
                Assert.Equal(30m - loser.Typed, results.Single(r => r.Kind == OutcomeKind.Conflict).Value!.Conflicts[rows[0].IndicatorId].Theirs.Value);
            }
            else
            {
                Assert.Equal([OutcomeKind.Succeeded, OutcomeKind.Succeeded], outcomes);
                Assert.Equal(new decimal?[] { 10m, 20m }, await StoredAsync(year, rows[0].IndicatorId, rows[1].IndicatorId));
            }

            await using var context = await NewContextAsync();
            Assert.Equal(1, await context.CityYearReports.CountAsync(r => r.Year == year && context.Regions.Any(g => g.Id == r.RegionId && g.Name == a.Form.RegionName)));
        }
    }

    [Fact]
    public async Task A_sheet_imports_the_rows_nobody_else_saved_since_its_preview_and_leaves_the_others_alone()
    {
        const int year = 2025;
        await using var scope = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var client = await PortalSession.SignInAsync(portal, "ezhou-reporter");
        var workbook = await client.GetByteArrayAsync($"/progress/{year}/form.xlsx");
        var page = await TabAsync("ezhou-reporter", year);
        var (theirs, mine) = (Plain(page.Form)[0], Plain(page.Form)[1]);
        var (value, note) = (TestWorkbook.ColumnOf(workbook, "本年数值"), TestWorkbook.ColumnOf(workbook, "说明"));
        var (theirRow, myRow) = (TestWorkbook.RowOf(workbook, theirs.Name), TestWorkbook.RowOf(workbook, mine.Name));
        var sheets = scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>();
        var preview = await sheets.PreviewAsync(year, new MemoryStream(TestWorkbook.Fill(workbook,
            ($"{value}{theirRow}", 5m), ($"{note}{theirRow}", "表格"), ($"{value}{myRow}", 6m), ($"{note}{myRow}", "表格"))));

        // After the preview, someone saves the first of the two rows on the page.
        Set(page.Form, theirs.IndicatorId, 9m, "页面");
        Assert.Equal(OutcomeKind.Succeeded, (await page.SaveAsync()).Kind);
        var result = await sheets.ConfirmAsync(preview);

        Assert.Equal(OutcomeKind.Conflict, result.Kind);
        Assert.Equal([theirs.IndicatorId], result.Value!.Conflicts.Keys);
        Assert.Equal(1, result.Value!.SavedRows);
        Assert.Equal(new decimal?[] { 9m, 6m }, await StoredAsync(year, theirs.IndicatorId, mine.IndicatorId));
    }

    /// <summary>One reporter's open entry page: its form, saved through the page's own save step.</summary>
    private sealed record Tab(AsyncServiceScope Scope, ProgressEntryForm Form)
    {
        public Task<Outcome<SavedProgress>> SaveAsync() =>
            // The service hands the outcome to the form itself (SaveProgressRequest.Adopt), as the page relies on.
            Scope.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(Form.Request);
    }

    private async Task<Tab> TabAsync(string userName, int year)
    {
        var scope = await UserScopes.ForAsync(portal, userName);
        return new Tab(scope, (await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(year))!);
    }

    /// <summary>Top-level rows (no 其中 row, whose check depends on its parent), in plan order.</summary>
    private static List<ProgressRowInput> Plain(ProgressEntryForm form) => [.. form.Request.Rows.Where(r => r.Context?.ParentIndicatorId is null)];

    private static ProgressRowInput Row(ProgressEntryForm form, int indicatorId) => form.Request.Rows.Single(r => r.IndicatorId == indicatorId);

    /// <summary>Types a value with a note (so that no warning blocks the save).</summary>
    private static void Set(ProgressEntryForm form, int indicatorId, decimal value, string note) =>
        (Row(form, indicatorId).Value, Row(form, indicatorId).Note) = (value, note);

    private async Task<decimal?[]> StoredAsync(int year, params int[] indicatorIds)
    {
        await using var context = await NewContextAsync();
        var values = await context.IndicatorValues.Where(v => v.Year == year && indicatorIds.Contains(v.IndicatorId) && !v.IsDemo).ToDictionaryAsync(v => v.IndicatorId, v => v.Value);
        return [.. indicatorIds.Select(id => values.TryGetValue(id, out var v) ? v : (decimal?)null)];
    }

    private async Task<string?> NoteAsync(int year, int indicatorId)
    {
        await using var context = await NewContextAsync();
        return await context.IndicatorValues.Where(v => v.Year == year && v.IndicatorId == indicatorId).Select(v => v.Note).SingleAsync();
    }

    /// <summary>Makes the city-year fresh again: no report, no reported values.</summary>
    private async Task ResetAsync(string userName, int year)
    {
        await using var scope = await UserScopes.ForAsync(portal, userName);
        var form = (await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(year))!;
        var ids = form.Request.Rows.Select(r => r.IndicatorId).ToList();
        await using var context = await NewContextAsync();
        await context.IndicatorValues.Where(v => v.Year == year && ids.Contains(v.IndicatorId) && !v.IsDemo).ExecuteDeleteAsync();
        await context.CityYearReports.Where(r => r.Year == year && r.RegionId == form.RegionId).ExecuteDeleteAsync();
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
