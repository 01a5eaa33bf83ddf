using System.Text;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Import;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Issue 12: corrections made in the import preview are imported and kept with the version; a mistaken import can be
/// undone by restoring the previous version, and the original file imported again; reported values survive both.
/// Values are the 长沙 plan's as printed (seed 001, 表1: 基本养老保险参保覆盖率 ≥96 → &gt;96 %, 失业保险参保人数 182.8 → 212.7 万人).
/// </summary>
public class ImportVersionTests
{
    private const string Pension = "基本养老保险参保覆盖率";
    private const string Unemployment = "失业保险参保人数";

    [Fact]
    public async Task A_corrected_cell_is_imported_and_its_correction_kept_with_the_version()
    {
        await using var host = await ImportTestHost.CreateAsync("corrected");
        var source = ImportTestHost.Seed("001");
        var read = (await host.Importer.PreviewAsync(source)).Plan!;
        var edits = read.Indicators.Select(IndicatorEdit.From).ToList();
        var pension = edits.FindIndex(e => e.Name == Pension);
        edits[pension] = edits[pension] with { Target = "≥97", TargetComparator = ">=" };
        edits.RemoveAt(edits.FindIndex(e => e.Name == Unemployment));
        edits.Add(IndicatorEdit.New(null) with { Name = "新增测试指标", Unit = "万人", Baseline = "1", Target = "2", Attribute = "预期性" });

        var result = await host.Importer.ImportAsync(source with { Corrections = edits }, allowRemovals: false);

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        await using var context = host.NewContext();
        var indicators = await context.Indicators.ToListAsync();
        var stored = indicators.Single(i => i.Name == Pension);
        Assert.Equal(Comparator.GreaterOrEqual, stored.Target.Comparator);
        Assert.Equal(97m, stored.Target.Value);
        Assert.Equal(96m, stored.Baseline.Value);
        Assert.DoesNotContain(indicators, i => i.Name == Unemployment);
        Assert.Contains(indicators, i => i.Name == "新增测试指标" && i.Unit == "万人" && i.Target.Value == 2m);
        var version = await context.SourceDocuments.Include(d => d.Corrections).SingleAsync();
        Assert.Equal(SourceOrigin.File, version.Origin);
        var corrections = version.Corrections.OrderBy(c => c.Ordinal).Select(c => (c.RowLabel, c.Field, c.Before, c.After)).ToList();
        Assert.Contains(("6 " + Pension, "目标值", ">96", "≥97"), corrections);
        Assert.Contains(("6 " + Pension, "目标比较", "高于（>）", "不低于（≥）"), corrections);
        Assert.Contains(corrections, c => c.Field == IndicatorCorrections.DeletedRow && c.RowLabel == "7 " + Unemployment);
        Assert.Contains(corrections, c => c.Field == IndicatorCorrections.AddedRow && c.RowLabel == "新增测试指标");
        Assert.Equal(4, corrections.Count);
    }

