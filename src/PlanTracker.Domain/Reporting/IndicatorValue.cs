namespace PlanTracker.Domain.Reporting;

/// <summary>
/// An indicator's reported value for one year (as of 31 December): the year's increment for a cumulative
/// indicator, the year-end stock for a level, the year's rate for a rate.
/// </summary>
public class IndicatorValue
{
    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    /// <summary>快报: a preliminary figure, to be replaced by the final (年报/统计年鉴) one.</summary>
    public bool IsPreliminary { get; set; }

    /// <summary>数据来源.</summary>
    public string? Source { get; set; }

    /// <summary>说明.</summary>
    public string? Note { get; set; }

    /// <summary>Generated demonstration data (演示数据), removable with one command; never in Production.</summary>
    public bool IsDemo { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
