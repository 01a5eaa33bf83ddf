using System.Globalization;

namespace PlanTracker.Domain.Plans;

/// <summary>How a plan's printed baseline compares with what the previous plan reported for that year.</summary>
public enum SuccessionVerdict
{
    /// <summary>The printed baseline equals the reported value, to the printed decimals.</summary>
    Agrees,

    /// <summary>The two differ: the printed value stays as printed, the admin is told.</summary>
    Differs,

    /// <summary>The previous plan has the indicator but no value reported for the baseline year.</summary>
    NotReported,

    /// <summary>The printed baseline is not a number (—, words): nothing to compare.</summary>
    NotComparable,
}

/// <summary>
/// Succession between plans: a 15th plan prints 2025 baselines, the 14th plan's reporters entered 2025 values.
/// <see cref="Compare"/> judges one indicator: both are brought to the catalogue unit (the mapping's factor), the
/// reported value is rounded to the printed baseline's decimals in the printed unit, and equal means agrees. A
/// cumulative baseline ([ ] of the previous period) is compared with the previous plan's total over its period.
/// </summary>
public static class Succession
{
    public static (SuccessionVerdict Verdict, decimal? Difference) Compare(Measure printed, decimal printedFactor, decimal? reported, decimal reportedFactor)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.Value is not { } baseline || printedFactor == 0)
        {
            return (SuccessionVerdict.NotComparable, null);
        }

        if (reported is not { } value)
        {
            return (SuccessionVerdict.NotReported, null);
        }

        var inPrintedUnit = value * reportedFactor / printedFactor;
        var rounded = Math.Round(inPrintedUnit, Decimals(printed.Text), MidpointRounding.AwayFromZero);
        return rounded == baseline ? (SuccessionVerdict.Agrees, 0m) : (SuccessionVerdict.Differs, inPrintedUnit - baseline);
    }

    /// <summary>The decimals printed in a measure's text ("182.8" → 1, "[75]" → 0).</summary>
    public static int Decimals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = new string([.. text.Where(c => char.IsAsciiDigit(c) || c == '.')]);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : digits[(point + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }

    public static string Describe(decimal difference) =>
        (difference > 0 ? "上期填报值高出 " : "上期填报值低 ") + Math.Abs(difference).ToString("0.####", CultureInfo.InvariantCulture);
}
