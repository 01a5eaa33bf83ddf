using System.Globalization;
using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The spreadsheet round trip: download the year's form over HTTP, fill it in as a person would, upload it:
/// the same validation as the page, a preview of exactly the changes, then the page's save path.
/// </summary>
public class ProgressWorkbookTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    // Columns of the 2023 form: A 指标ID … G 2025年目标, H 2021年, I 2022年, J 本年数值, K 快报, L 说明.
    private static readonly string[] Header2023 =
        ["指标ID", "类别", "指标", "单位", "属性", "2020年", "2025年目标", "2021年", "2022年", "本年数值", "快报（是/否）", "说明", "数据来源", "原因分析", "整改措施"];

    /// <summary>Typed from 专栏2 of seeds/001 (长沙): name, unit, 2020, 2025, attribute.</summary>
    private static readonly (string Name, string Unit, string Baseline, string Target, string Attribute)[] ChangshaRows =
    [
        ("城镇新增就业人数", "万人", "[71.42]", "[75]", "预期性"),
        ("城镇调查失业率", "%", "5.5", "<5.5", "预期性"),
        ("其中：农民工参加职业培训人次", "万人次", "—", "[10]", "预期性"),
        ("失业保险参保人数", "万人", "182.8", "212.7", "约束性"),
        ("工伤保险参保人数", "万人", "171.3", "180", "约束性"),
        ("劳动保障监察举报投诉案件结案率", "%", "100", "96", "预期性"),
    ];

    [Fact]
    public async Task The_downloaded_workbook_has_the_plans_rows_and_a_filled_copy_imports_exactly_its_changes_with_history()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var response = await client.GetAsync("/progress/2023/form.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("长沙市-2023年-进度填报.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var workbook = await response.Content.ReadAsByteArrayAsync();

        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        var cells = TestWorkbook.Cells(workbook);
        Assert.Contains("长沙市", cells["A1"], StringComparison.Ordinal);
        Assert.Contains("2023", cells["A1"], StringComparison.Ordinal);
        Assert.Equal(Header2023, Enumerable.Range(0, Header2023.Length).Select(i => cells[$"{(char)('A' + i)}3"]));
        Assert.Equal(13, cells.Keys.Count(k => k.StartsWith('C') && k != "C3"));
        foreach (var (name, unit, baseline, target, attribute) in ChangshaRows)
        {
            var row = TestWorkbook.RowOf(workbook, name);
            Assert.Equal([unit, baseline, target, attribute], new[] { "D", "F", "G", "E" }.Select(c => cells[$"{c}{row}"]));
            Assert.True(int.TryParse(cells[$"A{row}"], CultureInfo.InvariantCulture, out _));
        }

        var jobsRow = TestWorkbook.RowOf(workbook, "城镇新增就业人数");
        var insuredRow = TestWorkbook.RowOf(workbook, "失业保险参保人数");
        // Earlier years are numeric cells (the demo data of the Development start fills 2021–2022).
        TestWorkbook.Cells(workbook, out var numeric, $"H{jobsRow}", $"A{jobsRow}");
        Assert.All(numeric, Assert.True);

        var filled = TestWorkbook.Fill(workbook,
            ($"J{jobsRow}", 15.6m),
            ($"J{insuredRow}", "２０１．３"), ($"K{insuredRow}", "是"), ($"L{insuredRow}", "快报数，待年报更新"));

        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var sheets = scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>();
        var preview = await sheets.PreviewAsync(2023, new MemoryStream(filled));

        Assert.Empty(preview.Errors);
        Assert.Equal(["城镇新增就业人数", "失业保险参保人数"], preview.Changes.Select(c => c.Name));
        Assert.Equal([jobsRow, insuredRow], preview.Changes.Select(c => c.RowNumber));
        Assert.Equal([new WorkbookFieldChange("本年数值", "（空）", "15.6")], preview.Changes[0].Fields);
        Assert.Equal(
            [new WorkbookFieldChange("本年数值", "（空）", "201.3"), new WorkbookFieldChange("快报", "否", "是"), new WorkbookFieldChange("说明", "（空）", "快报数，待年报更新")],
            preview.Changes[1].Fields);

        // Typing on the page that is not saved yet would be replaced by the import: the page is told which rows.
        var page = (await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(2023))!.Request;
        page.Rows.ForEach(r => r.Note ??= string.Empty);
        Assert.Empty(preview.UnsavedOn(page));
        page.Rows.Single(r => r.Name == "城镇登记失业率").Value = 3.1m;
        Assert.Equal(["城镇登记失业率"], preview.UnsavedOn(page));

        var saved = await sheets.ConfirmAsync(preview);

        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);
        await using var context = await NewContextAsync();
        var values = await context.IndicatorValues.Where(v => v.Year == 2023 && !v.IsDemo).Join(context.Indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { i.Name, v.Value, v.IsPreliminary, v.Note }).ToListAsync();
        Assert.Equal([("城镇新增就业人数", 15.6m, false), ("失业保险参保人数", 201.3m, true)], values.OrderBy(v => v.Value).Select(v => (v.Name, v.Value, v.IsPreliminary)));
        var history = await context.IndicatorValueChanges.Where(c => c.Year == 2023).OrderBy(c => c.NewValue).ToListAsync();
        Assert.Equal([(null, 15.6m), (null, 201.3m)], history.Select(h => (h.OldValue, h.NewValue)));
        Assert.All(history, h => Assert.Equal("changsha-reporter", h.ChangedBy));

        // The form downloaded again carries the saved values: uploading it unchanged changes nothing.
        var again = await client.GetByteArrayAsync("/progress/2023/form.xlsx");
        Assert.Equal("201.3", TestWorkbook.Cells(again)[$"J{insuredRow}"]);
        Assert.Empty((await sheets.PreviewAsync(2023, new MemoryStream(again))).Changes);
    }

    [Fact]
    public async Task Bad_cells_are_named_by_row_and_column_in_Chinese_and_nothing_is_stored()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var workbook = await client.GetByteArrayAsync("/progress/2025/form.xlsx");
        var jobsRow = TestWorkbook.RowOf(workbook, "城镇新增就业人数");
        var insuredRow = TestWorkbook.RowOf(workbook, "失业保险参保人数");
        var value = TestWorkbook.ColumnOf(workbook, "本年数值");
        var flag = TestWorkbook.ColumnOf(workbook, "快报（是/否）");
        var filled = TestWorkbook.Fill(workbook, ($"{value}{jobsRow}", "12万"), ($"{value}{insuredRow}", 201m), ($"{flag}{insuredRow}", "对"), ($"A{insuredRow + 1}", "999999"));

        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var sheets = scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>();
        var preview = await sheets.PreviewAsync(2025, new MemoryStream(filled));

        Assert.Contains($"第 {jobsRow} 行“本年数值”填写的“12万”不是数字：请只填写数字，如 12.5", preview.Errors);
        Assert.Contains($"第 {insuredRow} 行“快报”应填“是”或“否”：对", preview.Errors);
        Assert.Contains(preview.Errors, e => e.StartsWith($"第 {insuredRow + 1} 行“指标ID”999999 不是本市规划中的指标", StringComparison.Ordinal));
        Assert.False(preview.CanConfirm);
        Assert.Equal(OutcomeKind.Invalid, (await sheets.ConfirmAsync(preview)).Kind);

        // The page's validator applies to the sheet too.
        var rate = TestWorkbook.RowOf(workbook, "城镇调查失业率");
        var impossible = await sheets.PreviewAsync(2025, new MemoryStream(TestWorkbook.Fill(workbook, ($"{value}{rate}", 120m))));
        Assert.Equal(["“城镇调查失业率”是百分比，应在 0 到 100 之间。"], impossible.Errors);

        // A duplicated indicator row, and another year's form.
        var duplicate = await sheets.PreviewAsync(2025, new MemoryStream(TestWorkbook.Fill(workbook, ($"A{insuredRow}", TestWorkbook.Cells(workbook)[$"A{jobsRow}"]))));
        Assert.Contains(duplicate.Errors, e => e.Contains($"与第 {jobsRow} 行重复", StringComparison.Ordinal));
        var otherYear = await sheets.PreviewAsync(2024, new MemoryStream(workbook));
        Assert.Contains("长沙市 2024 年进度填报表", Assert.Single(otherYear.Errors), StringComparison.Ordinal);

        await using var context = await NewContextAsync();
        Assert.False(await context.IndicatorValues.AnyAsync(v => v.Year == 2025));
        Assert.False(await context.IndicatorValueChanges.AnyAsync(c => c.Year == 2025));
    }

    [Fact]
    public async Task A_sheet_previewed_before_someone_else_saved_is_refused_as_a_conflict()
    {
        await using var scope = await UserScopes.ForAsync(portal, "ezhou-reporter");
        var client = await PortalSession.SignInAsync(portal, "ezhou-reporter");
        var workbook = await client.GetByteArrayAsync("/progress/2024/form.xlsx");
        var row = TestWorkbook.RowOf(workbook, "工伤保险参保人数");
        var sheets = scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>();
        var preview = await sheets.PreviewAsync(2024, new MemoryStream(TestWorkbook.Fill(workbook,
            ($"{TestWorkbook.ColumnOf(workbook, "本年数值")}{row}", 99m), ($"{TestWorkbook.ColumnOf(workbook, "说明")}{row}", "含新纳入的建筑业项目参保"))));

        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var page = (await entry.LoadAsync(2024))!;
        page.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Value = 13.1m;
        page.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Note = "年报数";
        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(page.Request)).Kind);

        var result = await sheets.ConfirmAsync(preview);

        Assert.Equal(OutcomeKind.Conflict, result.Kind);
        Assert.Equal(13.1m, (await entry.LoadAsync(2024))!.Request.Rows.Single(r => r.Name == "工伤保险参保人数").Value);
    }

    [Fact]
    public async Task The_csv_has_a_byte_order_mark_and_the_same_columns()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var response = await client.GetAsync("/progress/2023/form.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("长沙市-2023年-进度填报.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        using var csv = CsvHelper.CsvReader.Create(new MemoryStream(bytes), new CsvHelper.CsvReaderOptions { Separator = ',' }, false);
        var rows = new List<(string Name, string Unit, string Baseline, string Target, string Attribute)>();
        while (await csv.ReadAsync())
        {
            rows.Add((csv.GetString("指标"), csv.GetString("单位"), csv.GetString("2020年"), csv.GetString("2025年目标"), csv.GetString("属性")));
        }

        Assert.Equal(Header2023, csv.Headers);
        Assert.Equal(13, rows.Count);
        Assert.All(ChangshaRows, expected => Assert.Contains(expected, rows));
    }

    [Fact]
    public async Task Another_citys_reporter_cannot_download_changshas_form_and_is_audited()
    {
        await using var context = await NewContextAsync();
        var changsha = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
        var client = await PortalSession.SignInAsync(portal, "zhuzhou-reporter");

        var xlsx = await client.GetAsync($"/progress/2023/form.xlsx?regionId={changsha}");
        var csv = await client.GetAsync($"/progress/2023/form.csv?regionId={changsha}");
        var own = await client.GetAsync("/progress/2023/form.csv");

        Assert.Equal(HttpStatusCode.NotFound, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.DoesNotContain("长沙", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("株洲市-2023年-进度填报.csv", own.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == "zhuzhou-reporter" && e.Target!.StartsWith("progress/2023/form.xlsx")));

        var leader = await PortalSession.SignInAsync(portal, "changsha-leader");
        var refused = await leader.GetAsync("/progress/2023/form.xlsx");
        Assert.Contains("/account/denied", refused.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}

/// <summary>Whatever is uploaded, the reader answers with a message and never throws.</summary>
public class ProgressWorkbookReaderTests
{
    private static readonly HashSet<int> Ids = [1, 2, 3];

    [Fact]
    public void Garbage_gets_a_Chinese_message_instead_of_an_exception()
    {
        var random = new Random(20231231);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            if (i % 2 == 0)
            {
                (bytes[0], bytes[1]) = ((byte)'P', (byte)'K');
            }

            Assert.NotEmpty(Read(bytes).Errors);
        }

        Assert.Equal(["文件为空。"], Read([]).Errors);
        Assert.Contains("超过 5 MB", Assert.Single(Read(new byte[6 * 1024 * 1024]).Errors), StringComparison.Ordinal);
        Assert.Contains(".xls", Assert.Single(Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).Errors), StringComparison.Ordinal);
        Assert.Contains("不是 Excel 工作簿", Assert.Single(Read("指标ID,本年数值\n1,2"u8.ToArray()).Errors), StringComparison.Ordinal);
        Assert.Contains("无法读取该文件", Assert.Single(Read(NotAWorkbook()).Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.5", false, 12.5)]
    [InlineData("１２．５", false, 12.5)]
    [InlineData("1,234.5", false, 1234.5)]
    [InlineData(" 98 ", false, 98)]
    [InlineData("15.600000000000001", true, 15.6)]
    public void Numbers_typed_as_text_the_usual_ways_are_accepted(string text, bool numericCell, double expected)
    {
        Assert.True(SheetCellText.TryParseNumber(text, numericCell, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12万")]
    [InlineData("95%")]
    [InlineData("—")]
    [InlineData("1.2.3")]
    public void Text_that_is_not_a_number_is_refused(string text) =>
        Assert.False(SheetCellText.TryParseNumber(text, false, out _));

    private static ProgressSheet Read(byte[] bytes) => ProgressWorkbookReader.Read(bytes, "长沙市", 2023, Ids);

    private static byte[] NotAWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("这不是工作簿");
        }

        return stream.ToArray();
    }
}

/// <summary>A sheet saved again by Excel: shared strings, columns in another order, text in number cells.</summary>
public class ProgressWorkbookReaderLayoutTests
{
    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_shared_strings_are_read()
    {
        string[][] rows =
        [
            ["长沙市 2023 年进度填报表"],
            ["说明", "本年数值", "指标ID", "快报", "指标"],
            ["来自统计公报", "1,234.5", "2", "是", "失业保险参保人数"],
            [string.Empty, "１２", "1", string.Empty, "城镇新增就业人数"],
        ];

        var sheet = ProgressWorkbookReader.Read(SharedStringWorkbook(rows), "长沙市", 2023, new HashSet<int> { 1, 2, 3 });

        Assert.Empty(sheet.Errors);
        Assert.Equal(
            [new ProgressSheetRow(3, 2, 1234.5m, true, "来自统计公报", null, null, null), new ProgressSheetRow(4, 1, 12m, false, null, null, null, null)],
            sheet.Rows);
        Assert.Equal([SheetField.Value, SheetField.Preliminary, SheetField.Note], sheet.Columns.Order());
    }

    private static byte[] SharedStringWorkbook(string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = rows.SelectMany(r => r).Distinct().ToList();
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Select((row, r) =>
                new Row(row.Select((text, c) => new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
                }))
                { RowIndex = (uint)r + 1 })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }
}
