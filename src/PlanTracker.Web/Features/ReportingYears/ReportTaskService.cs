using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.ReportingYears;

/// <summary>One open reporting year of a city: its deadline, where the report stands and what is still empty.</summary>
public sealed record ReportTask(
    int RegionId,
    int Year,
    DateOnly Deadline,
    int DaysLeft,
    ReportStatus? Status,
    int IndicatorCount,
    IReadOnlyList<string> EmptyIndicators,
    int WorkItemCount,
    int EmptyWorkItems)
{
    /// <summary>未开始 when nothing has been saved for the year.</summary>
    public string StatusText => Status?.ToChinese() ?? "未开始";

    public bool IsDone => Status is ReportStatus.Submitted or ReportStatus.Approved;

    /// <summary>Past the deadline and not handed in yet.</summary>
    public bool IsOverdue => DaysLeft < 0 && !IsDone;

    public bool WaitsForReview => Status == ReportStatus.Submitted;
}

/// <summary>
/// 我的填报任务: every open reporting year of the user's city (a year that has begun and that an admin has closed neither
/// for every city nor for this one), for the city's reporter (what to fill in) and leader (what waits for review).
/// </summary>
public sealed class ReportTaskService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportTask>> ForCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is not { Role: Roles.CityReporter or Roles.CityLeader, RegionId: { } regionId } || !await guard.CanReadRegionAsync(regionId, "tasks"))
        {
            return [];
        }

        var today = ChinaTime.Today(clock);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var years = await context.ReportingYears.AsNoTracking()
            .OpenFor(context, regionId)
            .Where(y => y.Year <= today.Year)
            .OrderBy(y => y.Year)
            .ToListAsync(cancellationToken);
        var plans = await context.Plans.AsNoTracking().Where(p => p.RegionId == regionId).Select(p => new { p.Id, p.PeriodStart, p.PeriodEnd }).ToListAsync(cancellationToken);
        if (plans.Count == 0 || years.Count == 0)
        {
            return [];
        }

        var planIds = plans.Select(p => p.Id).ToList();
        var indicators = await context.Indicators.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).OrderBy(i => i.Ordinal).Select(i => new { i.Id, i.PlanId, i.Name }).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var filled = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && !v.IsDemo)
            .Select(v => new { v.IndicatorId, v.Year })
            .ToListAsync(cancellationToken);
        var items = await context.SpecialColumns.AsNoTracking().Where(c => planIds.Contains(c.PlanId))
            .SelectMany(c => c.Items.Select(i => new { i.Id, c.PlanId })).ToListAsync(cancellationToken);
        var projects = await context.Projects.AsNoTracking().Where(p => planIds.Contains(p.PlanId)).Select(p => new { p.Id, p.PlanId }).ToListAsync(cancellationToken);
        var itemIds = items.Select(i => i.Id).ToList();
        var projectIds = projects.Select(p => p.Id).ToList();
        var progress = await context.ItemProgress.AsNoTracking()
            .Where(p => (p.SpecialColumnItemId != null && itemIds.Contains(p.SpecialColumnItemId.Value)) || (p.ProjectId != null && projectIds.Contains(p.ProjectId.Value)))
            .Select(p => new { p.Year, p.SpecialColumnItemId, p.ProjectId })
            .ToListAsync(cancellationToken);
        var reports = await context.ReportStatusesAsync(regionId, cancellationToken: cancellationToken);

        // each year is reported against the plan in force that year; a year no plan covers has no task
        var periods = plans.Select(p => new PlanPeriod(p.PeriodStart, p.PeriodEnd)).ToList();
        return [.. years.Select(y => (Year: y, Period: PlanPeriod.InForce(periods, y.Year)))
            .Where(t => t.Period is not null)
            .Select(t =>
            {
                var (y, planId) = (t.Year, plans.First(p => p.PeriodStart == t.Period!.Value.FirstYear).Id);
                var planIndicators = indicators.Where(i => i.PlanId == planId).ToList();
                var planItems = items.Where(i => i.PlanId == planId).Select(i => i.Id).ToHashSet();
                var planProjects = projects.Where(p => p.PlanId == planId).Select(p => p.Id).ToHashSet();
                var work = planItems.Count + planProjects.Count;
                var reported = progress.Count(p => p.Year == y.Year
                    && ((p.SpecialColumnItemId is { } item && planItems.Contains(item)) || (p.ProjectId is { } project && planProjects.Contains(project))));
                return new ReportTask(
                    regionId,
                    y.Year,
                    y.Deadline,
                    y.DaysLeft(today),
                    reports.TryGetValue(y.Year, out var status) ? status : null,
                    planIndicators.Count,
                    [.. planIndicators.Where(i => !filled.Any(f => f.IndicatorId == i.Id && f.Year == y.Year)).Select(i => i.Name)],
                    work,
                    work - reported);
            })];
    }
}
