using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>
/// One reported year of an indicator as the dashboard's detail shows it: the value with its 快报 → 年报 dates, the
/// report's status (null: no report row, e.g. demo values), and what the reporter wrote with it.
/// </summary>
public sealed record IndicatorYearDetail(int Year, ReportStatus? Status, ReportedFigures Figures, string? Note, string? Source, string? Cause, string? CorrectiveMeasures, bool IsDemo);

/// <summary>Reads the years behind one dashboard row, for whoever may read the indicator's city.</summary>
public sealed class IndicatorDetailService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    /// <summary>The indicator's reported years from <paramref name="fromYear"/> to <paramref name="toYear"/>, oldest first; empty when it is not the city's or not readable.</summary>
    public async Task<IReadOnlyList<IndicatorYearDetail>> YearsAsync(int regionId, int indicatorId, int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"dashboard/{regionId}/indicators/{indicatorId}"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId && v.Year >= fromYear && v.Year <= toYear
                && context.Indicators.Any(i => i.Id == indicatorId && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId)))
            .OrderBy(v => v.Year)
            .Select(v => new IndicatorYearDetail(
                v.Year,
                context.CityYearReports.Where(r => r.RegionId == regionId && r.Year == v.Year).Select(r => (ReportStatus?)r.Status).FirstOrDefault(),
                new ReportedFigures(v.Value, v.IsPreliminary, v.PreliminaryValue, v.PreliminaryReportedAt, v.FinalReportedAt),
                v.Note,
                v.Source,
                v.Cause,
                v.CorrectiveMeasures,
                v.IsDemo))
            .ToListAsync(cancellationToken);
    }
}
