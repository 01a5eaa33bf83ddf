namespace PlanTracker.Domain.Reporting;

/// <summary>
/// A reporting year closed by an admin for one city only (关闭年度 → 选定的市州). The city's year then accepts nothing,
/// as when <see cref="ReportingYear.ClosedAt"/> closes it for every city; the other cities keep reporting.
/// </summary>
public class ReportingYearClosure
{
    public int Year { get; set; }

    public int RegionId { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public required string ClosedBy { get; set; }
}
