using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Overview;

/// <summary>One city-year of the status matrix: outside every plan of the city (no cell), or its report's status and whether it is overdue.</summary>
public sealed record ReviewCell(int Year, bool InPlan, ReportStatus? Status, DateOnly? Deadline, bool Overdue)
{
    /// <summary>未开始 when the city has saved nothing for the year.</summary>
    public string Text => Status?.ToChinese() ?? "未开始";
}

public sealed record ReviewMatrixRow(int RegionId, string City, IReadOnlyList<ReviewCell> Cells);

/// <summary>The 省级总览's city × year matrix: every year of the imported plans up to this year, every city with a plan.</summary>
public sealed record ReviewMatrix(IReadOnlyList<int> Years, IReadOnlyList<ReviewMatrixRow> Rows);

/// <summary>One city on one catalogue indicator in the heat map: the engine's status on the scope's values, and the plan row to drill into.</summary>
public sealed record HeatCell(int RegionId, int IndicatorId, CityComparison City)
{
    /// <summary>The year the cell's figure stands for when it is not the map's (the city has not reported that year yet); else null.</summary>
    public int? OtherYear(int mapYear) => City.LatestYear is { } shown && shown != mapYear ? shown : null;

    /// <summary>The cell as a line of text, as the export writes it: "滞后（2023）（草稿）".</summary>
    public string Text(int mapYear) =>
        City.Progress.Status.ToChinese()
        + (OtherYear(mapYear) is { } year ? $"（{year}）" : null)
        + (City.LatestStatus.IsUnapproved() ? $"（{City.LatestStatus!.Value.ToChinese()}）" : null);
}

public sealed record HeatRow(CatalogueEntry Indicator, IReadOnlyDictionary<int, HeatCell> Cities);

/// <summary>The city × catalogue indicator heat map of a year: cities (columns) by division code, indicators (rows) in catalogue order.</summary>
public sealed record HeatMap(int Year, ValueScope Scope, IReadOnlyList<(int RegionId, string City)> Cities, IReadOnlyList<HeatRow> Rows);

/// <summary>
/// 省级总览 for provincial users and admins: where each city's yearly report stands (未开始 / 草稿 / 已提交 / 已退回 /
/// 已审核; overdue once the year's deadline has passed without a submission), and a heat map of the engine's status for
/// a year over the catalogue, on the same values as the comparison (<see cref="ComparisonService"/>).
/// </summary>
public sealed class OverviewService(IDbContextFactory<PlanTrackerDbContext> contextFactory, ComparisonService comparisons, AccessGuard guard, TimeProvider clock)
{
    public async Task<ReviewMatrix?> MatrixAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync("overview/matrix"))
        {
            return null;
        }

        var today = ChinaTime.Today(clock);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plans = await context.Plans.AsNoTracking()
            .Select(p => new { p.RegionId, City = p.Region!.Name, p.Region.AdminCode, p.PeriodStart, p.PeriodEnd })
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return new ReviewMatrix([], []);
        }

        var years = Enumerable.Range(plans.Min(p => p.PeriodStart), Math.Max(0, Math.Min(today.Year, plans.Max(p => p.PeriodEnd)) - plans.Min(p => p.PeriodStart) + 1)).ToList();
        var reports = await context.CityYearReports.AsNoTracking().Select(r => new { r.RegionId, r.Year, r.Status }).ToListAsync(cancellationToken);
        var statuses = reports.ToDictionary(r => (r.RegionId, r.Year), r => r.Status);
        var deadlines = await context.ReportingYears.AsNoTracking().ToDictionaryAsync(y => y.Year, y => y.Deadline, cancellationToken);
        var rows = plans.GroupBy(p => (p.RegionId, p.City, p.AdminCode)).OrderBy(g => g.Key.AdminCode).Select(g => new ReviewMatrixRow(
            g.Key.RegionId,
            g.Key.City,
            [.. years.Select(year =>
            {
                var inPlan = g.Any(p => p.PeriodStart <= year && p.PeriodEnd >= year);
                var status = statuses.TryGetValue((g.Key.RegionId, year), out var s) ? s : (ReportStatus?)null;
                // A year's deadline as the admin set it, else the default (end of March after the year).
                var deadline = deadlines.TryGetValue(year, out var d) ? d : ReportingYear.DefaultDeadline(year);
                var overdue = inPlan && today > deadline && status is not (ReportStatus.Submitted or ReportStatus.Approved);
                return new ReviewCell(year, inPlan, inPlan ? status : null, inPlan ? deadline : null, overdue);
            })])).ToList();
        return new ReviewMatrix(years, rows);
    }

    public async Task<HeatMap?> HeatMapAsync(int year, ValueScope scope, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync("overview/heat-map"))
        {
            return null;
        }

        var catalogue = await comparisons.CatalogueAsync(cancellationToken);
        var compared = await comparisons.CompareAllAsync(catalogue, year, scope, cancellationToken);
        var cities = compared.SelectMany(c => c.Cities).Select(c => (c.RegionId, c.City, c.AdminCode)).Distinct()
            .OrderBy(c => c.AdminCode).Select(c => (c.RegionId, c.City)).ToList();
        var rows = compared.Where(c => c.Cities.Count > 0)
            .Select(c => new HeatRow(c.Indicator, c.Cities.ToDictionary(city => city.RegionId, city => new HeatCell(city.RegionId, city.IndicatorId, city))))
            .ToList();
        return new HeatMap(year, scope, cities, rows);
    }
}
