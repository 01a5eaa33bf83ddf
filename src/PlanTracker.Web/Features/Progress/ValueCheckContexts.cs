using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>Reads what each of a city's indicators is checked against in a year: its plan row and the values of the years before.</summary>
public static class ValueCheckContexts
{
    public static async Task<IReadOnlyDictionary<int, ValueCheckContext>> ForRegionAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default)
    {
        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId))
            .Select(i => new { i.Id, i.Name, i.Unit, i.Baseline, i.Target, i.Cumulative, i.IsBinding, i.ParentId })
            .ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var earlier = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && v.Year < year)
            .Select(v => new { v.IndicatorId, v.Year, v.Value })
            .ToListAsync(cancellationToken);
        var units = indicators.ToDictionary(i => i.Id, i => i.Unit);
        return indicators.ToDictionary(i => i.Id, i => new ValueCheckContext(
            i.Name, i.Unit, i.Baseline, i.Target, i.Cumulative, i.IsBinding, i.ParentId,
            i.ParentId is { } parent ? units.GetValueOrDefault(parent) : null,
            earlier.Where(v => v.IndicatorId == i.Id).ToDictionary(v => v.Year, v => v.Value)));
    }
}
