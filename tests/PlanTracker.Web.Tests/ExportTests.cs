using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Progress;
using PlanTracker.Import;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The exports downloaded over HTTP as the people who use them, opened with Open XML and CsvHelper, and checked
/// against the seed document (typed by hand), the database (plain SQL) and the services the pages use.
/// </summary>
public class ExportTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private static readonly string[] IndicatorHeader =
    [
        "类别", "序号", "指标", "单位", "属性", "2020年基数", "2025年目标", "2021年", "2022年", "2023年", "2024年", "2025年",
        "快报年份", "未审核年份", "五年累计", "完成率", "时序进度", "状态", "演示数据年份",
    ];

    /// <summary>Typed from 专栏2 of seeds/001 (长沙): category, number, name, unit, attribute, 2020, 2025.</summary>
    private static readonly string[][] ChangshaRows =
    [
        ["就业", "1", "城镇新增就业人数", "万人", "预期性", "[71.42]", "[75]"],
        ["就业", "2", "城镇调查失业率", "%", "预期性", "5.5", "<5.5"],
        ["就业", "5", "其中：农民工参加职业培训人次", "万人次", "预期性", "—", "[10]"],
        ["社会保障", "6", "基本养老保险参保覆盖率", "%", "预期性", "≥96", ">96"],
        ["社会保障", "7", "失业保险参保人数", "万人", "约束性", "182.8", "212.7"],
        ["社会保障", "8", "工伤保险参保人数", "万人", "约束性", "171.3", "180"],
        ["劳动关系", "13", "劳动保障监察举报投诉案件结案率", "%", "预期性", "100", "96"],
    ];

    [Fact]
    public async Task A_city_user_downloads_the_plans_indicators_as_xlsx_with_the_printed_rows_and_the_databases_yearly_values()
    {
        var planId = await PlanIdAsync("长沙市");
        // The latest value of one indicator is a 快报 figure: the export says so.
        await SqlAsync("""
            UPDATE indicator_values SET is_preliminary = true WHERE id = (SELECT v.id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
            WHERE i.name = '失业保险参保人数' AND i.plan_id = @plan ORDER BY v.year DESC LIMIT 1)
            """, planId);
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        // Every value (含草稿): the demo values belong to no approved report.
        var response = await client.GetAsync($"/exports/plans/{planId}/indicators.xlsx?data=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("长沙市-主要指标.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        var cells = ExportWorkbook.Sheet(workbook, "主要指标");

        Assert.Contains("长沙市", cells["A1"].Text, StringComparison.Ordinal);
        Assert.Contains("长沙市“十四五”人力资源和社会保障事业发展规划", cells["A1"].Text, StringComparison.Ordinal);
        Assert.Contains("导出时间：", cells["A2"].Text, StringComparison.Ordinal);
        Assert.Contains("演示数据", cells["A3"].Text, StringComparison.Ordinal);
        Assert.Equal(IndicatorHeader, ExportWorkbook.Row(cells, 4, IndicatorHeader.Length));
        foreach (var expected in ChangshaRows)
        {
            Assert.Equal(expected, ExportWorkbook.Row(cells, ExportWorkbook.RowOf(cells, "C", expected[2]), 7));
        }

        // Plan order: 13 rows from row 5, as printed.
        Assert.Equal("城镇新增就业人数", cells["C5"].Text);
        Assert.Equal("劳动保障监察举报投诉案件结案率", cells["C17"].Text);
        Assert.False(cells.ContainsKey("C18"));

        // Every yearly value equals the database's, as a numeric cell.
        var stored = await ValuesAsync(planId);
        Assert.NotEmpty(stored);
        foreach (var ((name, year), value) in stored)
        {
            var cell = cells[$"{ExportWorkbook.Column(6 + year - 2020)}{RowOfName(cells, name)}"];
            Assert.True(cell.Numeric, $"{name} {year}");
            Assert.Equal(value.Value, decimal.Parse(cell.Text, CultureInfo.InvariantCulture));
        }

        var rows = Enumerable.Range(5, 13);
        Assert.Equal(stored.Count, rows.Sum(r => Enumerable.Range(7, 5).Count(c => cells.ContainsKey($"{ExportWorkbook.Column(c)}{r}"))));
        var insured = ExportWorkbook.RowOf(cells, "C", "失业保险参保人数");
        Assert.Equal(stored.Where(s => s.Key.Name == "失业保险参保人数").Max(s => s.Key.Year).ToString(CultureInfo.InvariantCulture), cells[$"M{insured}"].Text);
        Assert.All(rows, r => Assert.Equal(
            string.Join("、", stored.Where(s => s.Key.Name == Name(cells, r) && s.Value.IsDemo).Select(s => s.Key.Year).Order()),
            cells.GetValueOrDefault($"S{r}")?.Text ?? string.Empty));
        Assert.All(rows, r => Assert.Equal(
            string.Join("、", stored.Where(s => s.Key.Name == Name(cells, r) && s.Value.IsPreliminary).Select(s => s.Key.Year).Order()),
            cells.GetValueOrDefault($"M{r}")?.Text ?? string.Empty));

        // 五年累计 for [75]: the sum of the yearly increments; completion and 时序进度 numeric with a % format.
        var jobs = ExportWorkbook.RowOf(cells, "C", "城镇新增就业人数");
        Assert.Equal(stored.Where(s => s.Key.Name == "城镇新增就业人数").Sum(s => s.Value.Value), decimal.Parse(cells[$"O{jobs}"].Text, CultureInfo.InvariantCulture));
        Assert.False(cells.ContainsKey($"O{insured}"));
        Assert.Equal(10u, cells[$"P{jobs}"].NumberFormat);
        Assert.Equal(10u, cells[$"Q{jobs}"].NumberFormat);
        Assert.True(cells[$"P{jobs}"].Numeric);

        // Status and completion: the engine on the plan's period and the stored values (as the dashboard judges them).
        await using var context = await NewContextAsync();
        var period = (await context.Plans.AsNoTracking().SingleAsync(p => p.Id == planId)).Period;
        Assert.Equal((2021, 2025), (period.FirstYear, period.LastYear));
        foreach (var indicator in await context.Indicators.AsNoTracking().Where(i => i.PlanId == planId).ToListAsync())
        {
            var progress = ProgressEngine.Evaluate(indicator, [.. stored.Where(s => s.Key.Name == indicator.Name).OrderBy(s => s.Key.Year).Select(s => new YearValue(s.Key.Year, s.Value.Value))], period);
            var row = ExportWorkbook.RowOf(cells, "C", (indicator.ParentId is not null ? "其中：" : string.Empty) + indicator.Name);
            Assert.Equal(progress.Status.ToChinese(), cells[$"R{row}"].Text);
            Assert.Equal(progress.Completion, cells.GetValueOrDefault($"P{row}") is { } c ? decimal.Parse(c.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null);
        }
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_byte_order_mark_and_the_same_rows()
    {
        var planId = await PlanIdAsync("长沙市");
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");

        var response = await client.GetAsync($"/exports/plans/{planId}/indicators.csv?data=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("长沙市-主要指标.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        using var csv = CsvHelper.CsvReader.Create(new MemoryStream(bytes), new CsvHelper.CsvReaderOptions { Separator = ',' }, false);
        var rows = new List<string[]>();
        var values = new Dictionary<(string Name, int Year), decimal>();
        var completions = new List<string>();
        while (await csv.ReadAsync())
        {
            var name = csv.GetString("指标");
            rows.Add([csv.GetString("类别"), csv.GetString("序号"), name, csv.GetString("单位"), csv.GetString("属性"), csv.GetString("2020年基数"), csv.GetString("2025年目标")]);
            for (var year = 2021; year <= 2025; year++)
            {
                if (csv.GetString($"{year}年") is { Length: > 0 } text)
                {
                    values[(name.Replace("其中：", string.Empty, StringComparison.Ordinal), year)] = decimal.Parse(text, CultureInfo.InvariantCulture);
                }
            }

            completions.Add(csv.GetString("完成率"));
        }

        Assert.Equal(IndicatorHeader, csv.Headers);
        Assert.Equal(13, rows.Count);
        Assert.All(ChangshaRows, expected => Assert.Contains(expected, rows));
        Assert.Equal((await ValuesAsync(planId)).ToDictionary(v => v.Key, v => v.Value.Value), values);
        Assert.Contains(completions, c => c.EndsWith('%'));
        Assert.All(completions.Where(c => c.Length > 0), c => Assert.Matches(@"^-?\d+(\.\d+)?%$", c));
    }

    [Fact]
    public async Task By_default_the_plan_export_has_approved_years_only_and_names_each_unapproved_year_it_is_asked_for()
    {
        // 湘西 (seeds/002): 2021's report approved, 2022's submitted, 2023's values without a report (drafts).
        var planId = await PlanIdAsync("湘西自治州");
        await using (var context = await NewContextAsync())
        {
            var region = await context.Plans.Where(p => p.Id == planId).Select(p => p.RegionId).SingleAsync();
            await PlainSql.SetReportStatusAsync(portal.ConnectionString, region, 2021, ReportStatus.Approved);
            await PlainSql.SetReportStatusAsync(portal.ConnectionString, region, 2022, ReportStatus.Submitted);
            await context.CityYearReports.Where(r => r.RegionId == region && r.Year == 2023).ExecuteDeleteAsync();
        }

        // seeds/002: 城镇新增就业人数 2.3 → [10] 万人; the yearly increments are typed here.
        var (_, jobsId) = await PlanRows.RowAsync(portal, "湘西自治州", "城镇新增就业人数");
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, jobsId, (2021, 2.1m), (2022, 2.2m), (2023, 2.05m));
        var stored = new Dictionary<int, decimal> { [2021] = 2.1m, [2022] = 2.2m, [2023] = 2.05m };
        var client = await PortalSession.SignInAsync(portal, "xiangxi-leader");

        var approved = ExportWorkbook.Sheet(await client.GetByteArrayAsync($"/exports/plans/{planId}/indicators.xlsx"), "主要指标");
        var submitted = ExportWorkbook.Sheet(await client.GetByteArrayAsync($"/exports/plans/{planId}/indicators.xlsx?data=submitted"), "主要指标");

        // Columns: … G 2025年目标, H 2021年, I 2022年, J 2023年 … M 快报年份, N 未审核年份.
        var jobs = ExportWorkbook.RowOf(approved, "C", "城镇新增就业人数");
        Assert.Equal(stored[2021], decimal.Parse(approved[$"H{jobs}"].Text, CultureInfo.InvariantCulture));
        Assert.False(approved.ContainsKey($"I{jobs}"));
        Assert.False(approved.ContainsKey($"J{jobs}"));
        Assert.False(approved.ContainsKey($"N{jobs}"));
        Assert.Contains("数据范围：仅已审核数据（另有", approved["A2"].Text, StringComparison.Ordinal);
        Assert.Contains("状态、完成率按截至 2021 年的数据评估", approved["A2"].Text, StringComparison.Ordinal);
        jobs = ExportWorkbook.RowOf(submitted, "C", "城镇新增就业人数");
        Assert.Equal(stored[2022], decimal.Parse(submitted[$"I{jobs}"].Text, CultureInfo.InvariantCulture));
        Assert.False(submitted.ContainsKey($"J{jobs}"));
        Assert.Equal("2022（已提交）", submitted[$"N{jobs}"].Text);
        Assert.Contains("未审核通过的数值", submitted["A3"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_json_reads_back_through_the_importer_as_the_stored_plan_unchanged()
    {
        foreach (var city in new[] { "长沙市", "湘西自治州" })
        {
            var planId = await PlanIdAsync(city);
            var client = await PortalSession.SignInAsync(portal, "province");
            var response = await client.GetAsync($"/exports/plans/{planId}/plan.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"{city}-规划.json", response.Content.Headers.ContentDisposition!.FileNameStar);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            var parsed = PlanJson.Deserialize(Encoding.UTF8.GetString(bytes))!;
            Assert.Empty(new ParsedPlanValidator().Validate(parsed).Errors);
            Assert.Equal(city, parsed.Region);

            // The importer's own reading (JSON → validator → diff with the stored plan): nothing would change.
            var preview = await portal.Services.GetRequiredService<PlanImporter>().PreviewAsync(new ImportSource($"{city}-规划.json", bytes, "test"));
            Assert.Empty(preview.Errors);
            Assert.Equal(planId, preview.ExistingPlanId);
            Assert.False(preview.Diff!.HasChanges);

            // Field by field against the database.
            await using var context = await NewContextAsync();
            var indicators = await context.Indicators.Where(i => i.PlanId == planId).OrderBy(i => i.Ordinal)
                .Select(i => new { i.Category, i.Number, i.Name, i.Unit, Baseline = i.Baseline.Text, Target = i.Target.Text, i.Cumulative, i.Attribute, ParentNumber = i.Parent == null ? null : i.Parent.Number })
                .ToListAsync();
            Assert.Equal(
                indicators.Select(i => (i.Category, i.Number, i.Name, i.Unit, i.Baseline, i.Target, i.Cumulative, Attribute: i.Attribute == null ? null : i.Attribute == Domain.Plans.IndicatorAttribute.Binding ? "约束性" : "预期性", i.ParentNumber)),
                parsed.Indicators.Select(i => (i.Category, i.Number, i.Name, i.Unit, Baseline: i.Baseline.Text, Target: i.Target.Text, i.Cumulative, i.Attribute, i.ParentNumber)));
            var columns = await context.SpecialColumns.Where(c => c.PlanId == planId).OrderBy(c => c.Number)
                .Select(c => new { c.Number, c.Title, c.Kind, Items = c.Items.OrderBy(i => i.Number).Select(i => i.Number + i.Title + i.Text).ToList(), Targets = c.Items.SelectMany(i => i.Targets).Count() })
                .ToListAsync();
            Assert.Equal(
                columns.Select(c => (c.Number, c.Title, c.Kind, string.Join("|", c.Items), c.Targets)),
                parsed.SpecialColumns.Select(c => (c.Number, c.Title, c.Kind, string.Join("|", c.Items.Select(i => i.Number + i.Title + i.Text)), c.Items.Sum(i => i.Targets.Count))));
            var projects = await context.Projects.Where(p => p.PlanId == planId).OrderBy(p => p.Ordinal).Select(p => new { p.Name, p.Nature, p.TotalInvestment, p.PeriodInvestment }).ToListAsync();
            Assert.Equal(projects.Select(p => (p.Name, p.Nature, p.TotalInvestment, p.PeriodInvestment)), parsed.Projects.Select(p => (p.Name, p.Nature, p.TotalInvestment, p.PeriodInvestment)));
        }

        // Typed from seeds/001: the cumulative target keeps its brackets; 湘西 has its major-project table.
        var changsha = PlanJson.Deserialize(await (await PortalSession.SignInAsync(portal, "changsha-reporter")).GetStringAsync($"/exports/plans/{await PlanIdAsync("长沙市")}/plan.json"))!;
        var jobs = changsha.Indicators.Single(i => i.Name == "城镇新增就业人数");
        Assert.Equal(("万人", "[71.42]", 71.42m, "[75]", 75m, true, "预期性"), (jobs.Unit, jobs.Baseline.Text, jobs.Baseline.Value, jobs.Target.Text, jobs.Target.Value, jobs.Cumulative, jobs.Attribute));
        Assert.Equal(4, changsha.Indicators.Single(i => i.Name == "农民工参加职业培训人次").ParentNumber);
        Assert.Equal("长政办发〔2021〕73号", changsha.DocumentNumber);
    }

    [Fact]
    public async Task The_comparison_export_is_the_comparison_services_table_with_the_pages_filters()
    {
        await using var scope = await UserScopes.ForAsync(portal, "province");
        var comparisons = scope.ServiceProvider.GetRequiredService<ComparisonService>();
        var catalogue = await comparisons.CatalogueAsync();
        var jobs = catalogue.Single(c => c.Name == "城镇新增就业人数");
        var expected = (await comparisons.CompareAsync(jobs.Id, 2022, ValueScope.All))!;
        var client = await PortalSession.SignInAsync(portal, "province");

        var response = await client.GetAsync($"/exports/compare.xlsx?indicator={jobs.Id}&year=2022&category={Uri.EscapeDataString(jobs.Category!)}&binding=false&data=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("城市对比-城镇新增就业人数-2022年.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        Assert.Equal(["城市对比", "筛选指标"], ExportWorkbook.SheetNames(workbook));
        var cells = ExportWorkbook.Sheet(workbook, "城市对比");
        Assert.Contains("城镇新增就业人数", cells["A1"].Text, StringComparison.Ordinal);
        Assert.Contains("2022", cells["A1"].Text, StringComparison.Ordinal);
        Assert.Equal(["指标", "统一单位", "排名", "市州", "规划中的名称"], ExportWorkbook.Row(cells, 4, 5));
        Assert.Equal(["2020年基数", "2025年目标"], ExportWorkbook.Row(cells, 4, 9).Skip(7));
        Assert.Equal(["2020年（原文）", "2025年目标（原文）"], ExportWorkbook.Row(cells, 4, 18).Skip(16));

        Assert.True(expected.Cities.Count >= 3);
        for (var i = 0; i < expected.Cities.Count; i++)
        {
            var city = expected.Cities[i];
            var row = ExportWorkbook.Row(cells, 5 + i, 18);
            Assert.Equal([(i + 1).ToString(CultureInfo.InvariantCulture), city.City, city.PlanIndicatorName], row.Skip(2).Take(3));
            Assert.Equal(city.Progress.Status.ToChinese(), row[15]);
            Assert.Equal((city.BaselineText, city.TargetText), (row[16], row[17]));
            Assert.Equal(city.Latest, row[10].Length == 0 ? null : decimal.Parse(row[10], CultureInfo.InvariantCulture));
            Assert.Equal(city.Progress.Completion, row[12].Length == 0 ? null : decimal.Parse(row[12], NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal(10u, cells[$"M{5 + i}"].NumberFormat);
        }

        Assert.False(cells.ContainsKey($"D{5 + expected.Cities.Count}"));

        // The second sheet: every catalogue indicator of the chosen category, each ranked the same way.
        var filtered = ExportWorkbook.Sheet(workbook, "筛选指标");
        var inCategory = catalogue.Where(c => c.Category == jobs.Category).ToList();
        var names = filtered.Where(c => c.Key.StartsWith('A') && int.Parse(c.Key[1..], CultureInfo.InvariantCulture) > 4).Select(c => c.Value.Text).Distinct().Order().ToList();
        Assert.Equal(inCategory.Where(c => c.CityCount > 0).Select(c => c.Name).Order(), names);
    }

    [Fact]
    public async Task Another_citys_plan_is_not_found_and_audited_and_a_reporter_cannot_export_the_comparison()
    {
        var changsha = await PlanIdAsync("长沙市");
        var client = await PortalSession.SignInAsync(portal, "zhuzhou-reporter");

        foreach (var file in new[] { "indicators.xlsx", "indicators.csv", "plan.json" })
        {
            var response = await client.GetAsync($"/exports/plans/{changsha}/{file}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("长沙", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/exports/plans/999999/indicators.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/exports/plans/{await PlanIdAsync("株洲市")}/indicators.csv")).StatusCode);
        await using var context = await NewContextAsync();
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == "zhuzhou-reporter" && e.Target == $"exports/plans/{changsha}/plan.json"));

        var reporter = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var refused = await reporter.GetAsync("/exports/compare.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        var anonymous = await portal.CreateBrowserLikeClient().GetAsync($"/exports/plans/{changsha}/indicators.csv");
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static string Name(Dictionary<string, ExportedCell> cells, int row) =>
        cells[$"C{row}"].Text.Replace("其中：", string.Empty, StringComparison.Ordinal);

    private static int RowOfName(Dictionary<string, ExportedCell> cells, string name) =>
        Enumerable.Range(5, 40).First(r => cells.ContainsKey($"C{r}") && Name(cells, r) == name);

    /// <summary>The plan's stored values read with plain SQL: (indicator name, year) → value, demo and 快报 flags.</summary>
    private async Task<Dictionary<(string Name, int Year), (decimal Value, bool IsDemo, bool IsPreliminary)>> ValuesAsync(int planId)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT i.name, v.year, v.value, v.is_demo, v.is_preliminary FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.plan_id = @plan", connection);
        command.Parameters.AddWithValue("plan", planId);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<(string, int), (decimal, bool, bool)>();
        while (await reader.ReadAsync())
        {
            values[(reader.GetString(0), reader.GetInt32(1))] = (reader.GetDecimal(2), reader.GetBoolean(3), reader.GetBoolean(4));
        }

        return values;
    }

    private async Task SqlAsync(string sql, int planId)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("plan", planId);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<int> PlanIdAsync(string city)
    {
        await using var context = await NewContextAsync();
        return await context.Plans.Where(p => p.Region!.Name == city).Select(p => p.Id).SingleAsync();
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
