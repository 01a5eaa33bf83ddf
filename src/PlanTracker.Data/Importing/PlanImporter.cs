using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanTracker.Domain.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Imports plan texts (or plan JSON, or a pasted main-indicator table) into PostgreSQL: preview first (what would
/// change), then the import itself in one transaction. A plan is identified by region and period, so re-imports and
/// other extractions of the same plan update it in place; each import is kept as a version that can be restored
/// (<see cref="PlanRestorer"/>). Used by the CLI, the portal's import page and the seed loader.
/// </summary>
public sealed class PlanImporter(IDbContextFactory<PlanTrackerDbContext> contextFactory, IValidator<ParsedPlan> validator, TimeProvider clock, ILogger<PlanImporter> logger)
{
    public async Task<ImportPreview> PreviewAsync(ImportSource source, CancellationToken cancellationToken = default)
    {
        var read = ImportReader.Read(source, validator);
        if (read.Plan is null)
        {
            return new ImportPreview(source.FileName, read.Sha256, null, read.Encoding, read.Errors, null, false, null) { ReadPlan = read.ReadPlan };
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await PlanVersionWriter.LoadPlanAsync(context, read.Plan, tracking: false, cancellationToken);
        var versions = stored is null ? null : await PlanVersions.ForAsync(context, stored.Id, read.Sha256, cancellationToken);
        var asRead = source.Paste is null && read.Corrections.Count == 0;
        return new ImportPreview(source.FileName, read.Sha256, read.Plan, read.Encoding, read.Errors, PlanDiffer.Compare(stored, read.Plan),
            asRead && versions is { CurrentIsThisFileAsRead: true }, stored?.Id)
        {
            ReadPlan = read.ReadPlan,
            Corrections = read.Corrections,
            IndicatorErrorRows = read.IndicatorErrorRows,
            ImportedBefore = versions is { ThisFileImportedBefore: true },
        };
    }

    /// <param name="allowRemovals">Drop indicators, 专栏 items and projects the new text no longer has.</param>
    public async Task<ImportResult> ImportAsync(ImportSource source, bool allowRemovals, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(source, cancellationToken);
        if (!preview.CanImport)
        {
            return new ImportResult(ImportOutcome.Rejected, null, string.Join("；", preview.Errors), preview);
        }

        if (preview.AlreadyImported || (source.SkipIfImportedBefore && preview.ImportedBefore))
        {
            return new ImportResult(ImportOutcome.AlreadyImported, preview.ExistingPlanId, "该文件此前已导入，规划未改变。", preview);
        }

        if (preview.Diff!.DropsAnything && !allowRemovals)
        {
            return new ImportResult(ImportOutcome.NeedsConfirmation, preview.ExistingPlanId, "导入会删除现有的指标、专栏条目或项目，请确认后再导入。", preview);
        }

        var parsed = preview.Plan!;
        var version = new SourceDocument
        {
            FileName = Path.GetFileName(source.FileName),
            Sha256 = preview.Sha256,
            Layout = parsed.Layout,
            Encoding = preview.Encoding ?? "json",
            WarningCount = parsed.Warnings.Count,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = source.ImportedBy,
            Origin = source.Paste is null ? SourceOrigin.File : SourceOrigin.PastedTable,
            Corrections = [.. preview.Corrections.Select((c, i) => new ImportCorrection
            {
                Ordinal = i + 1,
                RowLabel = Shorten(c.Row, PlanFieldLimits.CorrectionRowLabel),
                Field = c.Field,
                Before = c.Before,
                After = c.After,
            })],
        };

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        Plan plan;
        bool created;
        int mapped;
        try
        {
            (plan, created, mapped) = await PlanVersionWriter.WriteAsync(context, parsed, version, cancellationToken);
        }
        catch (Exception ex) when (DatabaseFailures.IsTimedOut(ex))
        {
            // One transaction: nothing of this import was stored.
            logger.LogWarning(ex, "Importing {FileName} timed out in the database", source.FileName);
            return new ImportResult(ImportOutcome.Rejected, preview.ExistingPlanId, "数据库响应超时，本次未导入，现有规划未改变。请稍后再试。", preview);
        }

        logger.LogInformation("Imported {FileName} ({Sha256}) into plan {PlanId} of {Region} by {ImportedBy}: {Indicators} indicators, {Chapters} chapters, {Warnings} warnings, {Corrections} corrections, {Mapped} mapped to the catalogue",
            source.FileName, preview.Sha256, plan.Id, parsed.Region, source.ImportedBy, parsed.Indicators.Count, parsed.Chapters.Count, parsed.Warnings.Count, version.Corrections.Count, mapped);
        var outcome = created ? ImportOutcome.Created : ImportOutcome.Updated;
        var message = created ? $"已新建{parsed.Region}规划。" : $"已更新{parsed.Region}规划。";
        return new ImportResult(outcome, plan.Id, message, preview) { MappedToCatalogue = mapped };
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>What a preview needs to know of a plan's versions.</summary>
internal sealed record PlanVersions(bool CurrentIsThisFileAsRead, bool ThisFileImportedBefore)
{
    public static async Task<PlanVersions> ForAsync(PlanTrackerDbContext context, int planId, string sha256, CancellationToken cancellationToken)
    {
        var current = await context.SourceDocuments.AsNoTracking()
            .NewestFirst(planId)
            .Select(d => new { d.Sha256, d.Origin, Corrected = d.Corrections.Any() })
            .FirstOrDefaultAsync(cancellationToken);
        var before = await context.SourceDocuments.AnyAsync(d => d.PlanId == planId && d.Sha256 == sha256, cancellationToken);
        return new PlanVersions(current is { Origin: SourceOrigin.File, Corrected: false } && current.Sha256 == sha256, before);
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    public static string Sha256Of(string text) => Sha256Of(Encoding.UTF8.GetBytes(text));
}

/// <summary>The one order of a plan's versions: the current version is the one imported last (the later id on a tie).</summary>
public static class PlanVersionOrder
{
    public static IOrderedQueryable<SourceDocument> NewestFirst(this IQueryable<SourceDocument> versions, int planId) =>
        versions.Where(d => d.PlanId == planId).OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id);
}
