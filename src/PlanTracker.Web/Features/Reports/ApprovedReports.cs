using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Features.Reports;

/// <summary>What an approved 年度监测报告 showed: the dashboard as of its year (values, statuses, targets in force) and the notes.</summary>
public sealed record ApprovedReportContent(CityDashboard Dashboard, IReadOnlyList<ReportNote> Notes, bool HasDemoValues);

/// <summary>An approval's kept report, with when and by whom it was approved.</summary>
public sealed record ApprovedReport(ApprovedReportContent Content, DateTimeOffset ApprovedAt, string ApprovedBy);

/// <summary>
/// Approved reports are reproducible: the approval keeps what the year's report showed (in its own transaction, so an
/// approval without its snapshot cannot be committed), and the annual report of an approved year opens on it; later
/// revisions (快报 → 年鉴, a 规划调整, a re-import) show only in the "as of now" view, the differences marked.
/// </summary>
public static class ApprovedReports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Inside the approval's transaction: keeps what the report of <paramref name="report"/>'s year shows now.</summary>
    public static async Task CaptureAsync(PlanTrackerDbContext context, CityYearReport report, DateTimeOffset now, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (await DashboardService.BuildAsync(context, report.RegionId, report.Year, ValueScope.All, cancellationToken) is not { } built)
        {
            return;
        }

        // The year's new status is not saved yet: the report is kept as what it now is, approved.
        var dashboard = built.WithStatusOf(report.Year, ReportStatus.Approved);

        var (hasDemo, notes) = await MonitoringReportService.ContentAsync(context, dashboard, midterm: false, cancellationToken);
        context.ApprovedReportSnapshots.Add(new ApprovedReportSnapshot
        {
            CityYearReportId = report.Id,
            ApprovedAt = now,
            ApprovedBy = userName,
            Content = Serialize(new ApprovedReportContent(dashboard, notes, hasDemo)),
        });
    }

    /// <summary>The latest kept report of a city-year report; null when it was never approved (or approved before reports were kept).</summary>
    public static async Task<ApprovedReport?> LatestAsync(PlanTrackerDbContext context, int cityYearReportId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var row = await context.ApprovedReportSnapshots.AsNoTracking().Where(s => s.CityYearReportId == cityYearReportId)
            .OrderByDescending(s => s.ApprovedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return row is null || Deserialize(row.Content) is not { } content
            ? null
            : new ApprovedReport(content, row.ApprovedAt, row.ApprovedBy);
    }

    /// <summary>The kept form of a report (JSON, web defaults).</summary>
    internal static string Serialize(ApprovedReportContent content) => JsonSerializer.Serialize(content, Json);

    internal static ApprovedReportContent? Deserialize(string json) => JsonSerializer.Deserialize<ApprovedReportContent>(json, Json);

    /// <summary>The indicators whose figure (running total for cumulative ones), year, status or target in force differ, and those only one side has.</summary>
    public static IReadOnlySet<int> Differences(CityDashboard approved, CityDashboard current)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(current);
        var before = approved.Indicators.ToDictionary(i => i.Id, Fingerprint);
        var now = current.Indicators.ToDictionary(i => i.Id, Fingerprint);
        return before.Keys.Union(now.Keys)
            .Where(id => !before.TryGetValue(id, out var a) || !now.TryGetValue(id, out var b) || a != b)
            .ToHashSet();
    }

    private static (decimal? Figure, int? Year, Domain.Progress.ProgressStatus Status, string Target) Fingerprint(DashboardIndicator indicator) =>
        (ReportedValues.LatestOrTotal(indicator.Cumulative, indicator.Values, indicator.Progress), indicator.Progress.LatestYear, indicator.Progress.Status,
            indicator.Adjustment?.Target.Text ?? indicator.Target);
}
