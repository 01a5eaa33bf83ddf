using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;

namespace PlanTracker.Web.Features.Api;

/// <summary>Which reported values are still 快报 figures (preliminary, awaiting the final one).</summary>
public static class PreliminaryFigures
{
    public static async Task<HashSet<(int IndicatorId, int Year)>> UpToAsync(PlanTrackerDbContext context, IReadOnlyCollection<int> indicatorIds, int year, CancellationToken cancellationToken)
    {
        var rows = await context.IndicatorValues.AsNoTracking()
            .Where(v => indicatorIds.Contains(v.IndicatorId) && v.Year <= year && v.IsPreliminary)
            .Select(v => new { v.IndicatorId, v.Year })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.IndicatorId, r.Year))];
    }
}
