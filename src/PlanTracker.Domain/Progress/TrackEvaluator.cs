using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>
/// Kinds judged by completion against 时序进度: <see cref="IndicatorKind.Cumulative"/>, <see cref="IndicatorKind.LevelIncreasing"/>,
/// <see cref="IndicatorKind.LevelDecreasing"/> and <see cref="IndicatorKind.NoBaseline"/>. Formulas on <see cref="ProgressEngine"/>.
/// </summary>
internal static class TrackEvaluator
{
    public static IndicatorProgress Evaluate(EvaluationContext context)
    {
        var series = context.Series;
        var target = context.TargetValue;
        var baseline = context.Baseline.Value ?? 0m;
        var (progress, distance) = context.Kind switch
        {
            IndicatorKind.Cumulative => (series.Sum, target),
            IndicatorKind.NoBaseline => (series.LatestValue, target),
            _ => (series.LatestValue - baseline, target - baseline),
        };

        if (distance == 0)
        {
            return context.Result(null, null, ProgressStatus.NotAssessable, false, ProgressReasons.ZeroTarget);
        }

        var completion = progress / distance;
        var expected = context.Expected;
        var achieved = context.Kind == IndicatorKind.Cumulative
            ? context.Target.IsRespectedBy(series.Sum) ?? series.Sum >= target
            : completion >= 1;

        var status = achieved ? ProgressStatus.AchievedEarly
            : completion < 0 ? ProgressStatus.SeverelyBehind
            : context.Banding.Classify(completion, expected);
        var warning = context.Binding && !achieved && completion < expected;

        return context.Result(
            completion,
            expected,
            status,
            warning,
            ProgressReasons.Track(context, completion, achieved),
            Remaining(context, achieved),
            Projection(context, baseline));
    }

    private static decimal? Remaining(EvaluationContext context, bool achieved)
    {
        if (achieved || context.YearsLeft <= 0)
        {
            return null;
        }

        // Not achieved, so the target still lies ahead in the target's own direction: the amount is never negative, and
        // RemainingEffort words the direction (降低 for a falling target).
        var reached = context.Kind == IndicatorKind.Cumulative ? context.Series.Sum : context.Series.LatestValue;
        return Math.Abs(context.TargetValue - reached) / context.YearsLeft;
    }

    private static decimal? Projection(EvaluationContext context, decimal baseline)
    {
        var series = context.Series;
        switch (context.Kind)
        {
            case IndicatorKind.Cumulative:
                return series.Sum * context.PeriodYears / context.YearsElapsed;
            case IndicatorKind.NoBaseline:
                if (series.Count < 2)
                {
                    return null;
                }

                var pace = (series.LatestValue - series.FirstValue) / (series.LatestYear - series.FirstYear);
                return series.LatestValue + pace * context.YearsLeft;
            default:
                return baseline + (series.LatestValue - baseline) * context.PeriodYears / context.YearsElapsed;
        }
    }
}
