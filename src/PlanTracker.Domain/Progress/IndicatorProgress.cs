namespace PlanTracker.Domain.Progress;

/// <summary>
/// Where an indicator stands after its latest reported year. Built by <see cref="ProgressEngine"/>.
/// </summary>
/// <param name="Kind">The rule applied (see <see cref="IndicatorKinds.Classify"/>).</param>
/// <param name="LatestYear">The latest year with data within the plan period; null when nothing is reported.</param>
/// <param name="LatestValue">That year's value (for a cumulative indicator: that year's increment, not the sum).</param>
/// <param name="Completion">
/// Fraction of the way to the target, 1 = 100%; may exceed 1, and is negative when the value moved away from the
/// target. Null for bounds (ceiling, floor, maintain), text-only targets and no data.
/// </param>
/// <param name="Expected">时序进度 τ = k / n, with k = LatestYear − the period's first year + 1 and n the number of years in the
/// period; null when <paramref name="Completion"/> is null.</param>
/// <param name="Status">The category (提前实现 / 快于预期 / 基本符合预期 / 滞后 / 严重滞后 / 无数据 / 不评估).</param>
/// <param name="BindingWarning">True for a 约束性 indicator with any shortfall against τ (not yet achieved and
/// completion &lt; τ) or whose bound is breached in the latest year.</param>
/// <param name="Reason">The status in words, e.g. "完成42%，时序进度60%，落后18个百分点".</param>
/// <param name="RemainingAnnualEffort">How much must still be covered each remaining year to reach the target, never
/// negative (see <see cref="ProgressEngine"/>; <see cref="Progress.RemainingEffort"/> words it: 提高, 降低, 完成); null when
/// achieved, when no year is left, or for bounds.</param>
/// <param name="ProjectionAtEnd">The value expected at the end of the period at the current pace; null for bounds.</param>
/// <param name="BoundRespected">For ceilings, floors and maintain targets: whether the latest value (for a cumulative
/// ceiling: the running sum) respects the bound; null for every other kind.</param>
public sealed record IndicatorProgress(
    IndicatorKind Kind,
    int? LatestYear,
    decimal? LatestValue,
    decimal? Completion,
    decimal? Expected,
    ProgressStatus Status,
    bool BindingWarning,
    string Reason,
    decimal? RemainingAnnualEffort,
    decimal? ProjectionAtEnd,
    bool? BoundRespected);
