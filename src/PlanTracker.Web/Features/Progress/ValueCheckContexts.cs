using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>
/// What each of a city's indicators is checked against in a year: its row in the plan in force that year, that plan's
/// period, and the values of the years before. Empty when no plan of the city covers the year.
/// </summary>
public static class ValueCheckContexts
{
    public static async Task<IReadOnlyDictionary<int, ValueCheckContext>> ForRegionAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default)
    {
        var plan = await context.Plans.AsNoTracking().InForce(regionId, year).Select(p => new { p.Id, p.PeriodStart, p.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return new Dictionary<int, ValueCheckContext>();
        }

        var indicators = await context.Indicators.OfPlanWithAdjustments(plan.Id).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var earlier = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && v.Year < year)
            .Select(v => new YearValueOf(v.IndicatorId, v.Year, v.Value))
            .ToListAsync(cancellationToken);
        return From(indicators, earlier, new PlanPeriod(plan.PeriodStart, plan.PeriodEnd), year);
    }

    /// <summary>The same from rows already read: the plan's indicators (with their 规划调整) and their values of the years before <paramref name="year"/>, checked against the target in force in it.</summary>
    public static IReadOnlyDictionary<int, ValueCheckContext> From(IReadOnlyCollection<Indicator> indicators, IEnumerable<YearValueOf> earlier, PlanPeriod period, int year)
    {
        var units = indicators.ToDictionary(i => i.Id, i => i.Unit);
        var byIndicator = earlier.ToLookup(v => v.IndicatorId);
        return indicators.ToDictionary(i => i.Id, i => new ValueCheckContext(
            i.Name, i.Unit, i.Baseline, i.TargetIn(year), i.Cumulative, i.IsBinding, i.ParentId,
            i.ParentId is { } parent ? units.GetValueOrDefault(parent) : null,
            byIndicator[i.Id].Where(v => period.Contains(v.Year)).ToDictionary(v => v.Year, v => v.Value),
            period,
            i.Polarity));
    }
}

/// <summary>One indicator's reported value for one year.</summary>
public sealed record YearValueOf(int IndicatorId, int Year, decimal Value);
