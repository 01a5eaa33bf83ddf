using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Reports;

/// <summary>
/// Builds the 年度监测报告 and the 中期评估 of a city: the engine's results come from <see cref="DashboardService"/> (the
/// same computation as the dashboard), the rest — reporters' notes, report status, approval date, demo flag — is read here.
/// City-scoped through <see cref="AccessGuard"/>: another city's report is null (shown as not found) and the denial audited.
/// The plan reported on is the one in force in the year (<see cref="DashboardService.GetAsync"/>); a year no plan covers has no report.
/// </summary>
public sealed class MonitoringReportService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, DashboardService dashboards, PlanYearService planYears, TimeProvider clock)
{
    public Task<MonitoringReport?> AnnualAsync(int regionId, int year, CancellationToken cancellationToken = default) =>
        BuildAsync(regionId, year, midterm: false, cancellationToken);

    /// <summary>
    /// The 中期评估 of the plan in force in <paramref name="year"/> (default: the region's default year), as of that
    /// plan's <see cref="PlanPeriod.MidtermYear"/>. Null when no plan covers the year.
    /// </summary>
    public async Task<MonitoringReport?> MidtermAsync(int regionId, int? year = null, CancellationToken cancellationToken = default)
    {
        var years = await planYears.ForRegionAsync(regionId, cancellationToken);
        return years.InForce(year ?? years.DefaultYear) is { } period ? await BuildAsync(regionId, period.MidtermYear, midterm: true, cancellationToken) : null;
    }

    /// <summary>The years the city's plans cover and the year a report opens on (<see cref="PlanPeriod.DefaultYear"/>).</summary>
    public Task<PlanYears> YearsAsync(int regionId, CancellationToken cancellationToken = default) =>
        planYears.ForRegionAsync(regionId, cancellationToken);

    private async Task<MonitoringReport?> BuildAsync(int regionId, int year, bool midterm, CancellationToken cancellationToken)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"reports/{(midterm ? "midterm" : "annual")}/{regionId}/{year}"))
        {
            return null;
        }

        if (await dashboards.GetAsync(regionId, year, cancellationToken) is not { } dashboard)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = await context.CityYearReports.AsNoTracking()
            .Where(r => r.RegionId == regionId && r.Year == year)
            .Select(r => new { r.Id, r.Status })
            .SingleOrDefaultAsync(cancellationToken);
        DateTimeOffset? approvedAt = null;
        if (report?.Status == ReportStatus.Approved)
        {
            var approve = nameof(ReportAction.Approve);
            approvedAt = await context.ReportComments.AsNoTracking()
                .Where(c => c.CityYearReportId == report.Id && c.Action == approve)
                .MaxAsync(c => (DateTimeOffset?)c.WrittenAt, cancellationToken);
        }

        var planId = dashboard.PlanId;
        var hasDemo = await context.IndicatorValues.AsNoTracking()
            .AnyAsync(v => v.IsDemo && v.Year <= year && context.Indicators.Any(i => i.Id == v.IndicatorId && i.PlanId == planId), cancellationToken);
        var notes = await NotesAsync(context, planId, midterm ? dashboard.Period.FirstYear : year, year, cancellationToken);
        return new MonitoringReport(dashboard, midterm, report?.Status, approvedAt, hasDemo, clock.GetUtcNow().ToChinaTime(), notes);
    }

    /// <summary>Every value in [from, to] that carries words from its reporter, in plan order then year.</summary>
    private static async Task<IReadOnlyList<ReportNote>> NotesAsync(PlanTrackerDbContext context, int planId, int from, int to, CancellationToken cancellationToken)
    {
        var rows = await context.IndicatorValues.AsNoTracking()
            .Where(v => v.Year >= from && v.Year <= to && !v.IsDemo
                && (v.Note != null || v.Source != null || v.Cause != null || v.CorrectiveMeasures != null))
            .Join(context.Indicators.Where(i => i.PlanId == planId), v => v.IndicatorId, i => i.Id,
                (v, i) => new { i.Ordinal, i.Name, IsBinding = i.Attribute == IndicatorAttribute.Binding, v.Year, v.Note, v.Source, v.IsPreliminary, v.Cause, v.CorrectiveMeasures })
            .OrderBy(r => r.Ordinal).ThenBy(r => r.Year)
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Note) || !string.IsNullOrWhiteSpace(r.Source) || !string.IsNullOrWhiteSpace(r.Cause) || !string.IsNullOrWhiteSpace(r.CorrectiveMeasures))
            .Select(r => new ReportNote(r.Name, r.IsBinding, r.Year, Blank(r.Note), Blank(r.Source), r.IsPreliminary, Blank(r.Cause), Blank(r.CorrectiveMeasures)))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
