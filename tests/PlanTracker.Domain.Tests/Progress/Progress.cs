using System.Globalization;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>Short helpers: printed measures, reported years, and evaluation over the 14th plan's 2021–2025 period.</summary>
internal static class P
{
    /// <summary>The 14th Five-Year Plan's period, 2021–2025, which the seed rows belong to.</summary>
    public static readonly PlanPeriod Fourteenth = new(2021, 2025);

    public static Measure M(string text) => Measure.Parse(text);

    public static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    public static YearValue[] Years(params (int Year, decimal Value)[] values) =>
        values.Select(v => new YearValue(v.Year, v.Value)).ToArray();

    /// <summary>Evaluates a non-cumulative row (cumulative still follows from brackets in the target).</summary>
    public static IndicatorProgress Run(string baseline, string target, bool binding, params (int Year, decimal Value)[] values) =>
        ProgressEngine.Evaluate(M(baseline), M(target), cumulative: false, binding, Years(values), Fourteenth);

    /// <summary>Rounds for comparisons of computed fractions.</summary>
    public static decimal R(decimal? value, int digits = 6) =>
        Math.Round(value ?? throw new InvalidOperationException("expected a value"), digits);
}
