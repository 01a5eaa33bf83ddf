using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanTracker.Data.Importing;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Issue 11, defect 6: plan JSON (or a text) with a NUL, an over-long field or a duplicated row crashed the import
/// step inside PostgreSQL. Each is now refused by the validator with a Chinese message naming field and row,
/// and the database stays exactly as it was.
/// </summary>
public class ImportRobustnessTests
{
    [Fact]
    public async Task A_NUL_in_an_indicator_name_in_JSON_is_refused_and_nothing_is_stored()
    {
        await using var host = await ImportTestHost.CreateAsync("nuljson");
        var plan = Changsha();
        var indicators = plan.Indicators.ToList();
        indicators[1] = indicators[1] with { Name = "城镇调查\0失业率" };

        var result = await ImportJsonAsync(host, plan with { Indicators = indicators });

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains("主要指标表第2行（序号2）的名称含有控制字符 U+0000（NUL）", result.Message);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task A_NUL_in_a_paragraph_or_an_extra_column_in_JSON_is_refused()
    {
        await using var host = await ImportTestHost.CreateAsync("nulpara");
        var plan = Changsha();
        var chapters = plan.Chapters.ToList();
        chapters[0] = chapters[0] with { Paragraphs = ["第一段\0"] };
        var indicators = plan.Indicators.ToList();
        indicators[0] = indicators[0] with { ExtraColumns = new Dictionary<string, string> { ["十三五目标"] = "[\u001f50]" } };

        var result = await ImportJsonAsync(host, plan with { Chapters = chapters, Indicators = indicators });

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains($"第{chapters[0].Number}章第1段含有控制字符 U+0000", result.Message);
        Assert.Contains("主要指标表第1行（序号1）的“十三五目标”列含有控制字符 U+001F", result.Message);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task Over_long_fields_in_JSON_are_refused_with_their_limit()
    {
        await using var host = await ImportTestHost.CreateAsync("longjson");
        var plan = Changsha();
        var previous = plan.PreviousPeriod.ToList();
        previous[0] = previous[0] with { Name = new string('长', 300) };
        var indicators = plan.Indicators.ToList();
        indicators[2] = indicators[2] with { Unit = new string('万', 40) };

        var result = await ImportJsonAsync(host, plan with { PreviousPeriod = previous, Indicators = indicators, Layout = new string('x', 33) });

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        // the column lengths: 十三五 names varchar(256), units varchar(32), the source document's layout varchar(32)
        Assert.Contains("上期规划指标表第1行（序号1）的名称过长（300 字，最多 256 字）", result.Message);
        Assert.Contains("主要指标表第3行（序号3）的单位过长（40 字，最多 32 字）", result.Message);
        Assert.Contains("版式（layout）过长（33 字，最多 32 字）", result.Message);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task A_duplicated_indicator_row_in_JSON_is_refused_naming_both_rows()
    {
        await using var host = await ImportTestHost.CreateAsync("dupjson");
        var plan = Changsha();
        var indicators = plan.Indicators.ToList();
        indicators.Insert(5, indicators[0]);

        var result = await ImportJsonAsync(host, plan with { Indicators = indicators });

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains($"主要指标表第1行和第6行是同一指标“{indicators[0].Name}”", result.Message);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task A_duplicated_table_row_in_a_text_is_a_warning_with_its_line_and_an_error_on_import()
    {
        await using var host = await ImportTestHost.CreateAsync("duptext");
        var lines = Seed("001").Split('\n').ToList();
        // 长沙 prints its main-indicator rows tab-separated ("2.城镇调查失业率\t%\t5.5\t<5.5\t预期性"); the row is printed twice
        var row = lines.FindIndex(l => l.Contains('\t', StringComparison.Ordinal) && l.Contains("城镇调查失业率", StringComparison.Ordinal));
        lines.Insert(row + 1, lines[row]);

        var result = await host.Importer.ImportAsync(new ImportSource("001.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "test"), allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Preview.Plan!.Warnings, w => w.Line == row + 2 && w.Message.Contains("序号2重复", StringComparison.Ordinal));
        Assert.Contains("主要指标表第2行和第3行是同一指标“城镇调查失业率”", result.Message);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task A_refused_re_import_leaves_the_stored_plan_exactly_as_it_was()
    {
        await using var host = await ImportTestHost.CreateAsync("nulreimport");
        Assert.Equal(ImportOutcome.Created, (await host.Importer.ImportAsync(ImportTestHost.Seed("001"), allowRemovals: false)).Outcome);
        var before = await SnapshotAsync(host);
        var plan = Changsha();
        var indicators = plan.Indicators.Select(i => i with { Target = ParsedMeasure.Parse("99") }).ToList();
        indicators[^1] = indicators[^1] with { Category = "劳动\0关系" };

        var result = await ImportJsonAsync(host, plan with { Indicators = indicators });

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains($"主要指标表第{indicators.Count}行（序号{indicators.Count}）的类别含有控制字符", result.Message);
        Assert.Equal(before, await SnapshotAsync(host));
    }

    [Fact]
    public async Task An_over_long_file_name_is_refused_before_anything_is_read()
    {
        await using var host = await ImportTestHost.CreateAsync("longname");
        var source = ImportTestHost.Seed("001");

        var result = await host.Importer.ImportAsync(source with { FileName = new string('规', 300) + ".txt" }, allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains("文件名过长（304 字，最多 260 字）", result.Message);
        await AssertNothingStoredAsync(host);
    }

    private static string Seed(string prefix) => Encoding.UTF8.GetString(ImportTestHost.Seed(prefix).Content);

    private static ParsedPlan Changsha() => PlanParser.Parse(Seed("001"));

    private static Task<ImportResult> ImportJsonAsync(ImportTestHost host, ParsedPlan plan) =>
        host.Importer.ImportAsync(new ImportSource("plan.json", Encoding.UTF8.GetBytes(PlanJson.Serialize(plan)), "test"), allowRemovals: true);

    private static async Task AssertNothingStoredAsync(ImportTestHost host)
    {
        await using var context = host.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
        Assert.Equal(0, await context.Regions.CountAsync());
    }

    private static async Task<string> SnapshotAsync(ImportTestHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM plans) || '|' || (SELECT count(*) FROM source_documents) || '|' || (SELECT string_agg(name || '=' || target_text || '/' || coalesce(category, ''), ';' ORDER BY id) FROM indicators)", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
