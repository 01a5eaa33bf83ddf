using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Tests;

/// <summary>Entering a year's values: saved with history, validated in Chinese, no lost updates, own city only.</summary>
public class ProgressEntryTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task A_reporter_saves_values_with_their_history_and_sees_them_again()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2024))!;
        var jobs = form.Request.Rows.Single(r => r.Name == "城镇新增就业人数");
        var insured = form.Request.Rows.Single(r => r.Name == "失业保险参保人数");
        jobs.Value = 15.6m;
        jobs.Source = "市统计局";
        insured.Value = 201.3m;
        insured.IsPreliminary = true;
        insured.Note = "快报数";

        var result = await entry.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Succeeded, result.Kind);
        var again = (await entry.LoadAsync(2024))!;
        Assert.Equal(15.6m, again.Request.Rows.Single(r => r.Name == "城镇新增就业人数").Value);
        Assert.True(again.Request.Rows.Single(r => r.Name == "失业保险参保人数").IsPreliminary);
        await using var context = await NewContextAsync();
        var history = await context.IndicatorValueChanges.Where(c => c.Year == 2024).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([(null, 15.6m), (null, 201.3m)], history.Select(h => (h.OldValue, h.NewValue)));
        Assert.All(history, h => Assert.Equal("changsha-reporter", h.ChangedBy));
        Assert.False(await context.IndicatorValues.AnyAsync(v => v.Year == 2024 && v.IsDemo));
    }

    [Fact]
    public async Task The_history_names_only_the_fields_each_save_changed()
    {
        await using var scope = await UserScopes.ForAsync(portal, "zhuzhou-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2023))!;
        var insured = form.Request.Rows.Single(r => r.Name == "失业保险参保人数");
        insured.Value = 44.2m;
        insured.IsPreliminary = true;
        var first = await entry.SaveAsync(form.Request);
        Assert.True(first.Kind == OutcomeKind.Succeeded, string.Join(" ", first.Errors));
        form = (await entry.LoadAsync(2023))!;
        insured = form.Request.Rows.Single(r => r.IndicatorId == insured.IndicatorId);
        insured.Note = "含灵活就业人员";
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(form.Request)).Kind);
        form = (await entry.LoadAsync(2023))!;
        insured = form.Request.Rows.Single(r => r.IndicatorId == insured.IndicatorId);
        (insured.IsPreliminary, insured.Source) = (false, "市社保中心年报");
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(form.Request)).Kind);

        var history = (await scope.ServiceProvider.GetRequiredService<ValueHistoryService>().ForIndicatorAsync(insured.IndicatorId))!;

        // Newest first; the note and the source saves keep 44.2 and say so by not mentioning it.
        Assert.Equal(["改为正式数；修改了数据来源", "修改了说明", "填报 44.2；标为快报"], history.Select(h => h.Change));
        Assert.Equal([null, "含灵活就业人员", null], history.Select(h => h.Note));
        Assert.All(history, h => Assert.Equal("株洲填报员", h.ChangedBy));
    }

    [Fact]
    public async Task Impossible_values_get_Chinese_messages_and_nothing_is_stored()
    {
        await using var scope = await UserScopes.ForAsync(portal, "zhuzhou-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2025))!;
        form.Request.Rows.Single(r => r.Name == "城镇调查失业率").Value = 120m;
        form.Request.Rows.Single(r => r.Name == "失业保险参保人数").Value = -3m;

        var result = await entry.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        Assert.Contains("“城镇调查失业率”是百分比，应在 0 到 100 之间。", result.Errors);
        Assert.Contains("“失业保险参保人数”不能为负数。", result.Errors);
        await using var context = await NewContextAsync();
        Assert.False(await context.IndicatorValues.AnyAsync(v => v.Year == 2025));
        Assert.False(await context.CityYearReports.AnyAsync(r => r.Year == 2025));
    }

    [Fact]
    public async Task The_later_of_two_saves_gets_a_conflict_with_the_other_values_and_overwrites_nothing()
    {
        await using var first = await UserScopes.ForAsync(portal, "ezhou-reporter");
        await using var second = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var tabA = (await first.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(2024))!;
        var tabB = (await second.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(2024))!;
        tabA.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Value = 13.1m;
        tabA.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Note = "年报数";
        tabB.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Value = 99m;
        tabB.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Note = "含新纳入的建筑业项目参保";

        var saved = await first.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(tabA.Request);
        var conflict = await second.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(tabB.Request);

        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        Assert.Equal(OutcomeKind.Conflict, conflict.Kind);
        var indicatorId = tabB.Request.Rows.Single(r => r.Name == "工伤保险参保人数").IndicatorId;
        Assert.Equal(13.1m, conflict.Value!.Conflicts[indicatorId].Theirs.Value);
        Assert.Equal("鄂州填报员", conflict.Value!.Conflicts[indicatorId].TheirUser);
        Assert.Contains("其他人也修改了 2024 年的 1 项指标", conflict.Errors[0]);
        await using (var context = await NewContextAsync())
        {
            Assert.Equal(13.1m, await context.IndicatorValues.Where(v => v.IndicatorId == indicatorId && v.Year == 2024).Select(v => v.Value).SingleAsync());
        }

        // Having seen the other values, the second tab keeps its own deliberately and saves on top of them.
        var row = tabB.Request.Rows.Single(r => r.IndicatorId == indicatorId);
        row.KeepMine(row.Conflict!);
        var merged = await second.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(tabB.Request);
        Assert.Equal(OutcomeKind.Succeeded, merged.Kind);
    }

    [Fact]
    public async Task Demo_values_are_not_offered_as_input_and_saving_the_form_leaves_them_demo()
    {
        await using var scope = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2022))!;
        Assert.All(form.Request.Rows, r => Assert.Null(r.Value));
        var typed = form.Request.Rows.First(r => r.Name == "城镇新增就业人数");
        typed.Value = 0.42m;
        typed.Note = "疫情影响";

        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(form.Request)).Kind);

        await using var context = await NewContextAsync();
        var values = await context.IndicatorValues.Where(v => v.Year == 2022 && form.Request.Rows.Select(r => r.IndicatorId).Contains(v.IndicatorId)).ToListAsync();
        Assert.Equal(0.42m, values.Single(v => !v.IsDemo).Value);
        Assert.True(values.Count(v => v.IsDemo) > 5);
        Assert.Equal([(null, 0.42m)], await context.IndicatorValueChanges.Where(c => c.Year == 2022 && c.IndicatorId == typed.IndicatorId).Select(c => new ValueTuple<decimal?, decimal?>(c.OldValue, c.NewValue)).ToListAsync());
    }

    [Theory]
    [InlineData("zhuzhou-reporter")]
    [InlineData("changsha-leader")]
    [InlineData("province")]
    [InlineData("admin")]
    public async Task Nobody_but_the_citys_own_reporter_can_save_its_values(string userName)
    {
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var form = (await reporter.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(2025))!;
        var indicatorId = form.Request.Rows[0].IndicatorId;
        // Another class (the review journey) may have stored this row: what matters is that the intruder changes nothing.
        var before = await StoredAsync(indicatorId, 2025);
        form.Request.Rows[0].Value = (before ?? 0m) + 1m;
        await using var intruder = await UserScopes.ForAsync(portal, userName);

        var result = await intruder.ServiceProvider.GetRequiredService<ProgressEntryService>().SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        await using var context = await NewContextAsync();
        Assert.Equal(before, await StoredAsync(indicatorId, 2025));
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == userName && e.Target == "progress/2025/save"));
    }

    private async Task<decimal?> StoredAsync(int indicatorId, int year)
    {
        await using var context = await NewContextAsync();
        return await context.IndicatorValues.Where(v => v.IndicatorId == indicatorId && v.Year == year).Select(v => (decimal?)v.Value).SingleOrDefaultAsync();
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
