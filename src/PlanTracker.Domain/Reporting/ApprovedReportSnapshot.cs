namespace PlanTracker.Domain.Reporting;

/// <summary>
/// What a city-year report showed when it was approved (its values, statuses, targets in force, notes), kept so that
/// the approved year's 年度监测报告 can be reproduced exactly, whatever changes later (a 快报 replaced by the 年鉴
/// figure, a 规划调整, a re-import). Written in the approval's transaction; a later approval adds a newer one.
/// </summary>
public class ApprovedReportSnapshot
{
    public long Id { get; set; }

    public int CityYearReportId { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public required string ApprovedBy { get; set; }

    /// <summary>The report's content as JSON (the web layer's own shape; the database only keeps it).</summary>
    public required string Content { get; set; }
}
