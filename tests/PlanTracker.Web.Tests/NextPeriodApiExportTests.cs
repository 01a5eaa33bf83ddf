using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Exports;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A region with a sequence of plans: 长沙 gains a “十五五” plan (2026—2030) beside its “十四五” seed plan. The read
/// API checks a year against the asked plan's own period and the exports name their columns after it.
/// </summary>
/// <remarks>A portal of its own: the other API and export tests count one plan per city.</remarks>
public class NextPeriodApiExportTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>, IAsyncLifetime
{
    private const string Title = "长沙市“十五五”人力资源和社会保障事业发展规划（2026—2030年）";

    private static readonly string[] IndicatorHeader =
    [
        "类别", "序号", "指标", "单位", "属性", "2025年基数", "2030年目标", "2026年", "2027年", "2028年", "2029年", "2030年",
        "快报年份", "未审核年份", "五年累计", "完成率", "时序进度", "状态", "演示数据年份",
    ];

    private int _nextPlanId;
    private int _seedPlanId;
    private int _regionId;

    public async Task InitializeAsync()
    {
        await using var context = await NewContextAsync();
        var region = await context.Regions.SingleAsync(r => r.Name == "长沙市");
        _regionId = region.Id;
        _seedPlanId = await context.Plans.Where(p => p.RegionId == region.Id && p.PeriodStart == 2021).Select(p => p.Id).SingleAsync();
        if (await context.Plans.Where(p => p.RegionId == region.Id && p.PeriodStart == 2026).Select(p => (int?)p.Id).SingleOrDefaultAsync() is { } existing)
        {
            _nextPlanId = existing;
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var plan = new Plan { Title = Title, RegionId = region.Id, PeriodStart = 2026, PeriodEnd = 2030, CreatedAt = now, UpdatedAt = now };
        var jobs = new Indicator
        {
            Ordinal = 1,
            Number = 1,
            Category = "就业",
            Name = "城镇新增就业人数",
            Unit = "万人",
            Baseline = Measure.Parse("[75]"),
            Target = Measure.Parse("[80]"),
            Cumulative = true,
            Attribute = IndicatorAttribute.Anticipatory,
        };
        var insured = new Indicator
        {
            Ordinal = 2,
            Number = 2,
            Category = "社会保障",
            Name = "失业保险参保人数",
            Unit = "万人",
            Baseline = Measure.Parse("212.7"),
            Target = Measure.Parse("240"),
            Attribute = IndicatorAttribute.Binding,
        };
        plan.Indicators.AddRange([jobs, insured]);
        context.Plans.Add(plan);
        await context.SaveChangesAsync();
        context.IndicatorValues.AddRange(
            new IndicatorValue { IndicatorId = jobs.Id, Year = 2026, Value = 16.5m, UpdatedAt = now, UpdatedBy = "test" },
            new IndicatorValue { IndicatorId = insured.Id, Year = 2026, Value = 218.4m, IsPreliminary = true, UpdatedAt = now, UpdatedBy = "test" });
        await context.SaveChangesAsync();
        _nextPlanId = plan.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_year_outside_the_asked_plans_period_is_a_400_naming_that_plans_span()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var beforeNext = await client.GetAsync($"/api/v1/plans/{_nextPlanId}/values?year=2024");
        var afterSeed = await client.GetAsync($"/api/v1/plans/{_seedPlanId}/values?year=2027");

        Assert.Equal(HttpStatusCode.BadRequest, beforeNext.StatusCode);
        Assert.Equal("application/problem+json", beforeNext.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(beforeNext);
        Assert.Equal("请求参数无效", problem.GetProperty("title").GetString());
        Assert.Contains("2026—2030年", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("“十五五”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, afterSeed.StatusCode);
        var seedDetail = (await JsonAsync(afterSeed)).GetProperty("detail").GetString();
        Assert.Contains("2021—2025年", seedDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", seedDetail, StringComparison.Ordinal);

        // Another city's plan stays a 404 whatever the year (no period is told).
        var zhuzhou = await PortalSession.SignInAsync(portal, "zhuzhou-leader");
        Assert.Equal(HttpStatusCode.NotFound, (await zhuzhou.GetAsync($"/api/v1/plans/{_nextPlanId}/values?year=2024")).StatusCode);
    }

    [Fact]
    public async Task The_next_plans_values_are_judged_on_its_own_period()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");
        await using var context = await NewContextAsync();
        var indicators = await context.Indicators.AsNoTracking().Where(i => i.PlanId == _nextPlanId).OrderBy(i => i.Ordinal).ToListAsync();
        var period = new PlanPeriod(2026, 2030);

        var body = await JsonAsync(await client.GetAsync($"/api/v1/plans/{_nextPlanId}/values?year=2026&include=all"));
        var byDefault = await JsonAsync(await client.GetAsync($"/api/v1/plans/{_nextPlanId}/values?include=all"));
        var seedByDefault = await JsonAsync(await client.GetAsync($"/api/v1/plans/{_seedPlanId}/values?include=all"));

        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal(2026, body.GetProperty("period").GetProperty("firstYear").GetInt32());
        Assert.Equal(2025, body.GetProperty("period").GetProperty("baselineYear").GetInt32());
        Assert.Equal("2026—2030年", body.GetProperty("period").GetProperty("span").GetString());
        var rows = body.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(indicators.Select(i => i.Name), rows.Select(r => r.GetProperty("name").GetString()));
        var jobs = rows[0];
        Assert.Equal([(2026, 16.5m)], jobs.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("year").GetInt32(), v.GetProperty("value").GetDecimal())));
        var expected = ProgressEngine.Evaluate(indicators[0], [new YearValue(2026, 16.5m)], period);
        Assert.Equal(expected.Status.ToString(), jobs.GetProperty("progress").GetProperty("statusCode").GetString());
        Assert.Equal(expected.Expected, jobs.GetProperty("progress").GetProperty("expected").GetDecimal());
        Assert.Equal(expected.ProjectionAtEnd, jobs.GetProperty("progress").GetProperty("projectionAtEnd").GetDecimal());
        Assert.True(rows[1].GetProperty("values")[0].GetProperty("preliminary").GetBoolean());

        // Without a year each plan opens on the default-year rule kept within its own period.
        Assert.True(new PlanPeriod(2026, 2030).Contains(byDefault.GetProperty("year").GetInt32()));
        Assert.Equal(2025, seedByDefault.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Regions_list_both_plans_and_plans_filter_by_the_year_in_force()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var regions = await JsonAsync(await client.GetAsync("/api/v1/regions"));
        var changsha = regions.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "长沙市");
        var regionId = changsha.GetProperty("id").GetInt32();
        var all = await JsonAsync(await client.GetAsync($"/api/v1/plans?region={regionId}"));
        var in2027 = await JsonAsync(await client.GetAsync($"/api/v1/plans?region={regionId}&year=2027"));
        var in2023 = await JsonAsync(await client.GetAsync($"/api/v1/plans?region={regionId}&year=2023"));

        Assert.Equal([_seedPlanId, _nextPlanId], changsha.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        Assert.Equal(["“十四五”", "“十五五”"], changsha.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("period").GetProperty("name").GetString()));
        // Values reported for 2026: the region's pages open in the 十五五 period.
        Assert.Equal(_nextPlanId, changsha.GetProperty("planId").GetInt32());
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal([_nextPlanId], in2027.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        Assert.Equal(2030, in2027.GetProperty("items")[0].GetProperty("period").GetProperty("lastYear").GetInt32());
        Assert.Equal([_seedPlanId], in2023.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task The_comparison_accepts_every_imported_period_and_names_both_spans_when_the_year_is_outside()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var next = await client.GetAsync("/api/v1/comparison?year=2027&pageSize=1");
        var byPeriod = await JsonAsync(await client.GetAsync("/api/v1/comparison?period=2026-2030&pageSize=1"));
        var outside = await client.GetAsync("/api/v1/comparison?year=2031");

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("2026—2030年", (await JsonAsync(next)).GetProperty("items")[0].GetProperty("period").GetProperty("span").GetString());
        Assert.True(new PlanPeriod(2026, 2030).Contains(byPeriod.GetProperty("items")[0].GetProperty("year").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var detail = (await JsonAsync(outside)).GetProperty("detail").GetString();
        Assert.Contains("2021—2025年", detail, StringComparison.Ordinal);
        Assert.Contains("2026—2030年", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboards_export_in_the_next_period_takes_its_columns_and_pace_from_that_plan()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var response = await client.GetAsync($"/exports/dashboard.xlsx?city={_regionId}&year=2026&data=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        var table = ExportWorkbook.Sheet(workbook, "主要指标进度");
        Assert.Equal(
            ["类别", "指标", "属性", "单位", "2025年基数", "2030年目标", "2026年", "最新值", "最新值年份", "完成率", "时序进度", "状态", "说明", "数据审核状态"],
            ExportWorkbook.Row(table, 4, 14));
        // 16.5 of [80] over 2026—2030: 20.6% against τ 20% (1 of 5 years).
        var jobs = ExportWorkbook.RowOf(table, "B", "城镇新增就业人数");
        Assert.Equal(["16.5", "累计 16.5", "2026"], ExportWorkbook.Row(table, jobs, 9).Skip(6));
        Assert.Equal(0.20625m, decimal.Parse(table[$"J{jobs}"].Text, CultureInfo.InvariantCulture));
        Assert.Equal(0.2m, decimal.Parse(table[$"K{jobs}"].Text, CultureInfo.InvariantCulture));
        var statuses = ExportWorkbook.Sheet(workbook, "年度报告状态");
        Assert.Equal(["2026年", "未开始"], ExportWorkbook.Row(statuses, 5, 2));
    }

    [Fact]
    public async Task The_next_plans_export_has_its_own_baseline_target_and_year_columns()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        // 含草稿: the 2026 values here belong to no report yet.
        var xlsx = await client.GetAsync($"/exports/plans/{_nextPlanId}/indicators.xlsx?data=all");
        var csv = await client.GetStringAsync($"/exports/plans/{_nextPlanId}/indicators.csv?data=all");
        var seed = await client.GetAsync($"/exports/plans/{_seedPlanId}/indicators.xlsx");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        var cells = ExportWorkbook.Sheet(workbook, "主要指标");
        Assert.Contains(Title, cells["A1"].Text, StringComparison.Ordinal);
        Assert.Contains("2026—2030年", cells["A2"].Text, StringComparison.Ordinal);
        Assert.Equal(IndicatorHeader, ExportWorkbook.Row(cells, ExportSheet.HeaderRow, IndicatorHeader.Length));
        var jobs = ExportWorkbook.RowOf(cells, "C", "城镇新增就业人数");
        Assert.Equal(["[75]", "[80]", "16.5"], ExportWorkbook.Row(cells, jobs, 8).Skip(5));
        Assert.Equal(16.5m, decimal.Parse(cells[$"O{jobs}"].Text, CultureInfo.InvariantCulture));
        Assert.Equal("2026（草稿）", cells[$"N{jobs}"].Text);
        var insured = ExportWorkbook.RowOf(cells, "C", "失业保险参保人数");
        Assert.Equal("2026", cells[$"M{insured}"].Text);

        using (var reader = new StringReader(csv.TrimStart('\uFEFF')))
        {
            Assert.Equal(string.Join(",", IndicatorHeader), reader.ReadLine());
        }

        var seedCells = ExportWorkbook.Sheet(await seed.Content.ReadAsByteArrayAsync(), "主要指标");
        Assert.Equal(["2020年基数", "2025年目标", "2021年"], ExportWorkbook.Row(seedCells, 4, 8).Skip(5));
    }

    [Fact]
    public async Task The_comparison_export_names_its_columns_after_the_period_in_force_in_the_year()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var next = ExportWorkbook.Sheet(await (await client.GetAsync("/exports/compare.xlsx?year=2027")).Content.ReadAsByteArrayAsync(), "城市对比");
        var seed = ExportWorkbook.Sheet(await (await client.GetAsync("/exports/compare.xlsx?year=2023")).Content.ReadAsByteArrayAsync(), "城市对比");

        Assert.Equal(["2025年基数", "2030年目标"], ExportWorkbook.Row(next, 4, 9).Skip(7));
        Assert.Contains("2027", next["A1"].Text, StringComparison.Ordinal);
        Assert.Equal(["2020年基数", "2025年目标"], ExportWorkbook.Row(seed, 4, 9).Skip(7));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType is "application/json" or "application/problem+json", $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
