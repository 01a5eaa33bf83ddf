using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Domain.Plans;

/// <summary>A row of the plan's main-indicator table (主要指标).</summary>
public class Indicator
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>Position in the printed table, from 1.</summary>
    public int Ordinal { get; set; }

    /// <summary>就业, 社会保障, 人才人事, 劳动关系, 公共服务 (without numbering); null when the table has no categories.</summary>
    public string? Category { get; set; }

    public int? Number { get; set; }

    public required string Name { get; set; }

    public string? Unit { get; set; }

    /// <summary>The baseline year's value as printed (2020 in a 14th plan).</summary>
    public Measure Baseline { get; set; } = Measure.Empty;

    /// <summary>The target for the period's last year as printed.</summary>
    public Measure Target { get; set; } = Measure.Empty;

    /// <summary>A five-year cumulative total (printed in [ ] or 〔 〕): yearly reports are increments that add up.</summary>
    public bool Cumulative { get; set; }

    public IndicatorAttribute? Attribute { get; set; }

    /// <summary>For a 其中 row: the indicator it is part of.</summary>
    public int? ParentId { get; set; }

    public Indicator? Parent { get; set; }

    /// <summary>Columns beyond the standard ones, by header (e.g. 鄂州's 十三五目标).</summary>
    public Dictionary<string, string> ExtraColumns { get; set; } = [];

    /// <summary>Changes of the target approved after the plan was issued (规划调整), any order.</summary>
    public List<TargetAdjustment> Adjustments { get; set; } = [];

    /// <summary>The row's mapping to the shared catalogue, when it has one and the query loaded it.</summary>
    public IndicatorMapping? Mapping { get; set; }

    public bool IsBinding => Attribute == IndicatorAttribute.Binding;

    /// <summary>
    /// Which way the row is better: the polarity set on its catalogue indicator, else what its name says
    /// (<see cref="Polarities.Resolve"/>). It decides a target on the "wrong" side of its baseline (结案率 100 → 96 is a
    /// floor to hold) and a target without a baseline (失业率 — → 5.5 is a ceiling); see <see cref="Progress.IndicatorKinds.Classify"/>.
    /// </summary>
    public Polarity Polarity => Polarities.Resolve(Mapping?.CanonicalIndicator?.Polarity, Name);

    /// <summary>
    /// The target in force in <paramref name="year"/>: the adjustment with the latest effective year up to it, else the
    /// target as printed. The printed <see cref="Target"/> itself never changes.
    /// </summary>
    public Measure TargetIn(int year) => AdjustmentIn(year)?.Target ?? Target;

    /// <summary>The adjustment in force in <paramref name="year"/>; null when the printed target is.</summary>
    public TargetAdjustment? AdjustmentIn(int year) => Adjustments.Where(a => a.EffectiveYear <= year).MaxBy(a => a.EffectiveYear);
}
