using System.Text.RegularExpressions;

namespace PlanTracker.TestSupport;

/// <summary>
/// Writes the next period's plan from a seed text, as a city would reissue it: same structure, every year of the
/// 2015–2025 range moved by five (2020 baseline → 2025, 2025 target → 2030), 十四五 → 十五五, 十三五 → 十四五,
/// 十二五 → 十三五 (in that order, so nothing moves twice). Shared by the test projects (PlanTracker.TestSupport).
/// </summary>
public static partial class NextPeriodText
{
    public static string From(string seedText) =>
        Years().Replace(seedText, m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("十四五", "十五五", StringComparison.Ordinal)
            .Replace("十三五", "十四五", StringComparison.Ordinal)
            .Replace("十二五", "十三五", StringComparison.Ordinal);

    /// <summary>A year 2015–2025 standing alone (not inside a longer number such as a 2021001 code or 12025).</summary>
    [GeneratedRegex(@"(?<!\d)20(1[5-9]|2[0-5])(?!\d)")]
    private static partial Regex Years();
}
