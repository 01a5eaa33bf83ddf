using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>Reported yearly values as the dashboard and the comparison read and show them.</summary>
public static class ReportedValues
{
    /// <summary>Each indicator's values up to and including <paramref name="year"/> that <paramref name="scope"/> admits, in year order.</summary>
    public static async Task<ILookup<int, YearValue>> UpToAsync(PlanTrackerDbContext context, IReadOnlyCollection<int> indicatorIds, int year, ValueScope scope, CancellationToken cancellationToken = default) =>
        (await ReadAsync(context, indicatorIds, year, scope, cancellationToken)).Values;

    /// <summary>
    /// The values up to and including <paramref name="year"/> that <paramref name="scope"/> admits, with which of them
    /// are still 快报 figures, the review status of each admitted value's city-year report (a year without a report row
    /// is a <see cref="ReportStatus.Draft"/>), and how many values the scope left out: one query.
    /// </summary>
    public static async Task<ReportedValueSet> ReadAsync(
        PlanTrackerDbContext context, IReadOnlyCollection<int> indicatorIds, int year, ValueScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await (
            from value in context.IndicatorValues.AsNoTracking()
            where indicatorIds.Contains(value.IndicatorId) && value.Year <= year
            join indicator in context.Indicators on value.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            join report in context.CityYearReports on new { plan.RegionId, value.Year } equals new { report.RegionId, report.Year } into reports
            from report in reports.DefaultIfEmpty()
            orderby value.Year
            select new { value.IndicatorId, value.Year, value.Value, value.IsPreliminary, Status = report == null ? ReportStatus.Draft : report.Status })
            .ToListAsync(cancellationToken);
        var admitted = rows.Where(r => scope.Includes(r.Status)).ToList();
        return new ReportedValueSet(
            admitted.ToLookup(v => v.IndicatorId, v => new YearValue(v.Year, v.Value)),
            admitted.Where(v => v.IsPreliminary).Select(v => (v.IndicatorId, v.Year)).ToHashSet(),
            admitted.ToDictionary(v => (v.IndicatorId, v.Year), v => v.Status),
            rows.Where(r => !scope.Includes(r.Status)).GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>What "the latest value" means for a row: the running five-year total of a cumulative indicator, otherwise the latest year's value.</summary>
    public static decimal? LatestOrTotal(bool cumulative, IReadOnlyList<YearValue> values, IndicatorProgress progress) =>
        cumulative ? (values.Count == 0 ? null : values.Sum(v => v.Value)) : progress.LatestValue;

    /// <summary>A figure as the portal prints it: up to two decimals, no trailing zeros, "—" when there is none.</summary>
    public static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}

/// <summary>
/// Reported values as a scope admits them: the values by indicator, the 快报 ones, the review status of each value's
/// city-year report, and how many values the scope left out (unreviewed values a leader can switch on).
/// </summary>
public sealed record ReportedValueSet(
    ILookup<int, YearValue> Values,
    IReadOnlySet<(int IndicatorId, int Year)> Preliminary,
    IReadOnlyDictionary<(int IndicatorId, int Year), ReportStatus> Statuses,
    IReadOnlyDictionary<int, int> HiddenByIndicator)
{
    /// <summary>How many values the scope left out, all indicators together.</summary>
    public int Hidden => HiddenByIndicator.Values.Sum();
}
