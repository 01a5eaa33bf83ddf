using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>Reported yearly values as the dashboard and the comparison read and show them.</summary>
public static class ReportedValues
{
    /// <summary>Each indicator's values up to and including <paramref name="year"/>, in year order.</summary>
    public static async Task<ILookup<int, YearValue>> UpToAsync(PlanTrackerDbContext context, IReadOnlyCollection<int> indicatorIds, int year, CancellationToken cancellationToken = default) =>
        (await UpToWithPreliminaryAsync(context, indicatorIds, year, cancellationToken)).Values;

    /// <summary>The same values, and which of them are still 快报 figures (preliminary, awaiting the final one): one query.</summary>
    public static async Task<(ILookup<int, YearValue> Values, IReadOnlySet<(int IndicatorId, int Year)> Preliminary)> UpToWithPreliminaryAsync(
        PlanTrackerDbContext context, IReadOnlyCollection<int> indicatorIds, int year, CancellationToken cancellationToken = default)
    {
        var values = await context.IndicatorValues.AsNoTracking()
            .Where(v => indicatorIds.Contains(v.IndicatorId) && v.Year <= year)
            .OrderBy(v => v.Year)
            .Select(v => new { v.IndicatorId, v.Year, v.Value, v.IsPreliminary })
            .ToListAsync(cancellationToken);
        return (values.ToLookup(v => v.IndicatorId, v => new YearValue(v.Year, v.Value)),
            values.Where(v => v.IsPreliminary).Select(v => (v.IndicatorId, v.Year)).ToHashSet());
    }

    /// <summary>What "the latest value" means for a row: the running five-year total of a cumulative indicator, otherwise the latest year's value.</summary>
    public static decimal? LatestOrTotal(bool cumulative, IReadOnlyList<YearValue> values, IndicatorProgress progress) =>
        cumulative ? (values.Count == 0 ? null : values.Sum(v => v.Value)) : progress.LatestValue;

    /// <summary>A figure as the portal prints it: up to two decimals, no trailing zeros, "—" when there is none.</summary>
    public static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
