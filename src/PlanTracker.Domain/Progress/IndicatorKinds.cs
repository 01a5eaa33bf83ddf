using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

public static class IndicatorKinds
{
    /// <summary>
    /// Decides the progress rule from the printed baseline and target and the indicator's <see cref="Polarity"/>, first
    /// match wins:
    /// <list type="number">
    /// <item>target without a number (1：4：5, words, "—", empty) → <see cref="IndicatorKind.TextOnly"/>;</item>
    /// <item>cumulative (the flag, or the target printed in brackets) with a ceiling comparator ([&lt;5]) →
    /// <see cref="IndicatorKind.Ceiling"/> applied to the running sum;</item>
    /// <item>otherwise cumulative → <see cref="IndicatorKind.Cumulative"/> ([&gt;25] is a cumulative floor: completion = sum / 25);</item>
    /// <item>target comparator &lt; or ≤ → <see cref="IndicatorKind.Ceiling"/>; &gt; or ≥ → <see cref="IndicatorKind.Floor"/>
    /// (whatever the baseline says: ≥96 → &gt;96 is a floor);</item>
    /// <item>baseline without a number ("—", empty, text) → <see cref="IndicatorKind.Ceiling"/> at the target when lower is
    /// better (失业率 — → 5.5 is to be kept within 5.5), else <see cref="IndicatorKind.NoBaseline"/>;</item>
    /// <item>target = baseline → <see cref="IndicatorKind.Ceiling"/> when lower is better, else <see cref="IndicatorKind.Maintain"/>;</item>
    /// <item>a target on the wrong side of its baseline for the polarity is a bound to hold, not a path to walk: lower
    /// is better and the target is higher (失业率 4.5 → 5.5) → <see cref="IndicatorKind.Ceiling"/> at the target; higher is
    /// better and the target is lower (结案率 100 → 96) → <see cref="IndicatorKind.Floor"/> at the target;</item>
    /// <item>otherwise target &gt; baseline → <see cref="IndicatorKind.LevelIncreasing"/>; target &lt; baseline →
    /// <see cref="IndicatorKind.LevelDecreasing"/> (a comparator on the baseline alone is ignored).</item>
    /// </list>
    /// A bound without a printed comparator is inclusive (≤ or ≥ the target): see <see cref="Respects"/>.
    /// </summary>
    public static IndicatorKind Classify(Measure baseline, Measure target, bool cumulative, Polarity polarity = Polarity.FromTarget)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(target);

        if (target.Value is not { } goal)
        {
            return IndicatorKind.TextOnly;
        }

        if (cumulative || target.Cumulative)
        {
            return target.Comparator.IsCeiling() ? IndicatorKind.Ceiling : IndicatorKind.Cumulative;
        }

        if (target.Comparator.IsCeiling())
        {
            return IndicatorKind.Ceiling;
        }

        if (target.Comparator.IsFloor())
        {
            return IndicatorKind.Floor;
        }

        var lowerIsBetter = polarity == Polarity.LowerIsBetter;
        if (baseline.Value is not { } start)
        {
            return lowerIsBetter ? IndicatorKind.Ceiling : IndicatorKind.NoBaseline;
        }

        return goal.CompareTo(start) switch
        {
            0 => lowerIsBetter ? IndicatorKind.Ceiling : IndicatorKind.Maintain,
            > 0 => lowerIsBetter ? IndicatorKind.Ceiling : IndicatorKind.LevelIncreasing,
            _ => polarity == Polarity.HigherIsBetter ? IndicatorKind.Floor : IndicatorKind.LevelDecreasing,
        };
    }

    /// <summary>
    /// Whether <paramref name="value"/> keeps a bound kind's target: the printed comparator when there is one (&lt;5.5 is
    /// strict); otherwise inclusive, ≤ the target for a ceiling, ≥ for a floor or a maintained level. Null for kinds
    /// that are not bounds.
    /// </summary>
    public static bool? Respects(this IndicatorKind kind, Measure target, decimal value)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!kind.IsBound() || target.Value is not { } bound)
        {
            return null;
        }

        return target.IsRespectedBy(value) ?? (kind == IndicatorKind.Ceiling ? value <= bound : value >= bound);
    }

    /// <summary>Whether the kind is a bound kept year by year (上限, 下限, 保持), judged without interpolation.</summary>
    public static bool IsBound(this IndicatorKind kind) => kind is IndicatorKind.Ceiling or IndicatorKind.Floor or IndicatorKind.Maintain;

    /// <summary>A short Chinese label for the rule (累计, 递增, 递减, 上限, 下限, 保持, 无基数, 文字).</summary>
    public static string ToChinese(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Cumulative => "累计",
        IndicatorKind.LevelIncreasing => "递增",
        IndicatorKind.LevelDecreasing => "递减",
        IndicatorKind.Ceiling => "上限",
        IndicatorKind.Floor => "下限",
        IndicatorKind.Maintain => "保持",
        IndicatorKind.NoBaseline => "无基数",
        IndicatorKind.TextOnly => "文字",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
