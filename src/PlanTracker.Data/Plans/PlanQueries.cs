using Microsoft.EntityFrameworkCore;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Plans;

/// <summary>
/// How a region's plans are found: a region has a sequence of plans (十四五, 十五五, …), one per period, and the plan
/// for a year is the one whose period contains it. Every service that reads "the city's plan" for a year goes
/// through <see cref="InForce"/>; none picks one with an unordered FirstOrDefault.
/// </summary>
public static class PlanQueries
{
    /// <summary>The region's plan whose period contains <paramref name="year"/> (at most one: periods of one region do not overlap in practice; the latest start wins).</summary>
    public static IQueryable<Plan> InForce(this IQueryable<Plan> plans, int regionId, int year) =>
        plans.Where(p => p.RegionId == regionId && p.PeriodStart <= year && p.PeriodEnd >= year).OrderByDescending(p => p.PeriodStart);

    /// <summary>The periods of the region's plans, oldest first.</summary>
    public static async Task<IReadOnlyList<PlanPeriod>> PeriodsAsync(this PlanTrackerDbContext context, int regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spans = await context.Plans.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.PeriodStart)
            .Select(p => new { p.PeriodStart, p.PeriodEnd }).ToListAsync(cancellationToken);
        return [.. spans.Select(s => new PlanPeriod(s.PeriodStart, s.PeriodEnd))];
    }

    /// <summary>The periods of all plans (any region), distinct, oldest first: what a province-wide page can show.</summary>
    public static async Task<IReadOnlyList<PlanPeriod>> AllPeriodsAsync(this PlanTrackerDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spans = await context.Plans.AsNoTracking().Select(p => new { p.PeriodStart, p.PeriodEnd }).Distinct()
            .OrderBy(p => p.PeriodStart).ToListAsync(cancellationToken);
        return [.. spans.Select(s => new PlanPeriod(s.PeriodStart, s.PeriodEnd))];
    }

    /// <summary>The latest year with a reported (non-demo or demo) value for any of the region's plans; null when none.</summary>
    public static Task<int?> LatestReportedYearAsync(this PlanTrackerDbContext context, int regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.IndicatorValues.AsNoTracking()
            .Where(v => context.Indicators.Any(i => i.Id == v.IndicatorId && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId)))
            .MaxAsync(v => (int?)v.Year, cancellationToken);
    }
}
