namespace PlanTracker.Domain.Progress;

/// <summary>
/// How far from 时序进度 (τ) an indicator may be before it changes category, in percentage points.
/// With lead = (completion − τ) × 100 and gap = −lead:
/// <list type="bullet">
/// <item>快于预期 (Ahead) when lead ≥ <see cref="AheadPoints"/>;</item>
/// <item>基本符合预期 (OnTrack) when gap ≤ <see cref="BehindPoints"/> (this includes a lead below <see cref="AheadPoints"/>);</item>
/// <item>滞后 (Behind) when <see cref="BehindPoints"/> &lt; gap ≤ <see cref="SeverelyBehindPoints"/>;</item>
/// <item>严重滞后 (SeverelyBehind) when gap &gt; <see cref="SeverelyBehindPoints"/>.</item>
/// </list>
/// Boundaries are compared on exact values, not on the rounded percentages shown in the reason text.
/// </summary>
public sealed record ProgressBanding(decimal AheadPoints = 10, decimal BehindPoints = 10, decimal SeverelyBehindPoints = 30)
{
    /// <summary>The banding of domain.md: ±10 points around τ, 滞后 up to 30 points behind.</summary>
    public static ProgressBanding Default { get; } = new();

    /// <summary>The category for a completion against τ (both as fractions, 1 = 100%).</summary>
    public ProgressStatus Classify(decimal completion, decimal expected)
    {
        var lead = (completion - expected) * 100m;
        if (lead >= AheadPoints)
        {
            return ProgressStatus.Ahead;
        }

        var gap = -lead;
        if (gap <= BehindPoints)
        {
            return ProgressStatus.OnTrack;
        }

        return gap <= SeverelyBehindPoints ? ProgressStatus.Behind : ProgressStatus.SeverelyBehind;
    }

    /// <summary>Throws when the bands are negative or overlap (severe band inside the behind band).</summary>
    public void Validate()
    {
        if (AheadPoints < 0 || BehindPoints < 0 || SeverelyBehindPoints < 0)
        {
            throw new ArgumentException("Banding points must not be negative.");
        }

        if (SeverelyBehindPoints < BehindPoints)
        {
            throw new ArgumentException("SeverelyBehindPoints must be at least BehindPoints.");
        }
    }
}
