namespace PlanTracker.Domain.Plans;

/// <summary>
/// A 规划调整: an indicator's target changed after the plan was issued, by an approving document (文号 and date), in
/// force from its effective year (<see cref="Indicator.TargetIn"/>). Years before it stay judged against the printed
/// target, which stays as printed.
/// </summary>
public class TargetAdjustment
{
    public const int MaxDocumentNumberLength = 128;

    public const int MaxReasonLength = 500;

    public const int MaxTargetLength = 32;

    public int Id { get; set; }

    public int IndicatorId { get; set; }

    /// <summary>The first year judged against the new target.</summary>
    public int EffectiveYear { get; set; }

    /// <summary>The new target, in the table's notation ("230", "[80]", "&lt;5.5").</summary>
    public Measure Target { get; set; } = Measure.Empty;

    /// <summary>The approving document's number, e.g. 长政办函〔2024〕12号.</summary>
    public required string DocumentNumber { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
