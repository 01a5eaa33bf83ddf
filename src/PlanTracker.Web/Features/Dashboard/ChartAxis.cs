using System.Globalization;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>
/// A value axis for the portal's SVG charts: "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten) computed in
/// decimal, so labels read 5.8 and 60, never 5.800000000000001.
/// </summary>
public sealed record ChartAxis(decimal Min, decimal Max, decimal Step)
{
    private static readonly decimal[] NiceSteps = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, <see cref="Step"/> apart.</summary>
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (var tick = Min; tick <= Max; tick += Step)
            {
                ticks.Add(tick);
            }

            return ticks;
        }
    }

    /// <summary>
    /// An axis covering <paramref name="values"/> with about <paramref name="targetTicks"/> ticks; with
    /// <paramref name="includeZero"/> (bar charts) the axis starts at or below zero.
    /// </summary>
    public static ChartAxis For(IEnumerable<decimal> values, int targetTicks = 5, bool includeZero = false)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return new ChartAxis(0, 1, 0.25m);
        }

        var min = list.Min();
        var max = list.Max();
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (min == max)
        {
            // One value: a band of ±10% around it (or 0–1 for zero) so the line sits mid-chart.
            var pad = min == 0 ? 1m : Math.Abs(min) / 10;
            min = includeZero && min >= 0 ? 0 : min - pad;
            max += pad;
        }

        var step = NiceStep((max - min) / Math.Max(1, targetTicks - 1));
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        return new ChartAxis(Normalize(low), Normalize(high), Normalize(step));
    }

    /// <summary>A tick's label: the exact decimal without trailing zeros (60, 5.8, 2.25).</summary>
    public static string Label(decimal value) => Normalize(value).ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Where <paramref name="value"/> falls between the axis ends: 0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double Fraction(decimal value) => Max == Min ? 0.5 : (double)((value - Min) / (Max - Min));

    /// <summary>The smallest of 1, 2, 2.5, 5, 10 × 10^k that is at least <paramref name="rough"/>.</summary>
    private static decimal NiceStep(decimal rough)
    {
        var power = 1m;
        while (power * 10 <= rough)
        {
            power *= 10;
        }

        while (power > rough && power > 0.000001m)
        {
            power /= 10;
        }

        return NiceSteps.Select(s => s * power).First(s => s >= rough);
    }

    /// <summary>Drops the trailing zeros decimal arithmetic keeps (2.50 → 2.5).</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
