using PlanTracker.Domain.Plans;

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

    /// <summary>The lines as <see cref="LineChart"/> draws them: the dashed path (when there is one) under the reported line.</summary>
    public static List<ChartSeries> Series(DashboardIndicator indicator)
    {
        var (reported, path) = For(indicator);
        List<ChartSeries> series = path.Count > 0 ? [new ChartSeries("时序进度路径", path, "#98a2b3", Dashed: true)] : [];
        series.Add(new ChartSeries(indicator.Cumulative ? "累计完成" : "实际值", reported, "#1f4e8c", Labels: true));
        return series;
    }
}
