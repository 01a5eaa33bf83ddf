using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Overview;

namespace PlanTracker.Web.Tests;

/// <summary>
/// 省级总览 in a portal of its own: the city × year matrix reads each report's status as the workflow left it (set
/// here with plain SQL), marks a year overdue once its deadline has passed without a submission, and the heat map
/// agrees with the comparison city by city. Deadlines are set far in the past or future, so no test depends on today.
/// </summary>
public class OverviewTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task The_matrix_gives_each_city_years_status_and_marks_the_overdue_ones()
    {
        var (changsha, zhuzhou) = await StatusesAsync();
        await using var province = await UserScopes.ForAsync(portal, "province");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");

        var matrix = (await province.ServiceProvider.GetRequiredService<OverviewService>().MatrixAsync())!;

        Assert.Null(await leader.ServiceProvider.GetRequiredService<OverviewService>().MatrixAsync());
        Assert.Equal([2021, 2022, 2023, 2024, 2025], matrix.Years);
        Assert.Equal(["鄂州市", "长沙市", "株洲市", "湘西自治州"], matrix.Rows.Select(r => r.City)); // by division code: Hubei (42…) before Hunan (43…)
        var cs = matrix.Rows.Single(r => r.RegionId == changsha).Cells.ToDictionary(c => c.Year);
        var zz = matrix.Rows.Single(r => r.RegionId == zhuzhou).Cells.ToDictionary(c => c.Year);
        // Deadlines 2022-03-31 … 2024-03-31 have passed; 2025's is set to 2099: never overdue.
        Assert.Equal((ReportStatus.Approved, false), (cs[2021].Status, cs[2021].Overdue));
        Assert.Equal((ReportStatus.Submitted, false), (cs[2022].Status, cs[2022].Overdue));
        Assert.Equal((ReportStatus.Returned, true), (cs[2023].Status, cs[2023].Overdue));
        Assert.Equal((ReportStatus.Draft, true, "草稿"), (zz[2021].Status, zz[2021].Overdue, zz[2021].Text));
        Assert.Equal(("未开始", false), (cs[2025].Text, cs[2025].Overdue));
        Assert.All(matrix.Rows.SelectMany(r => r.Cells), c => Assert.True(c.InPlan));
    }

    [Fact]
    public async Task The_heat_map_agrees_with_the_comparison_and_drills_into_the_citys_plan_row()
    {
        await StatusesAsync();
        await using var province = await UserScopes.ForAsync(portal, "province");
        var comparisons = province.ServiceProvider.GetRequiredService<ComparisonService>();

        var heat = (await province.ServiceProvider.GetRequiredService<OverviewService>().HeatMapAsync(2022, ValueScope.All))!;

        foreach (var row in heat.Rows)
        {
            var compared = (await comparisons.CompareAsync(row.Indicator.Id, 2022, ValueScope.All))!;
            Assert.Equal(compared.Cities.Select(c => (c.City, c.Progress.Status)).OrderBy(c => c.City), row.Cities.Values.Select(c => (c.City.City, c.City.Progress.Status)).OrderBy(c => c.Item1));
        }

        // 失业保险参保人数 is in 长沙's, 株洲's and 鄂州's plans, not in 湘西's.
        var insured = heat.Rows.Single(r => r.Indicator.Name == "失业保险参保人数");
        var xiangxi = heat.Cities.Single(c => c.City == "湘西自治州").RegionId;
        Assert.False(insured.Cities.ContainsKey(xiangxi));
        await using var context = await NewContextAsync();
        var changshaRow = await context.Indicators.Where(i => i.Name == "失业保险参保人数" && context.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == "长沙市")).Select(i => i.Id).SingleAsync();
        Assert.Equal(changshaRow, insured.Cities.Values.Single(c => c.City.City == "长沙市").IndicatorId);
    }

    [Fact]
    public async Task The_overview_exports_to_a_workbook_with_both_tables()
    {
        await StatusesAsync();
        var client = await PortalSession.SignInAsync(portal, "province");
        var refused = await (await PortalSession.SignInAsync(portal, "changsha-leader")).GetAsync("/exports/overview.xlsx?year=2022");

        var response = await client.GetAsync("/exports/overview.xlsx?year=2022&data=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("省级总览-2022年.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        Assert.Equal(["审核状态", "指标进度"], ExportWorkbook.SheetNames(workbook));
        var matrix = ExportWorkbook.Sheet(workbook, "审核状态");
        Assert.Equal(["市州", "2021年", "2022年", "2023年", "2024年", "2025年"], ExportWorkbook.Row(matrix, 4, 6));
        var zhuzhou = ExportWorkbook.RowOf(matrix, "A", "株洲市");
        Assert.Equal("草稿（逾期）", matrix[$"B{zhuzhou}"].Text);
        var heat = ExportWorkbook.Sheet(workbook, "指标进度");
        Assert.Contains("含草稿等全部数据", heat["A1"].Text, StringComparison.Ordinal);
    }

    /// <summary>长沙 2021 approved, 2022 submitted, 2023 returned; 株洲 2021 a draft; deadlines 2022–2024 in the past, 2025's in 2099.</summary>
    private async Task<(int Changsha, int Zhuzhou)> StatusesAsync()
    {
        await using var context = await NewContextAsync();
        var changsha = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
        var zhuzhou = await context.Regions.Where(r => r.Name == "株洲市").Select(r => r.Id).SingleAsync();
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, changsha, 2021, ReportStatus.Approved);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, changsha, 2022, ReportStatus.Submitted);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, changsha, 2023, ReportStatus.Returned);
        await PlainSql.SetReportStatusAsync(portal.ConnectionString, zhuzhou, 2021, ReportStatus.Draft);
        await context.CityYearReports.Where(r => r.Year >= 2024 || (r.RegionId != changsha && r.RegionId != zhuzhou) || (r.RegionId == zhuzhou && r.Year > 2021)).ExecuteDeleteAsync();
        foreach (var (year, deadline) in new[] { (2021, new DateOnly(2022, 3, 31)), (2022, new DateOnly(2023, 3, 31)), (2023, new DateOnly(2024, 3, 31)), (2024, new DateOnly(2025, 3, 31)), (2025, new DateOnly(2099, 12, 31)) })
        {
            await context.ReportingYears.Where(y => y.Year == year).ExecuteUpdateAsync(s => s.SetProperty(y => y.Deadline, deadline));
        }

        return (changsha, zhuzhou);
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
