using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Review;
using PlanTracker.Web.Features.Progress.Workbook;
using PlanTracker.Web.Features.ReportingYears;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The rules around a year's values, against PostgreSQL: warnings that need a note, cause and measures for binding
/// indicators behind time, 快报 and final figures, closed years, deadlines and tasks, drafts, history.
/// Indicator names and targets come from the plan texts (长沙 专栏2, 株洲 主要指标).
/// </summary>
public class ReportingRulesTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task Warnings_need_a_note_and_a_note_lets_the_values_through()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var year2024 = (await entry.LoadAsync(2024))!;
        foreach (var (name, value) in new[] { ("失业保险参保人数", 200m), ("城镇新增就业人数", 15m), ("开展补贴性职业技能培训人次", 10m) })
        {
            var row = year2024.Request.Rows.Single(r => r.Name == name);
            (row.Value, row.Note) = (value, "年报数");
        }

        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(year2024.Request)).Kind);

        var year2025 = (await entry.LoadAsync(2025))!;
        Row(year2025, "失业保险参保人数").Value = 195m; // a stock below 2024's 200
        Row(year2025, "城镇新增就业人数").Value = 25m; // +67 % on 2024's 15
        Row(year2025, "开展补贴性职业技能培训人次").Value = 10m;
        Row(year2025, "农民工参加职业培训人次").Value = 12m; // 其中 larger than its parent's 10
        var refused = await entry.SaveAsync(year2025.Request);

        Assert.Equal(OutcomeKind.Invalid, refused.Kind);
        Assert.Contains("“失业保险参保人数”存量指标低于 2024 年（200），请在“说明”中写明原因。", refused.Errors);
        Assert.Contains("“城镇新增就业人数”较 2024 年增长 66.67%，超过 50%，请在“说明”中写明原因。", refused.Errors);
        Assert.Contains("“农民工参加职业培训人次”“其中”项大于上级指标（10），请在“说明”中写明原因。", refused.Errors);
        await using (var context = await NewContextAsync())
        {
            var ids = year2025.Request.Rows.Select(r => r.IndicatorId).ToList();
            Assert.False(await context.IndicatorValues.AnyAsync(v => ids.Contains(v.IndicatorId) && v.Year == 2025 && !v.IsDemo));
        }

        Row(year2025, "失业保险参保人数").Note = "部分企业外迁";
        Row(year2025, "城镇新增就业人数").Note = "重大项目集中投产";
        Row(year2025, "农民工参加职业培训人次").Note = "统计口径含外市来长农民工";
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(year2025.Request)).Kind);
    }

    [Fact]
    public async Task A_binding_indicator_behind_time_needs_cause_and_measures_before_the_year_is_submitted()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var review = scope.ServiceProvider.GetRequiredService<ReportReviewService>();
        var form = (await entry.LoadAsync(2023))!;
        // 失业保险参保人数: 182.8 → 212.7 万人, 约束性. Still 182.8 in 2023: completion 0 against τ = 3/5.
        var pension = Row(form, "失业保险参保人数");
        (pension.Value, pension.Note) = (182.8m, "参保人数持平");
        var saved = await entry.SaveAsync(form.Request);
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);

        var refused = await review.MoveAsync(form.RegionId, 2023, saved.Value!.Version, ReportAction.Submit, null);

        Assert.False(refused.Succeeded);
        Assert.Equal("以下约束性指标滞后于时序进度或突破控制目标，提交前请填写“原因分析”和“整改措施”并保存：失业保险参保人数。", refused.Message);

        form.Request.Version = saved.Value!.Version;
        (pension.Cause, pension.CorrectiveMeasures) = ("灵活就业人员参保意愿下降", "开展全民参保专项行动，落实社保补贴");
        var explained = await entry.SaveAsync(form.Request);
        var submitted = await review.MoveAsync(form.RegionId, 2023, explained.Value!.Version, ReportAction.Submit, null);

        Assert.True(submitted.Succeeded, submitted.Message);
        await using var context = await NewContextAsync();
        var stored = await context.IndicatorValues.SingleAsync(v => v.IndicatorId == pension.IndicatorId && v.Year == 2023);
        Assert.Equal(("灵活就业人员参保意愿下降", "开展全民参保专项行动，落实社保补贴"), (stored.Cause, stored.CorrectiveMeasures));
    }

    [Fact]
    public async Task A_final_figure_replaces_the_preliminary_one_and_both_are_kept_with_their_dates()
    {
        await using var scope = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2025))!;
        var insured = Row(form, "工伤保险参保人数");
        (insured.Value, insured.IsPreliminary, insured.Note) = (13.1m, true, "快报");
        var first = await entry.SaveAsync(form.Request);
        var preliminaryAt = portal.Clock.GetUtcNow();
        portal.Clock.Advance(TimeSpan.FromDays(40));

        var again = (await entry.LoadAsync(2025))!;
        var final = Row(again, "工伤保险参保人数");
        (final.Value, final.IsPreliminary, final.Note) = (13.4m, false, "统计年鉴");
        var second = await entry.SaveAsync(again.Request);

        Assert.Equal((OutcomeKind.Succeeded, OutcomeKind.Succeeded), (first.Kind, second.Kind));
        var figures = (await entry.LoadAsync(2025))!.Rows.Single(r => r.Name == "工伤保险参保人数").Figures!;
        Assert.Equal((13.4m, false, (decimal?)13.1m), (figures.Value, figures.IsPreliminary, figures.PreliminaryValue));
        Assert.InRange(figures.FinalReportedAt!.Value - figures.PreliminaryReportedAt!.Value, TimeSpan.FromDays(39.9), TimeSpan.FromDays(40.1));
        Assert.InRange(figures.PreliminaryReportedAt.Value, preliminaryAt.AddMinutes(-1), preliminaryAt);
        await using var context = await NewContextAsync();
        var history = await context.IndicatorValueChanges.Where(c => c.IndicatorId == insured.IndicatorId && c.Year == 2025).OrderBy(c => c.Id)
            .Select(c => new { c.OldValue, c.NewValue, c.IsPreliminary }).ToListAsync();
        Assert.Equal([(null, 13.1m, true), (13.1m, 13.4m, false)], history.Select(h => (h.OldValue, h.NewValue, h.IsPreliminary)));
    }

    [Fact]
    public async Task A_closed_year_accepts_nothing_until_an_admin_opens_it_again()
    {
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var years = admin.ServiceProvider.GetRequiredService<ReportingYearService>();
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2023))!;
        form.Request.Rows[0].Value = 1.2m;
        form.Request.Rows[0].Note = "测试";
        var saved = await entry.SaveAsync(form.Request);
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);

        var close = await years.SetClosedAsync(2023, true, (await years.ListAsync()).Single(y => y.Year == 2023).Version);
        Assert.True(close.Succeeded, close.Message);

        form.Request.Version = saved.Value!.Version;
        form.Request.Rows[0].Value = 2.4m;
        var refused = await entry.SaveAsync(form.Request);
        var submit = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, saved.Value!.Version, ReportAction.Submit, null);

        Assert.Equal((OutcomeKind.Refused, "2023 年度已由管理员关闭填报，不再接受任何修改。"), (refused.Kind, refused.Errors.Single()));
        Assert.Equal((false, "2023 年度已由管理员关闭填报，不再接受任何修改。"), (submit.Succeeded, submit.Message));
        Assert.True((await entry.LoadAsync(2023))!.YearClosed);
        await using (var context = await NewContextAsync())
        {
            Assert.Equal(1.2m, await context.IndicatorValues.Where(v => v.IndicatorId == form.Request.Rows[0].IndicatorId && v.Year == 2023).Select(v => v.Value).SingleAsync());
            Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.YearClosed && e.UserName == "admin"));
        }

        Assert.True((await years.SetClosedAsync(2023, false, (await years.ListAsync()).Single(y => y.Year == 2023).Version)).Succeeded);
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(form.Request)).Kind);
    }

    [Fact]
    public async Task A_year_closed_for_chosen_cities_refuses_their_writes_and_keeps_the_other_cities_open()
    {
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var years = admin.ServiceProvider.GetRequiredService<ReportingYearService>();
        var cities = (await years.CitiesAsync()).ToDictionary(c => c.Name, c => c.RegionId);
        await using var zhuzhou = await UserScopes.ForAsync(portal, "zhuzhou-reporter");
        var zhuzhouEntry = zhuzhou.ServiceProvider.GetRequiredService<ProgressEntryService>();
        await using var xiangxi = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var xiangxiEntry = xiangxi.ServiceProvider.GetRequiredService<ProgressEntryService>();
        async Task<uint> VersionAsync() => (await years.ListAsync()).Single(y => y.Year == 2022).Version;

        var none = await years.CloseForCitiesAsync(2022, [], await VersionAsync());
        var close = await years.CloseForCitiesAsync(2022, [cities["株洲市"], cities["鄂州市"]], await VersionAsync());

        Assert.Equal((false, "请至少选择一个市州。"), (none.Succeeded, none.Message));
        Assert.True(close.Succeeded, close.Message);
        Assert.StartsWith("2022 年度已对鄂州市、株洲市关闭", close.Value); // in the order of the division codes: 420700, 430200
        var year2022 = (await years.ListAsync()).Single(y => y.Year == 2022);
        Assert.False(year2022.IsClosed);
        Assert.Equal(["鄂州市", "株洲市"], year2022.ClosedCities.Select(c => c.City));
        Assert.All(year2022.ClosedCities, c => Assert.Equal("admin", c.ClosedBy));

        var zhuzhouForm = (await zhuzhouEntry.LoadAsync(2022))!;
        (zhuzhouForm.Request.Rows[0].Value, zhuzhouForm.Request.Rows[0].Note) = (1.5m, "测试");
        var refused = await zhuzhouEntry.SaveAsync(zhuzhouForm.Request);
        var xiangxiForm = (await xiangxiEntry.LoadAsync(2022))!;
        (xiangxiForm.Request.Rows[0].Value, xiangxiForm.Request.Rows[0].Note) = (1.5m, "测试");
        var saved = await xiangxiEntry.SaveAsync(xiangxiForm.Request);

        Assert.Equal((OutcomeKind.Refused, "2022 年度已由管理员关闭填报，不再接受任何修改。"), (refused.Kind, refused.Errors.Single()));
        Assert.True(zhuzhouForm.YearClosed);
        var sheet = ProgressWorkbookWriter.Write(zhuzhouForm);
        var upload = await zhuzhou.ServiceProvider.GetRequiredService<ProgressWorkbookService>().PreviewAsync(2022, new MemoryStream(sheet));
        Assert.Equal(["2022 年度已关闭填报，不能导入表格。"], upload.Errors);
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        Assert.False(xiangxiForm.YearClosed);
        Assert.DoesNotContain(2022, (await zhuzhou.ServiceProvider.GetRequiredService<ReportTaskService>().ForCurrentUserAsync()).Select(t => t.Year));
        await using (var context = await NewContextAsync())
        {
            var targets = await context.AuditEvents.Where(e => e.Action == AuditActions.YearClosed && e.Target!.StartsWith("years/2022/regions/")).Select(e => e.Target!).ToListAsync();
            Assert.Equal(new[] { $"years/2022/regions/{cities["株洲市"]}", $"years/2022/regions/{cities["鄂州市"]}" }.Order(), targets.Order());
        }

        await using (var province = await UserScopes.ForAsync(portal, "province"))
        {
            var refusedToProvince = await province.ServiceProvider.GetRequiredService<ReportingYearService>().ReopenForCitiesAsync(2022, [cities["株洲市"]], await VersionAsync());
            Assert.False(refusedToProvince.Succeeded);
        }

        var reopened = await years.ReopenForCitiesAsync(2022, [cities["株洲市"]], await VersionAsync());
        Assert.Equal((true, "2022 年度已对株洲市重新开放填报。"), (reopened.Succeeded, reopened.Value));
        var again = (await zhuzhouEntry.LoadAsync(2022))!;
        (again.Request.Rows[0].Value, again.Request.Rows[0].Note) = (1.5m, "测试");
        Assert.False(again.YearClosed);
        Assert.Equal(OutcomeKind.Succeeded, (await zhuzhouEntry.SaveAsync(again.Request)).Kind);
        Assert.Equal(["鄂州市"], (await years.ListAsync()).Single(y => y.Year == 2022).ClosedCities.Select(c => c.City));

        // Opening the whole year opens it for the cities closed on their own too.
        Assert.True((await years.SetClosedAsync(2022, false, await VersionAsync())).Succeeded);
        Assert.Empty((await years.ListAsync()).Single(y => y.Year == 2022).ClosedCities);
    }

    [Theory]
    [InlineData("xiangxi-reporter")]
    [InlineData("changsha-leader")]
    [InlineData("province")]
    public async Task Only_an_admin_closes_a_year_or_moves_a_deadline(string userName)
    {
        await using var scope = await UserScopes.ForAsync(portal, userName);
        var years = scope.ServiceProvider.GetRequiredService<ReportingYearService>();
        var year2022 = (await years.ListAsync()).Single(y => y.Year == 2022);

        var close = await years.SetClosedAsync(2022, true, year2022.Version);
        var move = await years.SetDeadlineAsync(new SetDeadlineRequest { Year = 2022, Deadline = new DateOnly(2023, 6, 30), Version = year2022.Version });

        Assert.False(close.Succeeded);
        Assert.False(move.Succeeded);
        var after = (await years.ListAsync()).Single(y => y.Year == 2022);
        Assert.Equal((false, new DateOnly(2023, 3, 31)), (after.IsClosed, after.Deadline));
    }

    [Fact]
    public async Task A_deadline_far_from_its_year_or_a_stale_version_is_refused()
    {
        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var years = scope.ServiceProvider.GetRequiredService<ReportingYearService>();
        var year2021 = (await years.ListAsync()).Single(y => y.Year == 2021);

        var far = await years.SetDeadlineAsync(new SetDeadlineRequest { Year = 2021, Deadline = new DateOnly(2030, 1, 1), Version = year2021.Version });
        var moved = await years.SetDeadlineAsync(new SetDeadlineRequest { Year = 2021, Deadline = new DateOnly(2022, 4, 30), Version = year2021.Version });
        var stale = await years.SetDeadlineAsync(new SetDeadlineRequest { Year = 2021, Deadline = new DateOnly(2022, 5, 31), Version = year2021.Version });

        Assert.Equal((false, "2021 年的截止日期应在 2021 年至 2023 年之间。"), (far.Succeeded, far.Message));
        Assert.True(moved.Succeeded);
        Assert.Equal((OutcomeKind.Conflict, "该年度已被其他管理员修改，请刷新后再操作。"), (stale.Kind, stale.Message));
        Assert.Equal(new DateOnly(2022, 4, 30), (await years.ListAsync()).Single(y => y.Year == 2021).Deadline);
    }

    [Fact]
    public async Task Tasks_show_each_open_year_with_deadline_days_left_status_and_what_is_empty()
    {
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var years = admin.ServiceProvider.GetRequiredService<ReportingYearService>();
        var today = years.Today;
        var year2025 = (await years.ListAsync()).Single(y => y.Year == 2025);
        Assert.True((await years.SetDeadlineAsync(new SetDeadlineRequest { Year = 2025, Deadline = today.AddDays(10), Version = year2025.Version })).Succeeded);

        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var tasks = await reporter.ServiceProvider.GetRequiredService<ReportTaskService>().ForCurrentUserAsync();

        Assert.Equal(Enumerable.Range(2021, Math.Min(today.Year, 2025) - 2020), tasks.Select(t => t.Year));
        var task2025 = tasks.Single(t => t.Year == 2025);
        Assert.Equal(10, task2025.DaysLeft);
        Assert.False(task2025.IsOverdue);
        Assert.Equal(13, task2025.IndicatorCount); // 长沙 专栏2 lists 13 indicators.
        var task2022 = tasks.Single(t => t.Year == 2022);
        Assert.Equal(new DateOnly(2023, 3, 31), task2022.Deadline);
        Assert.True(task2022.IsOverdue);
        Assert.Equal("未开始", task2022.StatusText);
        // 2022 has demo values only: demo values are not the city's report, so every indicator is still empty.
        Assert.Equal(13, task2022.EmptyIndicators.Count);
    }

    [Fact]
    public async Task A_leader_sees_what_waits_for_review()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2022))!;
        foreach (var row in form.Request.Rows)
        {
            (row.Value, row.Note, row.Cause, row.CorrectiveMeasures) = (row.Unit == "%" ? 50m : 1m, "测试", "测试原因", "测试措施");
        }

        var saved = await entry.SaveAsync(form.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2022, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message + string.Join(" ", saved.Errors));

        await using var leader = await UserScopes.ForAsync(portal, "ezhou-leader");
        var tasks = await leader.ServiceProvider.GetRequiredService<ReportTaskService>().ForCurrentUserAsync();

        var waiting = Assert.Single(tasks, t => t.WaitsForReview);
        Assert.Equal((2022, "已提交", 0), (waiting.Year, waiting.StatusText, waiting.EmptyIndicators.Count));
        await using var province = await UserScopes.ForAsync(portal, "province");
        Assert.Empty(await province.ServiceProvider.GetRequiredService<ReportTaskService>().ForCurrentUserAsync());
    }

    [Fact]
    public async Task An_autosaved_draft_keeps_even_invalid_input_until_a_save_stores_it()
    {
        await using var scope = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var drafts = scope.ServiceProvider.GetRequiredService<EntryDraftService>();
        var form = (await entry.LoadAsync(2021))!;
        var typed = Row(form, "城镇新增就业人数");
        typed.Value = -4m; // invalid: the draft keeps it anyway

        Assert.NotNull(await drafts.SaveAsync(form.Request));

        var reopened = (await entry.LoadAsync(2021))!;
        var draft = (await drafts.LoadAsync(form.RegionId, 2021))!;
        Assert.True(EntryDraftService.Apply(draft, reopened.Request));
        Assert.Equal(-4m, Row(reopened, "城镇新增就业人数").Value);

        Row(reopened, "城镇新增就业人数").Value = 4m;
        Row(reopened, "城镇新增就业人数").Note = "测试";
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(reopened.Request)).Kind);
        Assert.Null(await drafts.LoadAsync(form.RegionId, 2021));
    }

    [Fact]
    public async Task A_draft_based_on_an_older_version_ends_in_a_conflict_not_an_overwrite()
    {
        await using var mine = await UserScopes.ForAsync(portal, "changsha-reporter");
        var entry = mine.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var drafts = mine.ServiceProvider.GetRequiredService<EntryDraftService>();
        var form = (await entry.LoadAsync(2021))!;
        Row(form, "城镇调查失业率").Value = 4.9m;
        await drafts.SaveAsync(form.Request);

        // Meanwhile a colleague, the city's second reporter, saves the same year.
        await using var colleague = await UserScopes.ForAsync(portal, await SecondReporterAsync("changsha-reporter", "changsha-reporter-2"));
        var theirEntry = colleague.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var other = (await theirEntry.LoadAsync(2021))!;
        Row(other, "城镇调查失业率").Value = 5.1m;
        Assert.Equal(OutcomeKind.Succeeded, (await theirEntry.SaveAsync(other.Request)).Kind);

        var reopened = (await entry.LoadAsync(2021))!;
        EntryDraftService.Apply((await drafts.LoadAsync(form.RegionId, 2021))!, reopened.Request);
        var result = await entry.SaveAsync(reopened.Request);

        Assert.Equal(OutcomeKind.Conflict, result.Kind);
        Assert.Equal(5.1m, result.Value!.Conflicts[Row(form, "城镇调查失业率").IndicatorId].Theirs.Value);
    }

    [Fact]
    public async Task History_shows_every_change_to_the_citys_people_only()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2023))!;
        var row = Row(form, "工伤保险参保人数");
        (row.Value, row.Note) = (12.5m, "第一次");
        var first = await entry.SaveAsync(form.Request);
        form.Request.Version = first.Value!.Version;
        (row.Value, row.Note) = (12.8m, "更正");
        await entry.SaveAsync(form.Request);

        var history = await reporter.ServiceProvider.GetRequiredService<ValueHistoryService>().ForIndicatorAsync(row.IndicatorId);
        await using var leader = await UserScopes.ForAsync(portal, "ezhou-leader");
        var leaders = await leader.ServiceProvider.GetRequiredService<ValueHistoryService>().ForIndicatorAsync(row.IndicatorId);
        await using var outsider = await UserScopes.ForAsync(portal, "changsha-reporter");
        var outsiders = await outsider.ServiceProvider.GetRequiredService<ValueHistoryService>().ForIndicatorAsync(row.IndicatorId);

        Assert.Equal([("数值 12.5 → 12.8；修改了说明", "更正"), ("填报 12.5；修改了说明", "第一次")], history!.Where(h => h.Year == 2023).Select(h => (h.Change, h.Note)));
        Assert.Equal(history!.Count, leaders!.Count);
        Assert.Null(outsiders);
    }

    /// <summary>Another reporter of the same city, with the demo password.</summary>
    private async Task<string> SecondReporterAsync(string like, string userName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PlanTracker.Data.Identity.ApplicationUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var model = (await users.FindByNameAsync(like))!;
            var user = new PlanTracker.Data.Identity.ApplicationUser { UserName = userName, DisplayName = "长沙填报员二", RegionId = model.RegionId };
            Assert.True((await users.CreateAsync(user, "PlanTracker-Demo-2025")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlanTracker.Data.Identity.Roles.CityReporter)).Succeeded);
        }

        return userName;
    }

    private static ProgressRowInput Row(ProgressEntryForm form, string name) => form.Request.Rows.Single(r => r.Name == name);

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
