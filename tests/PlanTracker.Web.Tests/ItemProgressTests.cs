using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>
/// 专栏 item and project progress against the real database. Names come from the seed texts: 长沙 (001) 专栏3–9 with
/// 专栏4 item 2 职业技能提升行动 (认定50家以上的重点企业职工培训中心); 湘西 (002) project 湘西州创新创业孵化基地建设
/// (总投资 15.0, 十四五投资 10 亿元). Each test keeps to its own city and year: the portal's database is shared by the class.
/// </summary>
public class ItemProgressTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string TrainingItem = "职业技能提升行动";
    private const string XiangxiProject = "湘西州创新创业孵化基地建设";

    [Fact]
    public async Task The_reporter_sees_the_plans_special_columns_items_and_targets()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var form = (await scope.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2023))!;

        Assert.Equal(
            ["就业创业提升行动计划", "职业培训专项行动", "专业技术人才支持计划", "技能强市建设工程", "人力资源服务业发展行动", "劳动关系提升工程", "公共服务建设工程"],
            form.Columns.Select(c => c.Title));
        Assert.Empty(form.Projects);
        var training = form.Columns.Single(c => c.Number == 4).Items.Single(i => i.Title == TrainingItem);
        Assert.Equal(2, training.Number);
        Assert.StartsWith("大规模开展就业技能培训", training.Excerpt, StringComparison.Ordinal);
        var centres = Assert.Single(training.Targets, t => t.Unit == "家");
        Assert.Equal("≥50 家", centres.TargetText);
        Assert.Contains(form.Columns.Single(c => c.Number == 7).Items[0].Targets, t => t.TargetText == "2025年 ≥500 家");
    }

    [Fact]
    public async Task The_citys_leader_reads_the_special_columns_for_review_and_another_citys_leader_reads_nothing()
    {
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var other = await UserScopes.ForAsync(portal, "zhuzhou-leader");
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        var regionId = (await reporter.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2023))!.RegionId;

        var read = await leader.ServiceProvider.GetRequiredService<ItemProgressService>().ReadAsync(regionId, 2023);

        // seeds/001: 专栏3–9 of 长沙, the same the reporter fills in.
        Assert.Equal(
            ["就业创业提升行动计划", "职业培训专项行动", "专业技术人才支持计划", "技能强市建设工程", "人力资源服务业发展行动", "劳动关系提升工程", "公共服务建设工程"],
            read!.Columns.Select(c => c.Title));
        Assert.Null(await other.ServiceProvider.GetRequiredService<ItemProgressService>().ReadAsync(regionId, 2023));
        Assert.Null(await leader.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2023));
    }

    [Fact]
    public async Task An_item_and_its_target_are_saved_and_seen_again()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var service = scope.ServiceProvider.GetRequiredService<ItemProgressService>();
        var form = (await service.LoadAsync(2023))!;
        var training = form.Request.Items.Single(i => i.Name == TrainingItem);
        (training.PercentComplete, training.Status, training.Note) = (60m, WorkStatus.InProgress, "新认定重点企业职工培训中心12家");
        var centres = CentresTarget(form);
        centres.Value = 12m;

        var result = await service.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Succeeded, result.Kind);
        var again = (await service.LoadAsync(2023))!;
        var reloaded = again.Request.Items.Single(i => i.Name == TrainingItem);
        Assert.Equal((60m, WorkStatus.InProgress, "新认定重点企业职工培训中心12家"), (reloaded.PercentComplete, reloaded.Status!.Value, reloaded.Note));
        Assert.Equal(12m, again.Request.TargetValues.Single(t => t.ItemTargetId == centres.ItemTargetId).Value);
        Assert.All(again.Request.Items.Where(i => i.Name != TrainingItem), i => Assert.True(i.IsEmpty));

        // Saving again without changes writes no row; the 2024 form shows 2023 as an earlier year.
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(OutcomeKind.Succeeded, (await service.SaveAsync(again.Request)).Kind);
        await using var context = await NewContextAsync();
        var row = await context.ItemProgress.SingleAsync(p => p.Year == 2023 && p.SpecialColumnItemId == training.ItemId);
        Assert.Equal("changsha-reporter", row.UpdatedBy);
        Assert.True(portal.Clock.GetUtcNow() - row.UpdatedAt > TimeSpan.FromMinutes(4));
        var next = (await service.LoadAsync(2024))!;
        var earlier = next.Columns.SelectMany(c => c.Items).Single(i => i.Title == TrainingItem).EarlierYears.Single(y => y.Year == 2023);
        Assert.Equal((60m, WorkStatus.InProgress), (earlier.PercentComplete!.Value, earlier.Status));
    }

    [Fact]
    public async Task A_projects_investment_adds_up_over_the_years_on_the_form_and_the_dashboard()
    {
        await using var scope = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var service = scope.ServiceProvider.GetRequiredService<ItemProgressService>();
        foreach (var (year, investment, percent, status) in new[] { (2021, 2m, 20m, WorkStatus.InProgress), (2023, 3.5m, 55m, WorkStatus.Delayed) })
        {
            var form = (await service.LoadAsync(year))!;
            var project = Assert.Single(form.Request.Projects);
            Assert.Equal(XiangxiProject, project.Name);
            Assert.True(project.HasInvestment);
            (project.CompletedInvestment, project.PercentComplete, project.Status) = (investment, percent, status);
            Assert.Equal(OutcomeKind.Succeeded, (await service.SaveAsync(form.Request)).Kind);
        }

        var view = Assert.Single((await service.LoadAsync(2023))!.Projects);
        Assert.Equal((15.0m, 10m), (view.TotalInvestment!.Value, view.PeriodInvestment!.Value));
        Assert.Equal(2m, view.EarlierInvestment);

        await using var province = await UserScopes.ForAsync(portal, "province");
        var dashboard = province.ServiceProvider.GetRequiredService<DashboardService>();
        var regionId = (await service.LoadAsync(2023))!.RegionId;
        var in2023 = Assert.Single((await dashboard.GetAsync(regionId, 2023, ValueScope.All))!.Projects).Progress!;
        Assert.Equal((2023, 55m, WorkStatus.Delayed, 5.5m), (in2023.Year, in2023.PercentComplete, in2023.Status, in2023.CumulativeInvestment));
        var in2022 = Assert.Single((await dashboard.GetAsync(regionId, 2022, ValueScope.All))!.Projects).Progress!;
        Assert.Equal((2021, 20m, WorkStatus.InProgress, 2m), (in2022.Year, in2022.PercentComplete, in2022.Status, in2022.CumulativeInvestment));
    }

    [Fact]
    public async Task Impossible_percent_and_negative_investment_get_Chinese_messages_and_nothing_is_stored()
    {
        await using var scope = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var service = scope.ServiceProvider.GetRequiredService<ItemProgressService>();
        var form = (await service.LoadAsync(2025))!;
        var item = form.Request.Items[0];
        (item.PercentComplete, item.Status) = (120m, WorkStatus.InProgress);
        var project = Assert.Single(form.Request.Projects);
        (project.CompletedInvestment, project.Status) = (-1m, WorkStatus.InProgress);
        project.Name = "客户端改写的名称";

        var result = await service.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        Assert.Contains($"“{item.Name}”的完成百分比应在 0 到 100 之间。", result.Errors);
        Assert.Contains($"“{XiangxiProject}”的完成投资不能为负数。", result.Errors);
        await using var context = await NewContextAsync();
        Assert.False(await context.ItemProgress.AnyAsync(p => p.Year == 2025));
        Assert.False(await context.CityYearReports.AnyAsync(r => r.RegionId == form.RegionId && r.Year == 2025));
    }

    [Fact]
    public async Task Two_saves_merge_row_by_row_and_a_row_both_changed_is_a_conflict_written_nowhere()
    {
        // Two tabs load 2021; A changes the training item, B the same item differently and the centres target, which A left alone.
        await using var first = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var second = await UserScopes.ForAsync(portal, "changsha-reporter");
        var tabA = (await first.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2021))!;
        var tabB = (await second.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2021))!;
        (tabA.Request.Items.Single(i => i.Name == TrainingItem).PercentComplete, tabA.Request.Items.Single(i => i.Name == TrainingItem).Status) = (20m, WorkStatus.InProgress);
        (tabB.Request.Items.Single(i => i.Name == TrainingItem).PercentComplete, tabB.Request.Items.Single(i => i.Name == TrainingItem).Status) = (90m, WorkStatus.InProgress);
        CentresTarget(tabB).Value = 40m;

        var saved = await first.ServiceProvider.GetRequiredService<ItemProgressService>().SaveAsync(tabA.Request);
        var conflict = await second.ServiceProvider.GetRequiredService<ItemProgressService>().SaveAsync(tabB.Request);

        // B's target is saved; B's item is not, and the message names it; A's 20% stands.
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        Assert.Equal(OutcomeKind.Conflict, conflict.Kind);
        Assert.StartsWith($"您打开此页后，其他人也修改了 “{TrainingItem}”，这些专栏与项目进度没有保存", Assert.Single(conflict.Errors), StringComparison.Ordinal);
        await using var context = await NewContextAsync();
        var itemId = tabA.Request.Items.Single(i => i.Name == TrainingItem).ItemId;
        Assert.Equal(20m, await context.ItemProgress.Where(p => p.Year == 2021 && p.SpecialColumnItemId == itemId).Select(p => p.PercentComplete).SingleAsync());
        Assert.Equal(40m, await context.ItemTargetValues.Where(v => v.Year == 2021 && v.ItemTargetId == CentresTarget(tabB).ItemTargetId).Select(v => v.Value).SingleAsync());

        // B sees A's version under the row and keeps their own by saving again on it.
        var fresh = (await second.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2021))!;
        var written = new WorkWrite(0, 0, 1, [new WorkConflict($"item:{itemId}", TrainingItem, "进行中，完成 20%", "长沙填报员", null)]);
        fresh.Request.KeepConflicted(tabB.Request, written.Conflicts);
        var kept = fresh.Request.Items.Single(i => i.ItemId == itemId);
        Assert.Equal((90m, 20m), (kept.PercentComplete, kept.Base.PercentComplete));
        Assert.NotNull(kept.Conflict);
        Assert.Equal(OutcomeKind.Succeeded, (await second.ServiceProvider.GetRequiredService<ItemProgressService>().SaveAsync(fresh.Request)).Kind);
        Assert.Equal(90m, await context.ItemProgress.Where(p => p.Year == 2021 && p.SpecialColumnItemId == itemId).Select(p => p.PercentComplete).SingleAsync());
    }

    [Fact]
    public async Task A_closed_year_is_refused()
    {
        await using (var context = await NewContextAsync())
        {
            var year = await context.ReportingYears.SingleAsync(y => y.Year == 2022);
            (year.ClosedAt, year.ClosedBy) = (DateTimeOffset.UtcNow, "admin");
            await context.SaveChangesAsync();
        }

        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var service = scope.ServiceProvider.GetRequiredService<ItemProgressService>();
        var form = (await service.LoadAsync(2022))!;
        (form.Request.Items[0].PercentComplete, form.Request.Items[0].Status) = (10m, WorkStatus.InProgress);

        var result = await service.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        Assert.Equal("2022 年度已由管理员关闭填报，不再接受任何修改。", Assert.Single(result.Errors));
        await using var check = await NewContextAsync();
        Assert.False(await check.ItemProgress.AnyAsync(p => p.Year == 2022));
    }

    [Fact]
    public async Task An_approved_report_is_refused()
    {
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var service = reporter.ServiceProvider.GetRequiredService<ItemProgressService>();
        var form = (await service.LoadAsync(2024))!;
        var training = form.Request.Items.Single(i => i.Name == TrainingItem);
        (training.PercentComplete, training.Status) = (30m, WorkStatus.InProgress);
        var saved = await service.SaveAsync(form.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2024, saved.Value, ReportAction.Submit, null);
        var approved = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2024, submitted.Value!.Version, ReportAction.Approve, "同意");
        Assert.True(approved.Succeeded, approved.Message);

        training.PercentComplete = 100m;
        training.Status = WorkStatus.Completed;
        var result = await service.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        Assert.Equal("2024年报告已审核，不能再修改。", Assert.Single(result.Errors));
        await using var context = await NewContextAsync();
        Assert.Equal(30m, await context.ItemProgress.Where(p => p.Year == 2024 && p.SpecialColumnItemId == training.ItemId).Select(p => p.PercentComplete).SingleAsync());
    }

    [Fact]
    public async Task Another_citys_items_projects_and_targets_are_refused()
    {
        await using var xiangxi = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var theirs = (await xiangxi.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2025))!;
        await using var changsha = await UserScopes.ForAsync(portal, "changsha-reporter");
        var service = changsha.ServiceProvider.GetRequiredService<ItemProgressService>();
        var own = (await service.LoadAsync(2025))!;

        var results = new List<Outcome<uint>>();
        foreach (var smuggle in new Action<SaveItemProgressRequest>[]
        {
            r => r.Items.Add(new ItemProgressInput { ItemId = theirs.Request.Items[0].ItemId, PercentComplete = 50m, Status = WorkStatus.InProgress }),
            r => r.Projects.Add(new ProjectProgressInput { ProjectId = theirs.Request.Projects[0].ProjectId, CompletedInvestment = 1m, Status = WorkStatus.InProgress }),
            r => r.TargetValues.Add(new ItemTargetValueInput { ItemTargetId = theirs.Request.TargetValues[0].ItemTargetId, Value = 1m }),
        })
        {
            var request = new SaveItemProgressRequest { RegionId = own.RegionId, Year = 2025 };
            smuggle(request);
            results.Add(await service.SaveAsync(request));
        }

        Assert.All(results, r => Assert.Equal((OutcomeKind.Refused, "提交的专栏条目或项目不属于本市规划。"), (r.Kind, Assert.Single(r.Errors))));
        await using var context = await NewContextAsync();
        Assert.False(await context.ItemProgress.AnyAsync(p => p.Year == 2025));
        Assert.False(await context.ItemTargetValues.AnyAsync(v => v.Year == 2025));
    }

    [Theory]
    [InlineData("changsha-reporter")]
    [InlineData("xiangxi-leader")]
    [InlineData("province")]
    [InlineData("admin")]
    public async Task Nobody_but_the_citys_own_reporter_can_save_or_load_its_progress(string userName)
    {
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        var form = (await reporter.ServiceProvider.GetRequiredService<ItemProgressService>().LoadAsync(2025))!;
        (form.Request.Projects[0].PercentComplete, form.Request.Projects[0].Status) = (10m, WorkStatus.InProgress);
        await using var intruder = await UserScopes.ForAsync(portal, userName);
        var service = intruder.ServiceProvider.GetRequiredService<ItemProgressService>();

        var result = await service.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        Assert.Equal("只有本市的填报员可以填报本市的专栏与项目进度。", Assert.Single(result.Errors));
        if (userName != "changsha-reporter")
        {
            Assert.Null(await service.LoadAsync(2025));
        }

        await using var context = await NewContextAsync();
        Assert.False(await context.ItemProgress.AnyAsync(p => p.ProjectId == form.Request.Projects[0].ProjectId && p.Year == 2025));
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == userName && e.Target == "progress/2025/items/save"));
    }

    private static ItemTargetValueInput CentresTarget(ItemProgressForm form)
    {
        var target = form.Columns.Single(c => c.Number == 4).Items.Single(i => i.Title == TrainingItem).Targets.Single(t => t.Unit == "家");
        return form.Request.TargetValues.Single(t => t.ItemTargetId == target.TargetId);
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
