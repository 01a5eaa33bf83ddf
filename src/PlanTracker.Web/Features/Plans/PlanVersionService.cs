using PlanTracker.Data.Importing;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Plans;

/// <summary>Undo of an import from the plan page: preview and restore an earlier version. Admins only, checked here.</summary>
public sealed class PlanVersionService(PlanRestorer restorer, AccessGuard guard, ILogger<PlanVersionService> logger)
{
    public const string NotAllowed = "只有管理员可以恢复规划的导入版本。";

    public async Task<ImportPreview> PreviewRestoreAsync(int planId, int versionId, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"plans/{planId}/versions/{versionId}/preview"))
        {
            return ImportPreview.Refused(string.Empty, NotAllowed);
        }

        return await restorer.PreviewAsync(planId, versionId, cancellationToken);
    }

    public async Task<ImportResult> RestoreAsync(int planId, int versionId, bool allowRemovals, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync($"plans/{planId}/versions/{versionId}/restore"))
        {
            return new ImportResult(ImportOutcome.Rejected, planId, NotAllowed, ImportPreview.Refused(string.Empty, NotAllowed));
        }

        var result = await restorer.RestoreAsync(planId, versionId, user!.UserName, allowRemovals, cancellationToken);
        logger.LogInformation("Restore of version {VersionId} of plan {PlanId} by {UserName}: {Outcome}", versionId, planId, user.UserName, result.Outcome);
        return result;
    }
}
