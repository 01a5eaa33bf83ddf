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

    /// <summary>
    /// A plan's indicators in table order with their 规划调整 and catalogue indicator (one query): what every page that
    /// judges an indicator reads, so that <see cref="Indicator.TargetIn"/> knows the target in force in each year and
    /// <see cref="Indicator.Polarity"/> the polarity an admin set on the catalogue.
    /// </summary>
    public static IQueryable<Indicator> OfPlanWithAdjustments(this IQueryable<Indicator> indicators, int planId) =>
        indicators.Judged().Where(i => i.PlanId == planId).OrderBy(i => i.Ordinal);

    /// <summary>Indicators with what judging them needs: their 规划调整 and their catalogue indicator (for its polarity).</summary>
    public static IQueryable<Indicator> Judged(this IQueryable<Indicator> indicators) =>
        indicators.AsNoTracking().Include(i => i.Adjustments).Include(i => i.Mapping!).ThenInclude(m => m.CanonicalIndicator);

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
    public static async Task<int?> LatestReportedYearAsync(this PlanTrackerDbContext context, int regionId, CancellationToken cancellationToken = default) =>
        (await context.LatestReportedYearsAsync([regionId], cancellationToken)).GetValueOrDefault(regionId);

    /// <summary>The same for several regions in one query; a region without any value is missing from the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, int?>> LatestReportedYearsAsync(this PlanTrackerDbContext context, IReadOnlyCollection<int> regionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var latest = await (
            from value in context.IndicatorValues.AsNoTracking()
            join indicator in context.Indicators on value.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            where regionIds.Contains(plan.RegionId)
            group value.Year by plan.RegionId into years
            select new { RegionId = years.Key, Year = years.Max() })
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(r => r.RegionId, r => (int?)r.Year);
    }
}
