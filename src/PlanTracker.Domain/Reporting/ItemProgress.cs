namespace PlanTracker.Domain.Reporting;

/// <summary>The state of a 专栏 item or a project in a year: 未开始 / 进行中 / 已完成 / 滞后.</summary>
public enum WorkStatus
{
    NotStarted = 0,
    InProgress = 1,
    Completed = 2,
    Delayed = 3,
}

/// <summary>
/// A year's progress on one 专栏 item or one project (exactly one of the two): a note, percent complete, status and,
/// for investment projects, the year's completed investment in 亿元.
/// </summary>
public class ItemProgress
{
    public long Id { get; set; }

    public int? SpecialColumnItemId { get; set; }

    public int? ProjectId { get; set; }

    public int Year { get; set; }

    public decimal? PercentComplete { get; set; }

    public WorkStatus Status { get; set; }

    /// <summary>The year's completed investment, 亿元.</summary>
    public decimal? CompletedInvestment { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>A year's reported value for a quantitative target found inside a 专栏 item's text, reported like an indicator.</summary>
public class ItemTargetValue
{
    public long Id { get; set; }

    public int ItemTargetId { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}

public static class WorkStatusNames
{
    public static string ToChinese(this WorkStatus status) => status switch
    {
        WorkStatus.InProgress => "进行中",
        WorkStatus.Completed => "已完成",
        WorkStatus.Delayed => "滞后",
        _ => "未开始",
    };
}
