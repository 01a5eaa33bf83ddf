using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress;

public sealed record ReviewComment(string Action, string? Text, DateTimeOffset WrittenAt, string Author);

public sealed record ReviewResult(bool Succeeded, string Message, ReportStatus? Status, uint? Version);

/// <summary>
/// Moves a city-year report through the workflow (<see cref="ReportWorkflow"/>): the reporter submits, the city's
/// leader approves or returns it with a comment, a leader or admin reopens an approved year with a reason. Each
/// move is checked against the report version the user saw, and recorded in the review thread.
/// </summary>
public sealed class ReportReviewService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, TimeProvider clock)
{
    public async Task<ReviewResult> MoveAsync(int regionId, int year, uint? version, ReportAction action, string? text)
    {
        var target = $"progress/{year}/{action.ToString().ToLowerInvariant()}";
        var allowed = action == ReportAction.Submit
            ? await guard.CanWriteRegionAsync(regionId, target)
            : await guard.CanReviewRegionAsync(regionId, adminToo: action == ReportAction.Reopen, target);
        if (!allowed)
        {
            return new ReviewResult(false, $"您无权对该市报告执行“{action.ToChinese()}”。", null, null);
        }

        if (ReportWorkflow.NeedsText(action) && string.IsNullOrWhiteSpace(text))
        {
            return new ReviewResult(false, action == ReportAction.Return ? "退回时请写明需要修改的内容。" : "重新打开时请写明原因。", null, null);
        }

        if (text?.Length > 2000)
        {
            return new ReviewResult(false, "意见最多 2000 字。", null, null);
        }

        var user = await guard.GetUserAsync();
        await using var context = await contextFactory.CreateDbContextAsync();
        var report = await context.CityYearReports.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year);
        if (report is null)
        {
            return new ReviewResult(false, $"{year}年尚无保存的数据，请先填报并保存。", null, null);
        }

        if (report.Version != version)
        {
            return new ReviewResult(false, "该报告已被他人更新，请刷新页面后再操作。", report.Status, report.Version);
        }

        if (ReportWorkflow.Next(report.Status, action) is not { } next)
        {
            return new ReviewResult(false, $"报告当前为“{report.Status.ToChinese()}”，不能“{action.ToChinese()}”。", report.Status, report.Version);
        }

        var now = clock.GetUtcNow();
        (report.Status, report.UpdatedAt, report.UpdatedBy) = (next, now, user!.UserName);
        context.ReportComments.Add(new ReportComment { CityYearReportId = report.Id, Action = action.ToString(), Text = text?.Trim(), WrittenAt = now, Author = user.UserName });
        try
        {
            await context.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReviewResult(false, "该报告已被他人更新，请刷新页面后再操作。", null, null);
        }

        return new ReviewResult(true, $"已{action.ToChinese()}：{year}年报告现为“{next.ToChinese()}”。", next, report.Version);
    }

    /// <summary>The report's status and version, or null when nothing has been saved for that year.</summary>
    public async Task<(ReportStatus Status, uint Version)?> StateAsync(int regionId, int year)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/state"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync();
        var report = await context.CityYearReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year);
        return report is null ? null : (report.Status, report.Version);
    }

    public async Task<IReadOnlyList<ReviewComment>> ThreadAsync(int regionId, int year)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/thread"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync();
        return await context.ReportComments.AsNoTracking()
            .Where(c => context.CityYearReports.Any(r => r.Id == c.CityYearReportId && r.RegionId == regionId && r.Year == year))
            .OrderBy(c => c.Id)
            .Select(c => new ReviewComment(c.Action, c.Text, c.WrittenAt, c.Author))
            .ToListAsync();
    }
}
