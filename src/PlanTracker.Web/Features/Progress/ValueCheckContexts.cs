using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>What each of a city's indicators is checked against in a year: its plan row and the values of the years before.</summary>
public static class ValueCheckContexts
{
    public static async Task<IReadOnlyDictionary<int, ValueCheckContext>> ForRegionAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default)
    {
        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId))
            .ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var earlier = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && v.Year < year)
            .Select(v => new YearValueOf(v.IndicatorId, v.Year, v.Value))
            .ToListAsync(cancellationToken);
        return From(indicators, earlier);
    }

    /// <summary>The same from rows already read: the plan's indicators and their values of the years before.</summary>
    public static IReadOnlyDictionary<int, ValueCheckContext> From(IReadOnlyCollection<Indicator> indicators, IEnumerable<YearValueOf> earlier)
    {
        var units = indicators.ToDictionary(i => i.Id, i => i.Unit);
        var byIndicator = earlier.ToLookup(v => v.IndicatorId);
        return indicators.ToDictionary(i => i.Id, i => new ValueCheckContext(
            i.Name, i.Unit, i.Baseline, i.Target, i.Cumulative, i.IsBinding, i.ParentId,
            i.ParentId is { } parent ? units.GetValueOrDefault(parent) : null,
            byIndicator[i.Id].ToDictionary(v => v.Year, v => v.Value)));
    }
}

/// <summary>One indicator's reported value for one year.</summary>
public sealed record YearValueOf(int IndicatorId, int Year, decimal Value);
