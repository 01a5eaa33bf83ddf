using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PlanTracker.Data;
using PlanTracker.Data.Reporting;
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
/// The one check every write to a city's year passes (values, 专栏/project progress, spreadsheet uploads, workflow moves):
/// inside the caller's transaction, the reporting year is read FOR SHARE (so an admin closing it waits for running
/// saves, and saves after the close see it closed), then the city-year report row is locked FOR UPDATE, so writers of
/// the same city and year run one after the other and each sees what the one before committed. Writers create the row
/// here and nowhere else, race-free: INSERT … ON CONFLICT DO NOTHING, then the locking read in the same transaction.
/// </summary>
public static class ReportGate
{
    /// <summary>
    /// For writers of values and progress (all of them merge per row, so none checks a version): creates the report on
    /// the first write of a year, locks it and checks that it is editable.
    /// </summary>
    public static async Task<ReportGateResult> OpenForWriteAsync(PlanTrackerDbContext context, int regionId, int year, string userName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await ReadYearAsync(context, regionId, year, cancellationToken) is { IsOpen: false } refused)
        {
            return refused;
        }

        await context.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO city_year_reports (region_id, year, status, updated_at, updated_by)
            VALUES ({regionId}, {year}, {(short)ReportStatus.Draft}, {now}, {userName})
            ON CONFLICT (region_id, year) DO NOTHING
            """, cancellationToken);
        var report = await LockAsync(context, regionId, year, cancellationToken);
        return Editable(report!, year);
    }

    /// <summary>For workflow moves: no report is created; the report must be at the version the user saw.</summary>
    public static async Task<ReportGateResult> OpenAsync(PlanTrackerDbContext context, int regionId, int year, uint? version, bool requireEditable, CancellationToken cancellationToken = default)
    {
        if (await ReadYearAsync(context, regionId, year, cancellationToken) is { IsOpen: false } refused)
        {
            return refused;
        }

        var report = await LockAsync(context, regionId, year, cancellationToken);
        if (report is not null && report.Version != version || report is null && version is not null)
        {
            return new(ReportGateRefusal.Conflict, null, report, null);
        }

        return requireEditable && report is not null ? Editable(report, year) : new(ReportGateRefusal.None, null, report, null);
    }

    /// <summary>
    /// The year, read FOR SHARE: closed for every city, or for this city on its own (an admin closing for chosen cities
    /// takes the year's row FOR UPDATE too, so the closure rows read after it are the committed ones).
    /// </summary>
    private static async Task<ReportGateResult> ReadYearAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken)
    {
        var reportingYear = await context.ReportingYears
            .FromSqlInterpolated($"SELECT *, xmin FROM reporting_years WHERE year = {year} FOR SHARE")
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return await YearStateAsync(context, reportingYear, regionId, year, cancellationToken);
    }

    /// <summary>
    /// The year as a page shows it, without a lock (the entry form, the workbook preview): the same rule and messages as
    /// a write's gate, so what the page offers is what a save will be allowed to do.
    /// </summary>
    public static async Task<ReportGateResult> ReadYearForDisplayAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reportingYear = await context.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        return await YearStateAsync(context, reportingYear, regionId, year, cancellationToken);
    }

    private static async Task<ReportGateResult> YearStateAsync(PlanTrackerDbContext context, ReportingYear? reportingYear, int regionId, int year, CancellationToken cancellationToken)
    {
        if (reportingYear is null)
        {
            return new(ReportGateRefusal.YearClosed, $"{year} 年不是规划期内的填报年度。", null, null);
        }

        var open = await context.ReportingYears.Where(y => y.Year == year).OpenFor(context, regionId).AnyAsync(cancellationToken);
        return open
            ? new(ReportGateRefusal.None, null, null, reportingYear)
            : new(ReportGateRefusal.YearClosed, $"{year} 年度已由管理员关闭填报，不再接受任何修改。", null, reportingYear);
    }

    /// <summary>The report row, locked until the transaction ends (tracked: the caller updates it).</summary>
    private static Task<CityYearReport?> LockAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken) =>
        context.CityYearReports
            .FromSqlInterpolated($"SELECT *, xmin FROM city_year_reports WHERE region_id = {regionId} AND year = {year} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    private static ReportGateResult Editable(CityYearReport report, int year) =>
        ReportWorkflow.IsEditable(report.Status)
            ? new(ReportGateRefusal.None, null, report, null)
            : new(ReportGateRefusal.NotEditable, $"{year}年报告{report.Status.ToChinese()}，不能再修改。", report, null);

    /// <summary>Marks the report as changed by this save (its xmin moves when the transaction writes it).</summary>
    public static CityYearReport Touch(CityYearReport report, string userName, DateTimeOffset now)
    {
        (report.UpdatedAt, report.UpdatedBy) = (now, userName);
        return report;
    }

    /// <summary>
    /// Writes and commits; false (rolled back) when the report changed between the gate and the write. Cannot happen
    /// while the gate's lock is held; kept as a guard so such a write is a conflict, never a crash.
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
