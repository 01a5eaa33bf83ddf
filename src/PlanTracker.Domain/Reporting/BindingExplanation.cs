using PlanTracker.Domain.Progress;

namespace PlanTracker.Domain.Reporting;

/// <summary>
/// When a 约束性 indicator is behind 时序进度 or breaks its bound in a year (the engine's binding warning on the values
/// up to and including that year), the reporter must give the cause (原因分析) and corrective measures (整改措施)
/// before the year can be submitted.
/// </summary>
public static class BindingExplanation
{
    public static bool IsRequired(ValueCheckContext row, int year, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.Binding || value is not { } v)
        {
            return false;
        }

        var values = row.EarlierYears.Where(e => e.Key < year).Select(e => new YearValue(e.Key, e.Value)).Append(new YearValue(year, v)).ToList();
        return ProgressEngine.Evaluate(row.Baseline, row.Target, row.Cumulative, binding: true, values, row.Period, polarity: row.Polarity).BindingWarning;
    }

    public static bool IsGiven(string? cause, string? measures) => !string.IsNullOrWhiteSpace(cause) && !string.IsNullOrWhiteSpace(measures);
}
