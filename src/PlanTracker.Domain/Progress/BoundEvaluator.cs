namespace PlanTracker.Domain.Progress;

/// <summary>
/// Kinds judged year by year against a bound, without interpolation: <see cref="IndicatorKind.Ceiling"/>,
/// <see cref="IndicatorKind.Floor"/> and <see cref="IndicatorKind.Maintain"/> (a floor at the target).
/// </summary>
internal static class BoundEvaluator
{
    public static IndicatorProgress Evaluate(EvaluationContext context)
    {
        var series = context.Series;
        var compared = context.Kind == IndicatorKind.Ceiling && context.Cumulative ? series.Sum : series.LatestValue;
        var respected = context.Kind.Respects(context.Target, compared) ?? false;

        return context.Result(
            completion: null,
            expected: null,
            respected ? ProgressStatus.OnTrack : ProgressStatus.Behind,
            context.Binding && !respected,
            ProgressReasons.Bound(context, compared, respected),
            boundRespected: respected);
    }
}
