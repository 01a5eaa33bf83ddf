using Microsoft.EntityFrameworkCore;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Reporting;

/// <summary>
/// Where a city's yearly reports stand, by year — the one read behind every page and export that says which report a
/// figure comes from (dashboard, reports, 总结评估, exports, the task list). A year without a report row is missing.
/// </summary>
public static class ReportStatusQueries
{
    public static Task<Dictionary<int, ReportStatus>> ReportStatusesAsync(
        this PlanTrackerDbContext context, int regionId, int fromYear = int.MinValue, int toYear = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CityYearReports.AsNoTracking()
            .Where(r => r.RegionId == regionId && r.Year >= fromYear && r.Year <= toYear)
            .ToDictionaryAsync(r => r.Year, r => r.Status, cancellationToken);
    }
}
