namespace PlanTracker.Domain.Plans;

/// <summary>A row of the 13th-plan results table: planned and actual, kept exactly as printed.</summary>
public class PreviousPeriodResult
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Ordinal { get; set; }

    public int? Number { get; set; }

    public required string Name { get; set; }

    public string? Unit { get; set; }

    /// <summary>The 十二五 base, where the table prints one (empty otherwise).</summary>
    public Measure PreviousBase { get; set; } = Measure.Empty;

    public Measure Planned { get; set; } = Measure.Empty;

    public Measure Actual { get; set; } = Measure.Empty;

    public IndicatorAttribute? Attribute { get; set; }

    public int? ParentNumber { get; set; }
}
