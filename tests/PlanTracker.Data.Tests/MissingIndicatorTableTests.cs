using System.Text;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Importing;
using PlanTracker.Import;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Issue 12: a plan text whose main-indicator table cannot be read is refused, in Chinese, and nothing is stored;
/// a plan would otherwise be stored with zero indicators and nothing to report on.
/// </summary>
public class MissingIndicatorTableTests
{
    [Fact]
    public async Task A_plan_without_a_main_indicator_table_is_refused_and_nothing_is_stored()
    {
        await using var host = await ImportTestHost.CreateAsync("notable");
        var (withoutTable, _) = ChangshaWithoutMainTable();

        var result = await host.Importer.ImportAsync(withoutTable, allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(PlanParser.NoIndicatorTableError, result.Message);
        await using var context = host.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
        Assert.Equal(0, await context.SourceDocuments.CountAsync());
    }

    /// <summary>长沙's text with its main-indicator table (header to the 注 line) cut out, and that table as Excel would copy it (CRLF).</summary>
    internal static (ImportSource WithoutTable, string Table) ChangshaWithoutMainTable()
    {
        var lines = Encoding.UTF8.GetString(ImportTestHost.Seed("001").Content).Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("指 标\t单 位\t2020年\t2025年", StringComparison.Ordinal));
        var footnote = lines.FindIndex(header, l => l.StartsWith('注'));
        var table = string.Join("\r\n", lines.GetRange(header, footnote - header));
        lines.RemoveRange(header, footnote - header);
        return (new ImportSource("长沙.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "test"), table);
    }

    [Fact]
    public async Task A_main_table_whose_header_cannot_be_read_is_refused_naming_the_line()
    {
        await using var host = await ImportTestHost.CreateAsync("badheader");
        var lines = Encoding.UTF8.GetString(ImportTestHost.Seed("001").Content).Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("指 标\t单 位\t2020年\t2025年", StringComparison.Ordinal));
        lines[header] = "指 标\t单 位\t基线\t远景\t属 性";

        var result = await host.Importer.ImportAsync(new ImportSource("长沙.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "test"), allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(PlanParser.NoIndicatorTableError, result.Message);
        Assert.Contains($"第{header + 1}行像是指标表的表头，但认不出基期列和目标列", result.Message);
    }
}

/// <summary>
/// Issue 12: when a document's main-indicator table cannot be read, the table pasted from Word, WPS or Excel stands in
/// for it (same checks, same preview), and a pasted table alone makes a plan with the region and title typed.
/// 长沙's 表1 as printed: 13 indicators, 1.城镇新增就业人数 [71.42] → [75] 万人.
/// </summary>
public class PastedTableImportTests
{
    [Fact]
    public async Task A_pasted_table_stands_in_for_the_unreadable_one_and_is_recorded_as_pasted()
    {
        await using var host = await ImportTestHost.CreateAsync("pastedtable");
        var (source, table) = MissingIndicatorTableTests.ChangshaWithoutMainTable();

        var refused = await host.Importer.PreviewAsync(source);
        var result = await host.Importer.ImportAsync(source with { Paste = new PastedTable(table) }, allowRemovals: false);

        Assert.True(refused.MissingIndicatorTable);
        var badPaste = await host.Importer.PreviewAsync(source with { Paste = new PastedTable("城镇新增就业人数\t万人\t1\t2") });
        Assert.False(badPaste.CanImport);
        Assert.True(badPaste.MissingIndicatorTable);
        Assert.Equal(ImportOutcome.Created, result.Outcome);
        await using var context = host.NewContext();
        var indicators = await context.Indicators.OrderBy(i => i.Ordinal).ToListAsync();
        Assert.Equal(13, indicators.Count);
        Assert.Equal(("城镇新增就业人数", "万人", 71.42m, 75m, true), (indicators[0].Name, indicators[0].Unit, indicators[0].Baseline.Value, indicators[0].Target.Value, indicators[0].Cumulative));
        var version = await context.SourceDocuments.SingleAsync();
        Assert.Equal(PlanTracker.Domain.Plans.SourceOrigin.PastedTable, version.Origin);
        Assert.True(await context.Chapters.AnyAsync());
    }

    [Fact]
    public async Task A_pasted_table_alone_makes_a_plan_whose_period_comes_from_its_header_years()
    {
        await using var host = await ImportTestHost.CreateAsync("pasteonly");
        const string table = "指标\t单位\t2025年\t2030年\t属性\r\n1.城镇新增就业人数\t万人\t[75]\t[80]\t预期性\r\n2.城镇调查失业率\t%\t5.5\t<5.5\t预期性\r\n";

        var noYears = await host.Importer.ImportAsync(new ImportSource(PastedTable.FileName, [], "test") { Paste = new PastedTable("指标\t单位\t基期\t目标\r\n1.城镇新增就业人数\t万人\t[75]\t[80]", "衡阳市", "衡阳市“十五五”人社规划") }, allowRemovals: false);
        var result = await host.Importer.ImportAsync(new ImportSource(PastedTable.FileName, [], "test") { Paste = new PastedTable(table, "衡阳市", "衡阳市“十五五”人社规划") }, allowRemovals: false);

        Assert.Equal(ImportOutcome.Rejected, noYears.Outcome);
        Assert.Contains("无法确定规划期", noYears.Message);
        Assert.Equal(ImportOutcome.Created, result.Outcome);
        await using var context = host.NewContext();
        var plan = await context.Plans.Include(p => p.Indicators).SingleAsync();
        Assert.Equal((2026, 2030, 2), (plan.PeriodStart, plan.PeriodEnd, plan.Indicators.Count));
        Assert.Equal(5.5m, plan.Indicators.Single(i => i.Name == "城镇调查失业率").Baseline.Value);
    }
}
