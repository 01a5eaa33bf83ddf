using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

public static class IndicatorKinds
{
    /// <summary>
    /// Decides the progress rule from the printed baseline and target, first match wins:
    /// <list type="number">
    /// <item>target without a number (1：4：5, words, "—", empty) → <see cref="IndicatorKind.TextOnly"/>;</item>
    /// <item>cumulative (the flag, or the target printed in brackets) with a ceiling comparator ([&lt;5]) →
    /// <see cref="IndicatorKind.Ceiling"/> applied to the running sum;</item>
    /// <item>otherwise cumulative → <see cref="IndicatorKind.Cumulative"/> ([&gt;25] is a cumulative floor: completion = sum / 25);</item>
    /// <item>target comparator &lt; or ≤ → <see cref="IndicatorKind.Ceiling"/>; &gt; or ≥ → <see cref="IndicatorKind.Floor"/>
    /// (whatever the baseline says: ≥96 → &gt;96 is a floor);</item>
    /// <item>baseline without a number ("—", empty, text) → <see cref="IndicatorKind.NoBaseline"/>;</item>
    /// <item>target = baseline → <see cref="IndicatorKind.Maintain"/>; target &gt; baseline → <see cref="IndicatorKind.LevelIncreasing"/>;
    /// target &lt; baseline → <see cref="IndicatorKind.LevelDecreasing"/> (a comparator on the baseline alone is ignored).</item>
    /// </list>
    /// </summary>
    public static IndicatorKind Classify(Measure baseline, Measure target, bool cumulative)
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

        if (baseline.Value is not { } start)
        {
            return IndicatorKind.NoBaseline;
        }

        return goal.CompareTo(start) switch
        {
            0 => IndicatorKind.Maintain,
            > 0 => IndicatorKind.LevelIncreasing,
            _ => IndicatorKind.LevelDecreasing,
        };
    }

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
