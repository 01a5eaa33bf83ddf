using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>
/// The two lines every chart of an indicator draws, built once for the dashboard's chart and the report's trend:
/// the reported line (from the baseline year's value, or 0 for a cumulative indicator, then each year's value or
/// running total) and the straight 时序进度 path from that start to the target in the period's last year.
/// </summary>
public static class IndicatorPaths
{
    public static (List<ChartPoint> Reported, List<ChartPoint> Path) For(DashboardIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var period = indicator.Period;
        var running = 0m;
        var start = indicator.Cumulative ? 0m : indicator.BaselineValue;
        List<ChartPoint> reported = [.. (start is { } s ? new[] { new ChartPoint(period.BaselineYear, s) } : []).Concat(
            indicator.Values.Where(v => period.Contains(v.Year)).OrderBy(v => v.Year)
                .Select(v => new ChartPoint(v.Year, indicator.Cumulative ? running += v.Value : v.Value)))];
        List<ChartPoint> path = start is { } from && indicator.TargetValue is { } to
            ? [.. Enumerable.Range(0, period.YearCount + 1).Select(k => new ChartPoint(period.BaselineYear + k, from + ((to - from) * k / period.YearCount)))]
            : [];
        return (reported, path);
    }

    /// <summary>
    /// The lines as <see cref="LineChart"/> draws them, the dashed guide under the reported line. The guide names what it
    /// is: for a bound (上限, 下限, 保持) the flat 控制线 at the target in force ("控制上限 ≤5.5"), for every other kind the
    /// 时序进度 path to the target ("进度路径（至212.7）").
    /// </summary>
    public static List<ChartSeries> Series(DashboardIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var (reported, path) = For(indicator);
        var target = indicator.Adjustment?.Target;
        var targetValue = target?.Value ?? indicator.TargetValue;
        var targetText = target?.Text ?? indicator.Target;
        var period = indicator.Period;
        List<ChartSeries> series = indicator.Progress.Kind.IsBound() && targetValue is { } bound
            ? [new ChartSeries(BoundLabel(indicator.Progress.Kind, targetText), [.. Enumerable.Range(period.BaselineYear, period.YearCount + 1).Select(y => new ChartPoint(y, bound))], "#d92d20", Dashed: true)]
            : path.Count > 0 ? [new ChartSeries($"进度路径（至{targetText}）", path, "#98a2b3", Dashed: true)] : [];
        series.Add(new ChartSeries(indicator.Cumulative ? "累计完成" : "实际值", reported, "#1f4e8c", Labels: true));
        return series;
    }

    /// <summary>"控制上限 ≤5.5" (a ceiling printed without a comparator is inclusive), "控制上限 <5.5", "目标下限 ≥96", "保持目标 ≥60".</summary>
    private static string BoundLabel(IndicatorKind kind, string target)
    {
        var stated = Measure.Parse(target).Comparator != Comparator.None;
        return kind switch
        {
            IndicatorKind.Ceiling => $"控制上限 {(stated ? target : "≤" + target)}",
            IndicatorKind.Floor => $"目标下限 {(stated ? target : "≥" + target)}",
            _ => $"保持目标 ≥{target}",
        };
    }
}
