using System.Globalization;
using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Domain.Reporting;

/// <summary>A value against the year before, as a reviewer reads it: a rate's change in 个百分点, any other in its unit.</summary>
public static class YearChange
{
    /// <summary>"+0.3 个百分点", "−2.69 万人", "持平"; null without the year before.</summary>
    public static string? Describe(string? unit, decimal? previous, decimal current)
    {
        if (previous is not { } before)
        {
            return null;
        }

        var change = current - before;
        if (change == 0)
        {
            return "持平";
        }

        var normalised = Units.Normalise(unit);
        var shown = normalised == "%" ? "个百分点" : normalised;
        var amount = Math.Abs(change).ToString("0.####", CultureInfo.InvariantCulture);
        return $"{(change > 0 ? "+" : "−")}{amount}{(shown.Length == 0 ? string.Empty : " " + shown)}";
    }
}
