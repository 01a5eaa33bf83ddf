using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>Everything one evaluation needs, with the period arithmetic done once.</summary>
internal sealed record EvaluationContext(
    Measure Baseline,
    Measure Target,
    bool Cumulative,
    IndicatorKind Kind,
    bool Binding,
    ReportedSeries Series,
    PlanPeriod Period,
    ProgressBanding Banding)
{
    /// <summary>n: years in the plan period (5 for 2021–2025).</summary>
    public int PeriodYears => Period.YearCount;

    /// <summary>The period's last year, the year of the target.</summary>
    public int PeriodEnd => Period.LastYear;

    /// <summary>k: years elapsed up to and including the latest year with data.</summary>
    public int YearsElapsed => Series.LatestYear - Period.FirstYear + 1;

    /// <summary>Years after the latest year with data, up to the end of the period.</summary>
    public int YearsLeft => Period.LastYear - Series.LatestYear;

    /// <summary>时序进度 τ = k / n.</summary>
    public decimal Expected => (decimal)YearsElapsed / PeriodYears;

    public bool IsFinalYear => YearsLeft == 0;

    public decimal TargetValue => Target.Value ?? throw new InvalidOperationException("The target has no value.");

    public IndicatorProgress Result(
        decimal? completion,
        decimal? expected,
        ProgressStatus status,
        bool bindingWarning,
        string reason,
        decimal? remaining = null,
        decimal? projection = null,
        bool? boundRespected = null) =>
        new(Kind, Series.LatestYear, Series.LatestValue, completion, expected, status, bindingWarning, reason, remaining, projection, boundRespected);
}
