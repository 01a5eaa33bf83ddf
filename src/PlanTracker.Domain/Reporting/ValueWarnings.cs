using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Domain.Reporting;

/// <summary>What a typed value is checked against: the plan row and the values reported for earlier years.</summary>
public sealed record ValueCheckContext(
    string Name,
    string? Unit,
    Measure Baseline,
    Measure Target,
    bool Cumulative,
    bool Binding,
    int? ParentIndicatorId,
    string? ParentUnit,
    IReadOnlyDictionary<int, decimal> EarlierYears,
    PlanPeriod Period,
    Polarity Polarity = Polarity.FromTarget)
{
    /// <summary>A stock counted at year end (参保人数, 人才总量): a level in a stock unit, not a cumulative increment.</summary>
    public bool IsStock => !Cumulative && !Target.Cumulative && Units.IsStockUnit(Unit);
}

public enum ValueWarningKind
{
    /// <summary>More than 50% up or down from the year before.</summary>
    Jump,

    /// <summary>A stock lower than the year before.</summary>
    StockFalls,

    /// <summary>A 约束性 bound (&lt;5.5, ≥96) broken.</summary>
    BoundBreached,

    /// <summary>A 其中 row larger than its parent.</summary>
    ChildExceedsParent,
}

public sealed record ValueWarning(ValueWarningKind Kind, string Message);

/// <summary>
/// Warnings that do not block a value but require a note (说明) explaining it. Pure: the caller supplies the row, the
/// earlier years and, for a 其中 row, the parent's value for the same year.
/// <list type="bullet">
/// <item>Jump: the previous year's value is known and not 0, and |value − previous| / |previous| &gt; 50%.</item>
/// <item>Stock falls: a stock (<see cref="ValueCheckContext.IsStock"/>) below the previous year's value, or below the
/// baseline in the period's first year.</item>
/// <item>Bound breached: a 约束性 ceiling, floor or maintained level not respected by the value (for a cumulative ceiling,
/// by the running sum).</item>
/// <item>Child exceeds parent: a 其中 row in the same unit as its parent, with a larger value than the parent's.</item>
/// </list>
/// </summary>
public static class ValueWarnings
{
    public const decimal JumpThreshold = 0.5m;

    public static IReadOnlyList<ValueWarning> Check(ValueCheckContext row, int year, decimal value, decimal? parentValue)
    {
        ArgumentNullException.ThrowIfNull(row);
        var warnings = new List<ValueWarning>();
        var previous = row.EarlierYears.TryGetValue(year - 1, out var last) ? last : (decimal?)null;
        if (previous is { } p && p != 0 && Math.Abs(value - p) / Math.Abs(p) > JumpThreshold)
        {
            var change = (value - p) / Math.Abs(p);
            // A rate's change is said in 百分点 first (3% → 5% is 2 个百分点, a relative 66.67%), never as a bare %.
            warnings.Add(new(ValueWarningKind.Jump, Units.Normalise(row.Unit) == "%"
                ? $"较 {year - 1} 年{(change > 0 ? "上升" : "下降")} {Math.Abs(value - p):0.##} 个百分点（相对变化 {Math.Abs(change) * 100:0.##}%，超过 50%）"
                : $"较 {year - 1} 年{(change > 0 ? "增长" : "下降")} {Math.Abs(change) * 100:0.##}%，超过 50%"));
        }

        var before = previous ?? (year == row.Period.FirstYear && !row.Baseline.Cumulative ? row.Baseline.Value : null);
        if (row.IsStock && before is { } b && value < b)
        {
            warnings.Add(new(ValueWarningKind.StockFalls, $"存量指标低于{(previous is null ? $" {row.Period.BaselineYear} 年基数" : $" {year - 1} 年")}（{b:0.####}）"));
        }

        if (row.Binding && BoundBreached(row, year, value))
        {
            warnings.Add(new(ValueWarningKind.BoundBreached, $"约束性指标突破控制目标 {row.Target.Text}"));
        }

        if (row.ParentIndicatorId is not null && parentValue is { } parent && Units.Normalise(row.Unit) == Units.Normalise(row.ParentUnit) && value > parent)
        {
            warnings.Add(new(ValueWarningKind.ChildExceedsParent, $"“其中”项大于上级指标（{parent:0.####}）"));
        }

        return warnings;
    }

    private static bool BoundBreached(ValueCheckContext row, int year, decimal value) => BoundRespected(row, year, value) == false;

    /// <summary>
    /// Whether this year's value respects the row's bound (a ceiling, floor or maintained level; for a cumulative ceiling
    /// the running sum), judged by the engine; null for a row without a bound. The entry row's live check and the
    /// 约束性 warning both read it.
    /// </summary>
    public static bool? BoundRespected(ValueCheckContext row, int year, decimal value)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!IndicatorKinds.Classify(row.Baseline, row.Target, row.Cumulative, row.Polarity).IsBound())
        {
            return null;
        }

        var values = row.EarlierYears.Where(e => e.Key < year).Select(e => new YearValue(e.Key, e.Value)).Append(new YearValue(year, value)).ToList();
        return ProgressEngine.Evaluate(row.Baseline, row.Target, row.Cumulative, row.Binding, values, row.Period, polarity: row.Polarity).BoundRespected;
    }
}
