using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanTracker.Domain.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Undo of an import (撤销导入): an earlier version of a plan is written back through the same write as an import
/// (<see cref="PlanVersionWriter"/>), in place, so reported values of the indicators both versions share survive; the
/// restore is itself a version (恢复), so it can be undone too.
/// </summary>
public sealed class PlanRestorer(IDbContextFactory<PlanTrackerDbContext> contextFactory, IValidator<ParsedPlan> validator, TimeProvider clock, ILogger<PlanRestorer> logger)
{
    public const string NotFound = "没有找到该导入版本。";
    public const string NotRestorable = "该版本导入时尚未保存规划内容，无法恢复。";
    public const string AlreadyCurrent = "该版本就是规划的当前版本，无需恢复。";

    /// <summary>What restoring the version would change, or why it cannot be restored.</summary>
    public async Task<ImportPreview> PreviewAsync(int planId, int versionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await context.SourceDocuments.AsNoTracking()
            .Where(d => d.Id == versionId && d.PlanId == planId)
            .Select(d => new { d.FileName, d.Sha256, d.PlanJson })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return ImportPreview.Refused(string.Empty, NotFound);
        }

        var parsed = version.PlanJson is null ? null : PlanJson.Deserialize(version.PlanJson);
        if (parsed is null)
        {
            return ImportPreview.Refused(version.FileName, NotRestorable);
        }

        var current = await context.SourceDocuments.AsNoTracking().NewestFirst(planId).Select(d => d.Id).FirstAsync(cancellationToken);
        List<string> errors = current == versionId ? [AlreadyCurrent] : [.. validator.Validate(parsed).Errors.Select(e => e.ErrorMessage).Distinct()];
        var stored = await PlanVersionWriter.LoadPlanAsync(context, parsed, tracking: false, cancellationToken);
        if (stored?.Id != planId)
        {
            errors = [.. errors, "该版本的地区或规划期与当前规划不一致，无法恢复。"];
        }

        return new ImportPreview(version.FileName, version.Sha256, parsed, "json", errors, PlanDiffer.Compare(stored, parsed), false, stored?.Id) { ReadPlan = parsed };
    }

    /// <param name="allowRemovals">Drop indicators, 专栏 items and projects the restored version does not have.</param>
    public async Task<ImportResult> RestoreAsync(int planId, int versionId, string restoredBy, bool allowRemovals, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(planId, versionId, cancellationToken);
        if (!preview.CanImport)
        {
            return new ImportResult(ImportOutcome.Rejected, planId, string.Join("；", preview.Errors), preview);
        }

        if (preview.Diff!.DropsAnything && !allowRemovals)
        {
            return new ImportResult(ImportOutcome.NeedsConfirmation, planId, "恢复会删除现有的指标、专栏条目或项目，请确认后再恢复。", preview);
        }

        var parsed = preview.Plan!;
        var version = new SourceDocument
        {
            FileName = preview.FileName,
            Sha256 = preview.Sha256,
            Layout = parsed.Layout,
            Encoding = "json",
            WarningCount = parsed.Warnings.Count,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = restoredBy,
            Origin = SourceOrigin.Restore,
            RestoredFromId = versionId,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (plan, _, mapped) = await PlanVersionWriter.WriteAsync(context, parsed, version, cancellationToken);
        logger.LogInformation("Restored version {VersionId} ({FileName}) of plan {PlanId} by {UserName}", versionId, preview.FileName, plan.Id, restoredBy);
        return new ImportResult(ImportOutcome.Updated, plan.Id, $"已恢复{parsed.Region}规划的导入版本“{preview.FileName}”。", preview) { MappedToCatalogue = mapped };
    }
}
