using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Import.Model;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// Reads a plan for its downloads: the indicators with yearly values and the engine's status, and the plan as
/// import JSON. Null when the plan does not exist or belongs to a city the user may not read (refusals audited).
/// </summary>
public sealed class PlanExportService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, TimeProvider clock)
{
    /// <summary>The plan's indicators with the yearly values <paramref name="scope"/> lets in (approved reports only unless asked), each year not yet approved named.</summary>
    public async Task<PlanIndicatorExport?> IndicatorsAsync(int planId, string target, ValueScope scope = ValueScope.Approved, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.RegionId, City = p.Region!.Name, p.Title, p.PeriodStart, p.PeriodEnd }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || !await guard.CanReadRegionAsync(plan.RegionId, target))
        {
            return null;
        }

        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        var indicators = await context.Indicators.OfPlanWithAdjustments(planId).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var values = (await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId))
            .OrderBy(v => v.Year)
            .Select(v => new { v.IndicatorId, v.Year, v.Value, v.IsPreliminary, v.IsDemo })
            .ToListAsync(cancellationToken)).ToLookup(v => v.IndicatorId);
        // Each year's report status, as the dashboard reads it: a year without a report is a draft.
        var statuses = await context.ReportStatusesAsync(plan.RegionId, period.FirstYear, period.LastYear, cancellationToken);
        ReportStatus StatusOf(int year) => statuses.TryGetValue(year, out var status) ? status : ReportStatus.Draft;

        // As the dashboard opens: judged on the scope's values of the plan's period up to the latest year reported for it.
        var inPeriod = values.SelectMany(g => g).Where(v => period.Contains(v.Year)).ToList();
        var rows = indicators.Select(indicator =>
        {
            var series = values[indicator.Id].Where(v => period.Contains(v.Year) && scope.Includes(StatusOf(v.Year))).ToList();
            var progress = ProgressEngine.Evaluate(indicator, [.. series.Select(v => new YearValue(v.Year, v.Value))], period);
            return new PlanIndicatorExportRow(
                indicator.Category, indicator.Number, indicator.Name, indicator.ParentId is not null, indicator.Unit,
                indicator.Attribute?.ToChinese(), indicator.Baseline.Text, indicator.Target.Text, indicator.Cumulative,
                series.ToDictionary(v => v.Year, v => v.Value),
                [.. series.Where(v => v.IsPreliminary).Select(v => v.Year)],
                [.. series.Where(v => v.IsDemo).Select(v => v.Year)],
                progress.Completion, progress.Expected, progress.Status.ToChinese())
            {
                UnapprovedYears = [.. series.Where(v => StatusOf(v.Year) != ReportStatus.Approved).Select(v => new YearStatus(v.Year, StatusOf(v.Year)))],
            };
        }).ToList();
        var counted = inPeriod.Where(v => scope.Includes(StatusOf(v.Year))).ToList();
        return new PlanIndicatorExport(planId, plan.City, plan.Title, period, clock.GetUtcNow(), counted.Select(v => (int?)v.Year).Max(), rows)
        {
            Scope = scope,
            HiddenValues = inPeriod.Count - counted.Count,
        };
    }

    /// <summary>The stored plan in the import contract (<see cref="ParsedPlan"/>): what `PlanTracker.Cli parse` prints for its text.</summary>
    public async Task<ParsedPlan?> PlanAsync(int planId, string target, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regionId = await context.Plans.Where(p => p.Id == planId).Select(p => (int?)p.RegionId).SingleOrDefaultAsync(cancellationToken);
        if (regionId is null || !await guard.CanReadRegionAsync(regionId.Value, target))
        {
            return null;
        }

        var plan = await context.Plans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Include(p => p.Region)
            .Include(p => p.Indicators)
            .Include(p => p.PreviousPeriodResults)
            .Include(p => p.Chapters).ThenInclude(c => c.Sections)
            .Include(p => p.SpecialColumns).ThenInclude(c => c.Items).ThenInclude(i => i.Targets)
            .Include(p => p.Projects)
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        return StoredPlanJson.From(plan);
    }
}
