namespace PlanTracker.Domain.Reporting;

/// <summary>The state of one city's report for one year (草稿 → 已提交 → 已审核 / 已退回).</summary>
public enum ReportStatus
{
    /// <summary>草稿.</summary>
    Draft = 0,

    /// <summary>已提交.</summary>
    Submitted = 1,

    /// <summary>已审核.</summary>
    Approved = 2,

    /// <summary>已退回.</summary>
    Returned = 3,
}

/// <summary>
/// One city's yearly report: the unit two people editing the same city and year compete for. Its PostgreSQL
/// row version (xmin) changes with every save, so a save based on an older version is refused, never merged
/// silently.
/// </summary>
public class CityYearReport
{
    public int Id { get; set; }

    public int RegionId { get; set; }

    public int Year { get; set; }

    public ReportStatus Status { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>PostgreSQL's xmin: the concurrency token.</summary>
    public uint Version { get; set; }
}

/// <summary>One change to a reported value: who, when, old → new, and the note given with it.</summary>
public class IndicatorValueChange
{
    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public int Year { get; set; }

    public decimal? OldValue { get; set; }

    public decimal? NewValue { get; set; }

    public bool IsPreliminary { get; set; }

    public string? Note { get; set; }

    /// <summary>Which fields the save changed; null for rows recorded before they were (migration 0016).</summary>
    public ValueFields? ChangedFields { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}

public static class ReportStatusNames
{
    public static string ToChinese(this ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "已提交",
        ReportStatus.Approved => "已审核",
        ReportStatus.Returned => "已退回",
        _ => "草稿",
    };

    /// <summary>
    /// A known status that is not 已审核 (草稿, 已提交, 已退回): the figures of such a report are marked wherever they are
    /// shown or exported. Null — no status recorded, e.g. a snapshot kept before statuses were — is not marked.
    /// </summary>
    public static bool IsUnapproved(this ReportStatus? status) => status is { } known && known != ReportStatus.Approved;
}

/// <summary>An entry in a city-year report's review thread: a submission, an approval, a return or a reopening, with its words.</summary>
public class ReportComment
{
    public long Id { get; set; }

    public int CityYearReportId { get; set; }

    public required string Action { get; set; }

    public string? Text { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public required string Author { get; set; }

    /// <summary>A return's comments on single indicator rows (指标意见), saved with it.</summary>
    public List<ReportRowComment> RowComments { get; } = [];
}

/// <summary>
/// What a leader wrote on one row of the report when returning it (an indicator, a 专栏 item or a 重点项目; exactly one of
/// the three): shown on that row of the reporter's form.
/// </summary>
public class ReportRowComment
{
    public long Id { get; set; }

    public long ReportCommentId { get; set; }

    public int? IndicatorId { get; set; }

    public int? SpecialColumnItemId { get; set; }

    public int? ProjectId { get; set; }

    public required string Text { get; set; }
}
