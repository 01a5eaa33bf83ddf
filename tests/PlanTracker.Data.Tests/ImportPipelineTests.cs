using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Importing;
using PlanTracker.Import;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Issue 17: the steps after an import (catalogue mapping, the audit row) belong to the import itself, in its
/// transaction, so the CLI, the seed loader and the portal all get them. 城镇新增就业人数 (万人) is printed in both the
/// 长沙 (seed 001) and the 鄂州 (seed 004) main-indicator tables.
/// </summary>
public class ImportPipelineTests
{
    private const string NewJobs = "城镇新增就业人数";

    [Fact]
    public async Task An_import_from_any_caller_is_audited_with_its_importer_and_maps_what_two_plans_share()
    {
        await using var host = await ImportTestHost.CreateAsync("pipeline");

        var changsha = await host.Importer.ImportAsync(Source("001", "cli:tester"), allowRemovals: false);
        var ezhou = await host.Importer.ImportAsync(Source("004", "cli:tester"), allowRemovals: false);

        Assert.Equal(ImportOutcome.Created, changsha.Outcome);
        Assert.Equal(ImportOutcome.Created, ezhou.Outcome);
        await using var context = host.NewContext();
        var audits = await context.AuditEvents.Where(e => e.Action == AuditActions.PlanImported).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([$"plans/{changsha.PlanId}", $"plans/{ezhou.PlanId}"], audits.Select(a => a.Target));
        Assert.All(audits, a => Assert.Equal("cli:tester", a.UserName));
        Assert.Equal(changsha.Preview.FileName, audits[0].Detail);

        // One plan alone shares nothing; the second plan's import maps both plans' rows of the indicator they share.
        var cities = await (
            from mapping in context.IndicatorMappings
            join canonical in context.CanonicalIndicators on mapping.CanonicalIndicatorId equals canonical.Id
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            where canonical.Name == NewJobs
            select plan.Region!.Name).ToListAsync();
        Assert.Equal(new HashSet<string> { "长沙市", "鄂州市" }, cities.ToHashSet());
        Assert.Equal(2, cities.Count);
        Assert.True(ezhou.MappedToCatalogue >= 2);
        Assert.Equal(await context.IndicatorMappings.CountAsync(), changsha.MappedToCatalogue + ezhou.MappedToCatalogue);
    }

    [Fact]
    public async Task The_seed_loader_audits_each_plan_it_imports_and_skips_the_audit_when_it_imports_nothing()
    {
        await using var host = await ImportTestHost.CreateAsync("pipeline-seeds");

        var first = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        var again = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);

        await using var context = host.NewContext();
        var audits = await context.AuditEvents.Where(e => e.Action == AuditActions.PlanImported).ToListAsync();
        var imported = first.Where(r => r.Outcome is ImportOutcome.Created or ImportOutcome.Updated).ToList();
        Assert.Equal(imported.Select(r => $"plans/{r.PlanId}").Order(StringComparer.Ordinal), audits.Select(a => a.Target).Order(StringComparer.Ordinal));
        Assert.All(audits, a => Assert.Equal("seed", a.UserName));
        Assert.All(again, r => Assert.Equal(ImportOutcome.AlreadyImported, r.Outcome));
    }

    [Fact]
    public async Task A_restore_is_audited_by_its_restorer_with_the_version_it_brought_back()
    {
        await using var host = await ImportTestHost.CreateAsync("pipeline-restore");
        var original = await host.Importer.ImportAsync(Source("001", "admin"), allowRemovals: false);
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(ImportTestHost.SeedDirectory, original.Preview.FileName)));
        await host.Importer.ImportAsync(new ImportSource("长沙-改.txt", System.Text.Encoding.UTF8.GetBytes(text + "\n"), "admin"), allowRemovals: false);
        await using var context = host.NewContext();
        var firstVersion = await context.SourceDocuments.Where(d => d.Sha256 == original.Preview.Sha256).Select(d => d.Id).SingleAsync();
        var restorer = (PlanRestorer)host.Services.GetService(typeof(PlanRestorer))!;

        var restored = await restorer.RestoreAsync(original.PlanId!.Value, firstVersion, "leader-admin", allowRemovals: false);

        Assert.Equal(ImportOutcome.Updated, restored.Outcome);
        var audit = await context.AuditEvents.SingleAsync(e => e.Action == AuditActions.PlanRestored);
        Assert.Equal(("leader-admin", $"plans/{original.PlanId}", $"恢复版本 {firstVersion}：{original.Preview.FileName}"), (audit.UserName, audit.Target, audit.Detail));
    }

    private static ImportSource Source(string prefix, string importedBy) => ImportTestHost.Seed(prefix) with { ImportedBy = importedBy };
}
