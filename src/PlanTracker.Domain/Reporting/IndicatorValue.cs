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

    /// <summary>The 快报 figure a final one replaced, kept side by side with it; null while the value is still preliminary or was never one.</summary>
    public decimal? PreliminaryValue { get; set; }

    /// <summary>When the 快报 figure (the current one, or the one kept in <see cref="PreliminaryValue"/>) was reported.</summary>
    public DateTimeOffset? PreliminaryReportedAt { get; set; }

    /// <summary>When the final (年报/统计年鉴) figure was reported; null while the value is preliminary.</summary>
    public DateTimeOffset? FinalReportedAt { get; set; }

    /// <summary>原因分析: why a 约束性 indicator is behind 时序进度 or breaks its bound.</summary>
    public string? Cause { get; set; }

    /// <summary>整改措施: what the city does about it.</summary>
    public string? CorrectiveMeasures { get; set; }

    /// <summary>
    /// Records a newly reported figure. A 快报 figure replaces the value and is dated; a final figure replacing a 快报
    /// one keeps the 快报 figure and its date beside it; a final figure correcting a final one is re-dated.
    /// </summary>
    public void Record(decimal value, bool isPreliminary, DateTimeOffset now)
    {
        if (isPreliminary)
        {
            if (!IsPreliminary || Value != value || PreliminaryReportedAt is null)
            {
                PreliminaryReportedAt = now;
            }

            (PreliminaryValue, FinalReportedAt) = (null, null);
        }
        else if (IsPreliminary)
        {
            (PreliminaryValue, FinalReportedAt) = (Value, now);
        }
        else if (Value != value || FinalReportedAt is null)
        {
            FinalReportedAt = now;
        }

        (Value, IsPreliminary) = (value, isPreliminary);
    }
}
