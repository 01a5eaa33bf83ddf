using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Status travels with every number, in a portal of its own. 长沙's 城镇新增就业人数 ([75] 万人, seeds/001) is reported
/// 12.5 in 2021 (approved), 12.3 in 2022 (submitted) and 12.33 in 2023 (a draft); 株洲's (seeds/003, [>25]) 5 and 5 in
/// 2021–2022, both approved. What leaders and the province see by default stands on approved reports only, and every
/// figure that uses more says so.
/// </summary>
public class ValueScopeTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Jobs = "城镇新增就业人数";

    [Fact]
    public async Task The_dashboard_uses_approved_values_unless_asked_and_marks_what_is_unapproved()
    {
        var (changsha, _) = await ReportedAsync();
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        var dashboards = leader.ServiceProvider.GetRequiredService<DashboardService>();

        var approved = (await dashboards.GetAsync(changsha, 2023, ValueScope.Approved))!;
        var submitted = (await dashboards.GetAsync(changsha, 2023, ValueScope.Submitted))!;
        var all = (await dashboards.GetAsync(changsha, 2023, ValueScope.All))!;

        // Approved only: 12.5 of [75] after 2021 → 16.7% against τ 20%; the two later values are left out and counted.
        var jobs = approved.Indicators.Single(i => i.Name == Jobs);
        Assert.Equal((2021, 12.5m / 75m), (jobs.Progress.LatestYear, jobs.Progress.Completion));
        Assert.Empty(jobs.UnapprovedYears);
        Assert.Null(jobs.UnapprovedLatest);
        Assert.Equal(2, jobs.HiddenValues);
        Assert.Equal((ReportStatus.Approved, ReportStatus.Submitted), (approved.ReportStatuses[2021], approved.ReportStatuses[2022]));
        Assert.False(approved.ReportStatuses.ContainsKey(2023));

        // With submitted reports: 12.5 + 12.3 = 24.8 → 33.1% against τ 40%; the total uses 2022, which is marked 已提交.
        jobs = submitted.Indicators.Single(i => i.Name == Jobs);
        Assert.Equal((2022, 24.8m / 75m), (jobs.Progress.LatestYear, jobs.Progress.Completion));
        Assert.Equal([2022], jobs.UnapprovedYears);
        Assert.Equal(ReportStatus.Submitted, jobs.UnapprovedLatest);
        Assert.Equal(1, jobs.HiddenValues);

        // Everything: 37.13 → 49.5% against τ 60%; 2023 has no report row yet, a draft.
        jobs = all.Indicators.Single(i => i.Name == Jobs);
        Assert.Equal((2023, 37.13m / 75m), (jobs.Progress.LatestYear, jobs.Progress.Completion));
        Assert.Equal([2022, 2023], jobs.UnapprovedYears);
        Assert.Equal(ReportStatus.Draft, jobs.UnapprovedLatest);
        Assert.Equal(0, jobs.HiddenValues);
        Assert.Equal(0, all.HiddenValues);
    }

    [Fact]
    public async Task The_dashboard_exports_with_its_scope_and_says_which_reports_each_figure_uses()
    {
        var (changsha, _) = await ReportedAsync();
        var leader = await PortalSession.SignInAsync(portal, "changsha-leader");

        var response = await leader.GetAsync($"/exports/dashboard.xlsx?city={changsha}&year=2023&data=submitted");
        var otherCity = await (await PortalSession.SignInAsync(portal, "zhuzhou-leader")).GetAsync($"/exports/dashboard.xlsx?city={changsha}&year=2023");
        var reporter = await (await PortalSession.SignInAsync(portal, "changsha-reporter")).GetAsync($"/exports/dashboard.xlsx?city={changsha}&year=2023");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCity.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, reporter.StatusCode);
        Assert.Equal("长沙市规划实施进度-2023年-含已提交待审核数据.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        Assert.Equal(["主要指标进度", "年度报告状态", "专栏与项目"], ExportWorkbook.SheetNames(workbook));

        // 12.5 (2021, approved) + 12.3 (2022, submitted) = 24.8 of [75]: 33.1% against τ 40% (2 of 5 years); the 2023
        // draft (12.33) is outside 含已提交 and left out, and the figure says it uses 2022's submitted report.
        var table = ExportWorkbook.Sheet(workbook, "主要指标进度");
        Assert.Equal(
            ["类别", "指标", "属性", "单位", "2020年基数", "2025年目标", "2021年", "2022年", "2023年", "最新值", "最新值年份", "完成率", "时序进度", "状态", "说明", "数据审核状态"],
            ExportWorkbook.Row(table, 4, 16));
        Assert.Contains("含已提交待审核数据", table["A1"].Text, StringComparison.Ordinal);
        var jobs = ExportWorkbook.RowOf(table, "B", Jobs);
        Assert.Equal(("12.5", true), (table[$"G{jobs}"].Text, table[$"G{jobs}"].Numeric));
        Assert.Equal("12.3", table[$"H{jobs}"].Text);
        Assert.False(table.ContainsKey($"I{jobs}"));
        Assert.Equal(("累计 24.8", "2022"), (table[$"J{jobs}"].Text, table[$"K{jobs}"].Text));
        Assert.Equal(0.3307m, decimal.Round(decimal.Parse(table[$"L{jobs}"].Text, System.Globalization.CultureInfo.InvariantCulture), 4));
        Assert.Equal(0.4m, decimal.Parse(table[$"M{jobs}"].Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2022年已提交", table[$"P{jobs}"].Text);

        var statuses = ExportWorkbook.Sheet(workbook, "年度报告状态");
        Assert.Equal(["2021年", "已审核"], ExportWorkbook.Row(statuses, 5, 2));
        Assert.Equal(["2022年", "已提交"], ExportWorkbook.Row(statuses, 6, 2));
        Assert.Equal(["2023年", "未开始"], ExportWorkbook.Row(statuses, 7, 2));
    }

    [Fact]
    public async Task A_rows_detail_lists_every_reported_year_with_its_reports_status_for_the_city_only()
    {
        var (changsha, zhuzhou) = await ReportedAsync();
        var (_, changshaJobs) = await PlanRows.RowAsync(portal, "长沙市", Jobs);
        var (_, zhuzhouJobs) = await PlanRows.RowAsync(portal, "株洲市", Jobs);
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var otherLeader = await UserScopes.ForAsync(portal, "zhuzhou-leader");
        var details = leader.ServiceProvider.GetRequiredService<IndicatorDetailService>();

        var years = await details.YearsAsync(changsha, changshaJobs, 2021, 2023);
        var upTo2022 = await details.YearsAsync(changsha, changshaJobs, 2021, 2022);

        // Whatever the dashboard's 数据范围: 2021 approved, 2022 submitted, 2023 a value whose report row is gone (shown as such).
        Assert.Equal(
            [(2021, (ReportStatus?)ReportStatus.Approved, 12.5m), (2022, ReportStatus.Submitted, 12.3m), (2023, null, 12.33m)],
            years.Select(y => (y.Year, y.Status, y.Figures.Value)));
        Assert.Equal([2021, 2022], upTo2022.Select(y => y.Year));
        // Another city's leader reads nothing, and a row of another city's plan is not 长沙's.
        Assert.Empty(await otherLeader.ServiceProvider.GetRequiredService<IndicatorDetailService>().YearsAsync(changsha, changshaJobs, 2021, 2023));
        Assert.Empty(await details.YearsAsync(changsha, zhuzhouJobs, 2021, 2023));
        Assert.NotEqual(changsha, zhuzhou);
    }

    [Fact]
    public async Task The_comparison_says_each_citys_year_and_status_and_that_the_years_differ()
    {
        await ReportedAsync();
        await using var province = await UserScopes.ForAsync(portal, "province");
        var comparisons = province.ServiceProvider.GetRequiredService<ComparisonService>();
        var jobsId = (await comparisons.CatalogueAsync()).Single(c => c.Name == Jobs).Id;

        var approved = (await comparisons.CompareAsync(jobsId, 2023, ValueScope.Approved))!;
        var all = (await comparisons.CompareAsync(jobsId, 2023, ValueScope.All))!;

        var changsha = approved.Cities.Single(c => c.City == "长沙市");
        var zhuzhou = approved.Cities.Single(c => c.City == "株洲市");
        Assert.Equal((2021, ReportStatus.Approved), (changsha.LatestYear, changsha.LatestStatus));
        Assert.Equal((2022, ReportStatus.Approved), (zhuzhou.LatestYear, zhuzhou.LatestStatus));
        Assert.Contains(2021, approved.FigureYears);
        Assert.Contains(2022, approved.FigureYears);
        Assert.False(approved.AnyUnapproved);
        Assert.Equal((2023, ReportStatus.Draft), (all.Cities.Single(c => c.City == "长沙市").LatestYear, all.Cities.Single(c => c.City == "长沙市").LatestStatus));
        Assert.True(all.AnyUnapproved);
    }

    [Fact]
    public async Task The_api_gives_approved_values_by_default_each_with_its_review_status()
    {
        await ReportedAsync();
        var planId = await PlanIdAsync("长沙市");
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var byDefault = await JsonAsync(client, $"/api/v1/plans/{planId}/values?year=2023");
        var submitted = await JsonAsync(client, $"/api/v1/plans/{planId}/values?year=2023&include=submitted");
        var wrong = await client.GetAsync($"/api/v1/plans/{planId}/values?include=drafts");

        Assert.Equal("approved", byDefault.GetProperty("include").GetString());
        Assert.True(byDefault.GetProperty("hiddenValues").GetInt32() >= 2);
        Assert.Equal([(2021, "approved")], Values(byDefault));
        Assert.Equal([(2021, "approved"), (2022, "submitted")], Values(submitted));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("include 只能是", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<(int, string?)> Values(JsonElement body) =>
        [.. body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == Jobs)
            .GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("year").GetInt32(), v.GetProperty("review").GetString()))];

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The values and report statuses of the summary, written as the workflow leaves them; the same every run.</summary>
    private async Task<(int Changsha, int Zhuzhou)> ReportedAsync()
    {
        var (changsha, changshaJobs) = await PlanRows.RowAsync(portal, "长沙市", Jobs);
        var (zhuzhou, zhuzhouJobs) = await PlanRows.RowAsync(portal, "株洲市", Jobs);
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, changshaJobs, (2021, 12.5m), (2022, 12.3m), (2023, 12.33m));
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, zhuzhouJobs, (2021, 5m), (2022, 5m));
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, changsha, 2021, ReportStatus.Approved);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, changsha, 2022, ReportStatus.Submitted);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, zhuzhou, 2021, ReportStatus.Approved);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, zhuzhou, 2022, ReportStatus.Approved);
        await using var context = await NewContextAsync();
        await context.CityYearReports.Where(r => r.RegionId == changsha && r.Year == 2023).ExecuteDeleteAsync();
        return (changsha, zhuzhou);
    }

    private async Task<int> PlanIdAsync(string region)
    {
        await using var context = await NewContextAsync();
        return await context.Plans.Where(p => p.Region!.Name == region && p.PeriodStart == 2021).Select(p => p.Id).SingleAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
