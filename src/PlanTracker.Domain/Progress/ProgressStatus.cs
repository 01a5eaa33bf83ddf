namespace PlanTracker.Domain.Progress;

/// <summary>The official categories of China's mid-term plan reviews, plus 无数据 and 不评估.</summary>
public enum ProgressStatus
{
    /// <summary>无数据: nothing reported within the plan period.</summary>
    NoData = 0,

    /// <summary>提前实现: the target is already met (in the period's last year itself: met).</summary>
    AchievedEarly = 1,

    /// <summary>快于预期: completion ahead of τ by the banding's AheadPoints or more.</summary>
    Ahead = 2,

    /// <summary>基本符合预期: within the banding around τ; for a bound, the bound is respected.</summary>
    OnTrack = 3,

    /// <summary>滞后: behind τ by more than BehindPoints; for a bound, the bound is breached.</summary>
    Behind = 4,

    /// <summary>严重滞后: behind τ by more than SeverelyBehindPoints, or moving away from the target.</summary>
    SeverelyBehind = 5,

    /// <summary>不评估: a text-only target (a ratio such as 1：4：5) or a target that cannot be a denominator.</summary>
    NotAssessable = 6,
}
