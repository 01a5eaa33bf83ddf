using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Reporting;

/// <summary>
/// Whether a reporting year takes a city's reports: not closed for every city (<see cref="ReportingYear.ClosedAt"/>)
/// and not closed for this city on its own (a <see cref="ReportingYearClosure"/>). One rule for the write gate, the
/// entry form, the workbook upload and the reporter's task list.
/// </summary>
public static class ReportingYearQueries
{
    public static IQueryable<ReportingYear> OpenFor(this IQueryable<ReportingYear> years, PlanTrackerDbContext context, int regionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return years.Where(y => y.ClosedAt == null && !context.ReportingYearClosures.Any(c => c.Year == y.Year && c.RegionId == regionId));
    }
}
