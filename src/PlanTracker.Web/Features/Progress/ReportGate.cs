using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>Why a city-year report cannot be written: the year is closed, the report is not editable, or it changed since the user loaded it.</summary>
public enum ReportGateRefusal
{
    None,
    YearClosed,
    NotEditable,
    Conflict,
}

/// <summary>The report row to write through (null when nothing was saved for the year yet), or why writing is refused.</summary>
public sealed record ReportGateResult(ReportGateRefusal Refusal, string? Message, CityYearReport? Report, ReportingYear? ReportingYear)
{
    public bool IsOpen => Refusal == ReportGateRefusal.None;
}

/// <summary>
/// The one check every write to a city's year passes (values, 专栏/project progress, spreadsheet uploads, submission):
/// inside the caller's transaction, the reporting year is read FOR SHARE (so an admin closing it waits for running
/// saves, and saves after the close see it closed), then the report's version and status are checked.
/// </summary>
public static class ReportGate
{
    public static async Task<ReportGateResult> OpenAsync(PlanTrackerDbContext context, int regionId, int year, uint? version, bool requireEditable, CancellationToken cancellationToken = default)
    {
        var reportingYear = await context.ReportingYears
            .FromSqlInterpolated($"SELECT *, xmin FROM reporting_years WHERE year = {year} FOR SHARE")
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (reportingYear is null)
        {
            return new(ReportGateRefusal.YearClosed, $"{year} 年不是规划期内的填报年度。", null, null);
        }

        if (reportingYear.IsClosed)
        {
            return new(ReportGateRefusal.YearClosed, $"{year} 年度已由管理员关闭填报，不再接受任何修改。", null, reportingYear);
        }

        var report = await context.CityYearReports.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        if (report is not null && report.Version != version || report is null && version is not null)
        {
            return new(ReportGateRefusal.Conflict, null, report, reportingYear);
        }

        if (requireEditable && report is not null && !ReportWorkflow.IsEditable(report.Status))
        {
            return new(ReportGateRefusal.NotEditable, $"{year}年报告{report.Status.ToChinese()}，不能再修改。", report, reportingYear);
        }

        return new(ReportGateRefusal.None, null, report, reportingYear);
    }

    /// <summary>Creates the report row on the first write of a year, and marks it as changed (its xmin moves on save).</summary>
    public static CityYearReport Touch(PlanTrackerDbContext context, CityYearReport? report, int regionId, int year, string userName, DateTimeOffset now)
    {
        report ??= context.CityYearReports.Add(new CityYearReport { RegionId = regionId, Year = year, UpdatedBy = userName }).Entity;
        (report.UpdatedAt, report.UpdatedBy) = (now, userName);
        return report;
    }

    /// <summary>
    /// Writes and commits; false (rolled back) when someone saved the report between the gate and the write — the
    /// caller reports a conflict with <see cref="CurrentAsync"/> read on a fresh context.
    /// </summary>
    public static async Task<bool> TrySaveAndCommitAsync(PlanTrackerDbContext context, IDbContextTransaction transaction, CancellationToken cancellationToken = default)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The report as it is now (after a conflict: the other person's version and name).</summary>
    public static Task<CityYearReport?> CurrentAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default) =>
        context.CityYearReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
}
