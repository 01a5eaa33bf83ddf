using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Reporting;
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
    /// <summary>
    /// A year's 年度监测报告. An approved year shows what was approved (<see cref="ApprovedReports"/>) unless
    /// <paramref name="current"/> asks for the figures of now; either way the indicators that differ are marked.
    /// </summary>
    public Task<MonitoringReport?> AnnualAsync(int regionId, int year, bool current = false, CancellationToken cancellationToken = default) =>
        BuildAsync(regionId, year, midterm: false, current, cancellationToken);

    /// <summary>
    /// The 中期评估 of the plan in force in <paramref name="year"/> (default: the region's default year), as of that
    /// plan's <see cref="PlanPeriod.MidtermYear"/>. Null when no plan covers the year.
    /// </summary>
    public async Task<MonitoringReport?> MidtermAsync(int regionId, int? year = null, CancellationToken cancellationToken = default)
    {
        var years = await planYears.ForRegionAsync(regionId, cancellationToken);
        return years.InForce(year ?? years.DefaultYear) is { } period ? await BuildAsync(regionId, period.MidtermYear, midterm: true, current: true, cancellationToken) : null;
    }

    /// <summary>The years the city's plans cover and the year a report opens on (<see cref="PlanPeriod.DefaultYear"/>).</summary>
    public Task<PlanYears> YearsAsync(int regionId, CancellationToken cancellationToken = default) =>
        planYears.ForRegionAsync(regionId, cancellationToken);

    /// <summary>The review status of each of the city's yearly reports (a year without one is missing); empty when the city is not readable.</summary>
    public async Task<IReadOnlyDictionary<int, ReportStatus>> ReviewStatusesAsync(int regionId, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"reports/{regionId}/statuses"))
        {
            return new Dictionary<int, ReportStatus>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ReportStatusesAsync(regionId, cancellationToken: cancellationToken);
    }

    private async Task<MonitoringReport?> BuildAsync(int regionId, int year, bool midterm, bool current, CancellationToken cancellationToken)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"reports/{(midterm ? "midterm" : "annual")}/{regionId}/{year}"))
        {
            return null;
        }

        if (await dashboards.GetAsync(regionId, year, ValueScope.All, cancellationToken) is not { } dashboard)
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

        var (hasDemo, notes) = await ContentAsync(context, dashboard, midterm, cancellationToken);
        var live = new MonitoringReport(dashboard, midterm, report?.Status, approvedAt, hasDemo, clock.GetUtcNow().ToChinaTime(), notes);
        if (midterm || report?.Status != ReportStatus.Approved || await ApprovedReports.LatestAsync(context, report.Id, cancellationToken) is not { } approved)
        {
            return live;
        }

        // An approved year opens as approved; the figures of now are one click away, the differences marked in both.
        var changed = ApprovedReports.Differences(approved.Content.Dashboard, dashboard);
        return current
            ? live with { ApprovedAs = approved.ApprovedAt, Changed = changed }
            : new MonitoringReport(approved.Content.Dashboard, false, ReportStatus.Approved, approvedAt ?? approved.ApprovedAt, approved.Content.HasDemoValues, live.GeneratedAt, approved.Content.Notes)
            {
                ApprovedAs = approved.ApprovedAt,
                ShowsApproved = true,
                Changed = changed,
            };
    }

    /// <summary>What a report shows beside the engine's results, read through the caller's context: whether demo values are used, and the reporters' notes (of the year; for the 中期评估, of the plan's years up to it).</summary>
    internal static async Task<(bool HasDemo, IReadOnlyList<ReportNote> Notes)> ContentAsync(PlanTrackerDbContext context, CityDashboard dashboard, bool midterm, CancellationToken cancellationToken)
    {
        var (planId, year) = (dashboard.PlanId, dashboard.Year);
        var hasDemo = await context.IndicatorValues.AsNoTracking()
            .AnyAsync(v => v.IsDemo && v.Year <= year && context.Indicators.Any(i => i.Id == v.IndicatorId && i.PlanId == planId), cancellationToken);
        return (hasDemo, await NotesAsync(context, planId, midterm ? dashboard.Period.FirstYear : year, year, cancellationToken));
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
