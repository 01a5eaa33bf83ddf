using PlanTracker.Domain.Plans;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// The period a main-indicator header's years mean: the baseline column's year is the year before the plan's first,
/// the target column's year its last ("2025年 | 2030年" → 2026–2030). The one rule for documents and pasted tables.
/// </summary>
internal sealed partial record TableLayout
{
    /// <summary>The baseline column's year ("2020年" → 2020); null when it says 基期 without a year.</summary>
    public int? BaselineYear => YearOf(ColumnRole.Baseline);

    /// <summary>The target column's year ("2025年目标" → 2025); null when it says 目标 without a year.</summary>
    public int? TargetYear => YearOf(ColumnRole.Target);

    /// <summary>The plan's period by the header, or null when the header does not give both years.</summary>
    public PlanPeriod? Period => PeriodOf(BaselineYear, TargetYear);

    /// <summary>Baseline year + 1 to target year; null unless both are known and the target comes after the baseline.</summary>
    public static PlanPeriod? PeriodOf(int? baselineYear, int? targetYear) =>
        baselineYear is { } baseline && targetYear is { } target && target > baseline ? new PlanPeriod(baseline + 1, target) : null;

    private int? YearOf(ColumnRole role)
    {
        var index = Roles.ToList().IndexOf(role);
        return index < 0 ? null : Year(Headers[index]);
    }
}
