using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>How an indicator ended its plan (总结评估): 完成 / 基本完成 / 未完成, or 无末年数据 / 不评估.</summary>
public enum FinalVerdict
{
    /// <summary>无末年数据: no value for the period's last year, so the plan's end cannot be judged.</summary>
    NoFinalData = 0,

    /// <summary>完成: the target is reached (a bound: kept in the last year).</summary>
    Completed = 1,

    /// <summary>基本完成: a 预期性 indicator at <see cref="FinalJudgement.BasicallyCompletedFrom"/> or more of the way, short of the target.</summary>
    BasicallyCompleted = 2,

    /// <summary>未完成: short of the target (a 约束性 indicator short by any amount; a bound breached in the last year).</summary>
    NotCompleted = 3,

    /// <summary>不评估: a text-only target.</summary>
    NotAssessable = 4,
}

/// <summary>
/// The 总结评估 rule (docs/progress.md), applied to the engine's result after the period's last year: the completion
/// is the engine's (cumulative Σ / target, level (latest − baseline) / (target − baseline), no baseline latest /
/// target), so the final judgement and the yearly monitoring never disagree on the arithmetic.
/// <list type="bullet">
/// <item>A text-only target → 不评估. No value for the period's last year → 无末年数据 (a five-year total or an end
/// level cannot be judged without the last year).</item>
/// <item>A bound (ceiling, floor, maintain) → 完成 when the last year keeps it, else 未完成.</item>
/// <item>Otherwise completion ≥ 100% → 完成; a 预期性 indicator with completion ≥ 90% → 基本完成; everything else
/// (every 约束性 indicator short of its target, and moving away from the target) → 未完成.</item>
/// </list>
/// </summary>
public static class FinalJudgement
{
    /// <summary>The share of the way from which a 预期性 indicator short of its target is 基本完成.</summary>
    public const decimal BasicallyCompletedFrom = 0.9m;

    public static FinalVerdict Judge(IndicatorProgress atEnd, bool binding, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(atEnd);
        if (atEnd.Status == ProgressStatus.NotAssessable || atEnd.Kind == IndicatorKind.TextOnly)
        {
            return FinalVerdict.NotAssessable;
        }

        if (atEnd.LatestYear != period.LastYear)
        {
            return FinalVerdict.NoFinalData;
        }

        if (atEnd.BoundRespected is { } respected)
        {
            return respected ? FinalVerdict.Completed : FinalVerdict.NotCompleted;
        }

        if (atEnd.Status == ProgressStatus.AchievedEarly || atEnd.Completion >= 1m)
        {
            return FinalVerdict.Completed;
        }

        return !binding && atEnd.Completion >= BasicallyCompletedFrom ? FinalVerdict.BasicallyCompleted : FinalVerdict.NotCompleted;
    }

    public static string ToChinese(this FinalVerdict verdict) => verdict switch
    {
        FinalVerdict.Completed => "完成",
        FinalVerdict.BasicallyCompleted => "基本完成",
        FinalVerdict.NotCompleted => "未完成",
        FinalVerdict.NotAssessable => "不评估",
        _ => "无末年数据",
    };
}
