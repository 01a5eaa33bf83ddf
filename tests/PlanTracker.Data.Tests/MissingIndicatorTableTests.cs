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
        var lines = Encoding.UTF8.GetString(ImportTestHost.Seed("001").Content).Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("指 标\t单 位\t2020年\t2025年", StringComparison.Ordinal));
        var footnote = lines.FindIndex(header, l => l.StartsWith("注", StringComparison.Ordinal));
        lines.RemoveRange(header, footnote - header);

        var result = await host.Importer.ImportAsync(new ImportSource("长沙.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "test"), allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(PlanParser.NoIndicatorTableError, result.Message);
        await using var context = host.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
        Assert.Equal(0, await context.SourceDocuments.CountAsync());
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
