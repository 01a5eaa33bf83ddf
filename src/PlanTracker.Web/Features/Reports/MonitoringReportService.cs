using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Reports;

/// <summary>
/// Builds the 年度监测报告 and the 中期评估 of a city: the engine's results come from <see cref="DashboardService"/> (the
/// same computation as the dashboard), the rest — reporters' notes, report status, approval date, demo flag — is read here.
/// City-scoped through <see cref="AccessGuard"/>: another city's report is null (shown as not found) and the denial audited.
/// </summary>
public sealed class MonitoringReportService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, DashboardService dashboards, TimeProvider clock)
{
    public Task<MonitoringReport?> AnnualAsync(int regionId, int year) => BuildAsync(regionId, year, midterm: false);

    public Task<MonitoringReport?> MidtermAsync(int regionId) => BuildAsync(regionId, MonitoringReport.MidtermYear, midterm: true);

    /// <summary>The cities the user may see a report of (those with a plan).</summary>
    public Task<IReadOnlyList<CityOption>> CitiesAsync() => dashboards.CitiesAsync();

    /// <summary>The latest year with any value for the city (2021 when nothing is reported).</summary>
    public Task<int> LatestYearAsync(int regionId) => dashboards.LatestYearAsync(regionId);

    private async Task<MonitoringReport?> BuildAsync(int regionId, int year, bool midterm)
    {
        if (year is < ProgressEngine.DefaultPeriodStart or > ProgressEngine.DefaultPeriodEnd
            || !await guard.CanReadRegionAsync(regionId, $"reports/{(midterm ? "midterm" : "annual")}/{regionId}/{year}"))
        {
            return null;
        }

        if (await dashboards.GetAsync(regionId, year) is not { } dashboard)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync();
        var report = await context.CityYearReports.AsNoTracking()
            .Where(r => r.RegionId == regionId && r.Year == year)
            .Select(r => new { r.Id, r.Status })
            .SingleOrDefaultAsync();
        DateTimeOffset? approvedAt = null;
        if (report?.Status == ReportStatus.Approved)
        {
            var approve = nameof(ReportAction.Approve);
            approvedAt = await context.ReportComments.AsNoTracking()
                .Where(c => c.CityYearReportId == report.Id && c.Action == approve)
                .MaxAsync(c => (DateTimeOffset?)c.WrittenAt);
        }

        var planId = dashboard.PlanId;
        var hasDemo = await context.IndicatorValues.AsNoTracking()
            .AnyAsync(v => v.IsDemo && v.Year <= year && context.Indicators.Any(i => i.Id == v.IndicatorId && i.PlanId == planId));
        var notes = await NotesAsync(context, planId, midterm ? ProgressEngine.DefaultPeriodStart : year, year);
        return new MonitoringReport(dashboard, midterm, report?.Status, approvedAt, hasDemo, clock.GetUtcNow().ToChinaTime(), notes);
    }

    /// <summary>Every value in [from, to] that carries words from its reporter, in plan order then year.</summary>
    private static async Task<IReadOnlyList<ReportNote>> NotesAsync(PlanTrackerDbContext context, int planId, int from, int to)
    {
        var rows = await context.IndicatorValues.AsNoTracking()
            .Where(v => v.Year >= from && v.Year <= to && !v.IsDemo
                && (v.Note != null || v.Source != null || v.Cause != null || v.CorrectiveMeasures != null))
            .Join(context.Indicators.Where(i => i.PlanId == planId), v => v.IndicatorId, i => i.Id,
                (v, i) => new { i.Ordinal, i.Name, IsBinding = i.Attribute == IndicatorAttribute.Binding, v.Year, v.Note, v.Source, v.IsPreliminary, v.Cause, v.CorrectiveMeasures })
            .OrderBy(r => r.Ordinal).ThenBy(r => r.Year)
            .ToListAsync();
        return [.. rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Note) || !string.IsNullOrWhiteSpace(r.Source) || !string.IsNullOrWhiteSpace(r.Cause) || !string.IsNullOrWhiteSpace(r.CorrectiveMeasures))
            .Select(r => new ReportNote(r.Name, r.IsBinding, r.Year, Blank(r.Note), Blank(r.Source), r.IsPreliminary, Blank(r.Cause), Blank(r.CorrectiveMeasures)))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