    [Fact]
    public async Task A_correction_that_breaks_a_rule_is_refused_and_nothing_is_stored()
    {
        await using var host = await ImportTestHost.CreateAsync("badcorrection");
        var source = ImportTestHost.Seed("001");
        var edits = (await host.Importer.PreviewAsync(source)).Plan!.Indicators.Select(IndicatorEdit.From).ToList();
        edits[0] = edits[0] with { Name = "  " };

        var result = await host.Importer.ImportAsync(source with { Corrections = edits }, allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains("指标名称为空", result.Message);
        Assert.Equal([0], result.Preview.IndicatorErrorRows);
        await using var context = host.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
    }

    [Fact]
    public async Task A_mistaken_import_is_undone_by_restoring_the_previous_version_and_reported_values_survive()
    {
        await using var host = await ImportTestHost.CreateAsync("restore");
        var original = ImportTestHost.Seed("001");
        var first = await host.Importer.ImportAsync(original, allowRemovals: false);
        var valueId = await ReportValueAsync(host, Unemployment, 190.5m);

        var mistaken = Mistaken(original);
        var second = await host.Importer.ImportAsync(mistaken, allowRemovals: false);
        Assert.Equal(ImportOutcome.Updated, second.Outcome);
        Assert.Equal(966m, await TargetAsync(host, Pension));

        await using (var context = host.NewContext())
        {
            var firstVersion = await context.SourceDocuments.Where(d => d.Sha256 == first.Preview.Sha256).Select(d => d.Id).SingleAsync();
            var restorer = (PlanRestorer)host.Services.GetService(typeof(PlanRestorer))!;
            var preview = await restorer.PreviewAsync(first.PlanId!.Value, firstVersion);
            Assert.Contains(preview.Diff!.TargetChanges, c => c.Name == Pension && c.Before == ">966" && c.After == ">96");

            var restored = await restorer.RestoreAsync(first.PlanId!.Value, firstVersion, "admin", allowRemovals: false);

            Assert.Equal(ImportOutcome.Updated, restored.Outcome);
            var versions = await context.SourceDocuments.OrderBy(d => d.Id).ToListAsync();
            Assert.Equal([SourceOrigin.File, SourceOrigin.File, SourceOrigin.Restore], versions.Select(v => v.Origin));
            Assert.Equal(firstVersion, versions[2].RestoredFromId);
            Assert.Equal("admin", versions[2].ImportedBy);
        }

        Assert.Equal(96m, await TargetAsync(host, Pension));
        await using var after = host.NewContext();
        var value = await after.IndicatorValues.SingleAsync(v => v.Id == valueId);
        Assert.Equal(190.5m, value.Value);
        Assert.Equal(Unemployment, (await after.Indicators.SingleAsync(i => i.Id == value.IndicatorId)).Name);
    }

    [Fact]
    public async Task The_original_file_can_be_imported_again_after_a_mistaken_import_but_not_twice_in_a_row()
    {
        await using var host = await ImportTestHost.CreateAsync("reimport");
        var original = ImportTestHost.Seed("001");
        await host.Importer.ImportAsync(original, allowRemovals: false);
        var valueId = await ReportValueAsync(host, Unemployment, 190.5m);
        await host.Importer.ImportAsync(Mistaken(original), allowRemovals: false);

        var again = await host.Importer.ImportAsync(original, allowRemovals: false);
        var twice = await host.Importer.ImportAsync(original, allowRemovals: false);

        Assert.Equal(ImportOutcome.Updated, again.Outcome);
        Assert.True(again.Preview.ImportedBefore);
        Assert.Equal(ImportOutcome.AlreadyImported, twice.Outcome);
        Assert.Equal(96m, await TargetAsync(host, Pension));
        await using var context = host.NewContext();
        Assert.Equal(3, await context.SourceDocuments.CountAsync());
        Assert.Equal(190.5m, (await context.IndicatorValues.SingleAsync(v => v.Id == valueId)).Value);
        // The seed loader still skips a file imported at any time before.
        var seeded = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        Assert.Equal(ImportOutcome.AlreadyImported, seeded.Single(r => r.Preview.FileName == original.FileName).Outcome);
    }

    [Fact]
    public async Task A_version_imported_before_versions_were_kept_cannot_be_restored()
    {
        await using var host = await ImportTestHost.CreateAsync("oldversion");
        var first = await host.Importer.ImportAsync(ImportTestHost.Seed("001"), allowRemovals: false);
        await host.Importer.ImportAsync(Mistaken(ImportTestHost.Seed("001")), allowRemovals: false);
        await using var context = host.NewContext();
        var firstVersion = await context.SourceDocuments.OrderBy(d => d.Id).FirstAsync();
        await context.SourceDocuments.Where(d => d.Id == firstVersion.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.PlanJson, (string?)null));
        var restorer = (PlanRestorer)host.Services.GetService(typeof(PlanRestorer))!;

        var result = await restorer.RestoreAsync(first.PlanId!.Value, firstVersion.Id, "admin", allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(PlanRestorer.NotRestorable, result.Message);
        Assert.Equal(966m, await TargetAsync(host, Pension));
        Assert.Equal(2, await context.SourceDocuments.CountAsync());
    }

    /// <summary>The same file with one target mistyped (&gt;96 → &gt;966), as a retyped edition would have it.</summary>
    private static ImportSource Mistaken(ImportSource original)
    {
        var text = Encoding.UTF8.GetString(original.Content);
        var row = $"6.{Pension}\t%\t≥96\t>96\t预期性";
        Assert.Contains(row, text);
        return original with { FileName = "长沙-重排版.txt", Content = Encoding.UTF8.GetBytes(text.Replace(row, row.Replace(">96", ">966"), StringComparison.Ordinal)) };
    }

    private static async Task<decimal?> TargetAsync(ImportTestHost host, string name)
    {
        await using var context = host.NewContext();
        return (await context.Indicators.SingleAsync(i => i.Name == name)).Target.Value;
    }

    private static async Task<long> ReportValueAsync(ImportTestHost host, string name, decimal value)
    {
        await using var context = host.NewContext();
        var indicator = await context.Indicators.SingleAsync(i => i.Name == name);
        var stored = new IndicatorValue { IndicatorId = indicator.Id, Year = 2021, Value = value, UpdatedBy = "changsha-reporter", UpdatedAt = DateTimeOffset.UtcNow };
        context.IndicatorValues.Add(stored);
        await context.SaveChangesAsync();
        return stored.Id;
    }
}
