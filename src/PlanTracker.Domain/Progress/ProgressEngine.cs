using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>
/// Judges an indicator's reported values against its period's target (the plan's last year) and 时序进度. Pure: no clock, no I/O.
/// <para><b>Reported values.</b> One value per year counts: years outside the plan's period are ignored, and when a
/// year appears more than once the last occurrence in the list wins (a later revision replaces the earlier figure);
/// otherwise the list order does not matter. Nothing left → 无数据, "尚无填报数据".</para>
/// <para><b>时序进度.</b> τ = k / n from the latest year with data, not the calendar: k = latestYear − firstYear + 1,
/// n = the period's years (a 2021–2025 plan with data through 2022 → τ = 2/5 = 40%; a 2024–2026 plan through 2024 → 1/3).</para>
/// <para><b>Completion</b> (1 = 100%):
/// cumulative: Σ values / target (a missing year adds nothing; [&gt;25] → Σ / 25);
/// level up or down: (latest − baseline) / (target − baseline), so the direction of the target decides what is better and a
/// value moving away from the target gives a negative completion;
/// no baseline: latest / target (the baseline is taken as 0, the direction as upwards).
/// A zero denominator → 不评估, "目标值为0，无法计算完成率".</para>
/// <para><b>Status</b> for those kinds: 提前实现 when the target is met (cumulative: Σ respects the target, i.e. Σ ≥ target,
/// or Σ &gt; target for [&gt;x]; level: completion ≥ 1), also in the final year; otherwise 严重滞后 when completion &lt; 0;
/// otherwise <see cref="ProgressBanding.Classify"/>.</para>
/// <para><b>Bounds</b> (ceiling &lt;5.5, floor ≥96, maintain 60 → 60 judged as "latest ≥ target"): only the latest year's value
/// is judged (for a cumulative ceiling, the running sum): respected → 基本符合预期, breached → 滞后. A bound has to hold
/// every year, so meeting it early is not 提前实现. Completion, τ, remaining effort and projection are null.</para>
/// <para><b>Binding warning</b> (约束性 only): not achieved and completion &lt; τ (any shortfall), or the bound breached.
/// No data and text-only targets never warn.</para>
/// <para><b>Remaining annual effort</b>, with yearsLeft = lastYear − latestYear: cumulative: (target − Σ) / yearsLeft;
/// level and no baseline: |target − latest| / yearsLeft (the change needed per year, never negative: a falling target's is a
/// fall, worded by <see cref="RemainingEffort"/>). Null when achieved or when no year is left.</para>
/// <para><b>Projection to the last year</b> at the current pace: cumulative: Σ × n / k; level: baseline + (latest − baseline) × n / k;
/// no baseline: latest + (latest − first) / (latestYear − firstYear) × yearsLeft with at least two reported years, else null.</para>
/// <para><b>Text-only target</b> (1：4：5, words, or no target at all): 不评估 whatever is reported.</para>
/// </summary>
public static class ProgressEngine
{
    /// <summary>Where the indicator stands after its latest reported year.</summary>
    public static IndicatorProgress Evaluate(
        Measure baseline,
        Measure target,
        bool cumulative,
        bool binding,
        IReadOnlyList<YearValue> values,
        PlanPeriod period,
        ProgressBanding? banding = null,
        Polarity polarity = Polarity.FromTarget)
    {
        var (kind, resolvedBanding) = Prepare(baseline, target, cumulative, polarity, values, banding);
        var series = ReportedSeries.From(values, period);
        return Evaluate(baseline, target, cumulative, kind, binding, series, period, resolvedBanding);
    }

    /// <summary>
    /// The same for a plan row, with its <see cref="Indicator.Polarity"/>; a 其中 child follows the same rules on its own values. The target is the one in force
    /// in the year judged — the latest reported year within the period (<see cref="Indicator.TargetIn"/>: a 规划调整
    /// counts from its effective year on, the printed target before it).
    /// </summary>
    public static IndicatorProgress Evaluate(
        Indicator indicator,
        IReadOnlyList<YearValue> values,
        PlanPeriod period,
        ProgressBanding? banding = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        // Only a row with adjustments needs the year judged; every other one is judged on its printed target.
        var target = indicator.Adjustments.Count == 0
            ? indicator.Target
            : indicator.TargetIn(values.Where(v => period.Contains(v.Year)).Select(v => v.Year).DefaultIfEmpty(period.FirstYear).Max());
        return Evaluate(indicator.Baseline, target, indicator.Cumulative, indicator.IsBinding, values, period, banding, indicator.Polarity);
    }

    /// <summary>
    /// The picture after each reported year, in year order: entry i is <see cref="Evaluate(Measure, Measure, bool, bool, IReadOnlyList{YearValue}, int, int, ProgressBanding?)"/>
    /// on the values up to that year. Empty when nothing is reported within the period.
    /// </summary>
    public static IReadOnlyList<IndicatorProgress> EvaluateEachYear(
        Measure baseline,
        Measure target,
        bool cumulative,
        bool binding,
        IReadOnlyList<YearValue> values,
        PlanPeriod period,
        ProgressBanding? banding = null,
        Polarity polarity = Polarity.FromTarget)
    {
        var (kind, resolvedBanding) = Prepare(baseline, target, cumulative, polarity, values, banding);
        var series = ReportedSeries.From(values, period);
        return series.Years
            .Select(year => Evaluate(baseline, target, cumulative, kind, binding, series.UpTo(year), period, resolvedBanding))
            .ToList();
    }

    /// <summary>The same for a plan row, each year judged against the target in force in it.</summary>
    public static IReadOnlyList<IndicatorProgress> EvaluateEachYear(
        Indicator indicator,
        IReadOnlyList<YearValue> values,
        PlanPeriod period,
        ProgressBanding? banding = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        // Each year against the target in force in that year.
        return [.. ReportedSeries.From(values, period).Years.Select(year => Evaluate(indicator, [.. values.Where(v => v.Year <= year)], period, banding))];
    }

    private static (IndicatorKind Kind, ProgressBanding Banding) Prepare(
        Measure baseline,
        Measure target,
        bool cumulative,
        Polarity polarity,
        IReadOnlyList<YearValue> values,
        ProgressBanding? banding)
    {
        ArgumentNullException.ThrowIfNull(values);
        var resolved = banding ?? ProgressBanding.Default;
        resolved.Validate();
        return (IndicatorKinds.Classify(baseline, target, cumulative, polarity), resolved);
    }

    private static IndicatorProgress Evaluate(
        Measure baseline,
        Measure target,
        bool cumulative,
        IndicatorKind kind,
        bool binding,
        ReportedSeries series,
        PlanPeriod period,
        ProgressBanding banding)
    {
        if (kind == IndicatorKind.TextOnly)
        {
            return new IndicatorProgress(
                kind,
                series.IsEmpty ? null : series.LatestYear,
                series.IsEmpty ? null : series.LatestValue,
                null, null, ProgressStatus.NotAssessable, false, ProgressReasons.TextOnly(target), null, null, null);
        }

        if (series.IsEmpty)
        {
            return new IndicatorProgress(kind, null, null, null, null, ProgressStatus.NoData, false, ProgressReasons.NoData, null, null, null);
        }

        var context = new EvaluationContext(baseline, target, cumulative || target.Cumulative, kind, binding, series, period, banding);
        return kind.IsBound()
            ? BoundEvaluator.Evaluate(context)
            : TrackEvaluator.Evaluate(context);
    }
}
